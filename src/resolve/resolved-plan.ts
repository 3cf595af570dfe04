import type { Diagnostic } from "../errors.js";
import type { IssueDate } from "../render/date-line.js";
import type { Tier } from "../schema/tier.js";

/** A plan with every template rendered and every default spent: no optional fields. */
export interface ResolvedSection {
  readonly title: string;
  /** A hand-written label ("2.2.", "" for none), or null to number automatically. */
  readonly label: string | null;
  readonly text: string;
  readonly body: readonly string[];
  readonly sections: readonly ResolvedSection[];
}

export interface ResolvedTable {
  readonly columns: readonly { title: string; width: number; align: "left" | "center" | "right" | "justify" }[];
  readonly numbered: boolean;
  readonly rows: readonly ({ kind: "row"; cells: readonly string[] } | { kind: "group"; title: string; label: string | null })[];
}

export interface ResolvedAppendix {
  /** Hand-written label, or null for "Phụ lục" / "Phụ lục I, II…". */
  readonly label: string | null;
  readonly title: string;
  readonly reference: string;
  readonly orientation: "portrait" | "landscape";
  readonly body: readonly string[];
  readonly table: ResolvedTable | null;
}

export interface ResolvedPlan {
  readonly tier: Tier;
  readonly issuer: {
    readonly name: string;
    readonly code: string;
    readonly parentLines: readonly string[];
    readonly headerLines: readonly string[];
    /** Lines the plan wrote out itself are kept as written; derived ones are fitted to the column. */
    readonly headerAsWritten: boolean;
    readonly parentAsWritten: boolean;
  };
  readonly number: string;
  readonly symbol: string;
  readonly place: string;
  readonly date: IssueDate;
  readonly title: string;
  readonly basis: readonly string[];
  readonly basisItalic: boolean;
  readonly preamble: readonly string[];
  readonly numbering: "roman" | "arabic";
  readonly sections: readonly ResolvedSection[];
  readonly closing: string;
  readonly recipients: readonly string[];
  readonly archive: string;
  readonly signer: { readonly authority: readonly string[]; readonly title: string; readonly name: string };
  readonly appendices: readonly ResolvedAppendix[];
  readonly marks: { readonly urgency: string; readonly confidentiality: string; readonly circulation: string };
  readonly warnings: readonly Diagnostic[];
}
