import type { Diagnostic } from "../errors.js";
import type { IssueDate } from "../render/date-line.js";
import type { NumberingScheme } from "../schema/plan-schema.js";
import type { Tier } from "../schema/tier.js";

/** A plan with every template rendered and every default spent: no optional fields. */
export interface ResolvedSection {
  /** "" when the item has only `text` ("1. Nội dung…"). */
  readonly title: string;
  /** A hand-written label ("2.2.", "" for none), or null to number automatically. */
  readonly label: string | null;
  /** How the direct children are numbered; null = the plan's default ladder. */
  readonly numbering: NumberingScheme | null;
  readonly text: string;
  readonly body: readonly string[];
  readonly sections: readonly ResolvedSection[];
}

export interface ResolvedTable {
  readonly columns: readonly { title: string; width: number; align: "left" | "center" | "right" | "justify" }[];
  readonly numbered: boolean;
  readonly rows: readonly ({ kind: "row"; cells: readonly string[] } | { kind: "group"; title: string; label: string | null })[];
}

export interface ResolvedSignatureBox {
  readonly align: "left" | "center" | "right";
  readonly lines: readonly string[];
  readonly note: string;
  readonly name: string;
}

/** One piece of appendix content, in the order the plan gives it. */
export type ResolvedAppendixContent =
  | { readonly kind: "text"; readonly lines: readonly string[]; readonly align: "left" | "center" | "right" | "justify"; readonly bold: boolean; readonly italic: boolean }
  | { readonly kind: "table"; readonly table: ResolvedTable }
  | { readonly kind: "signature"; readonly signature: ResolvedSignatureBox };

export interface ResolvedAppendix {
  /** Hand-written label ("" = none printed), or null for "Phụ lục" / "Phụ lục I, II…". */
  readonly label: string | null;
  readonly title: string;
  /** "" = no reference line. */
  readonly reference: string;
  readonly orientation: "portrait" | "landscape";
  /** `body`, then `table`, then `content`, as one ordered list. */
  readonly content: readonly ResolvedAppendixContent[];
}

export interface ResolvedPart {
  /** Hand-written label, or null for "Phần I, II…". */
  readonly label: string | null;
  readonly title: string;
  readonly sections: readonly ResolvedSection[];
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
    /** Size of the issuer and parent lines (ND30: 12–13 pt). */
    readonly headerSizePt: number;
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
  /** The "Phần" level; when the plan has none, one part with label "" holding every section. */
  readonly parts: readonly ResolvedPart[];
  /** null = `closing: false`: "./." ends the last body paragraph. */
  readonly closing: string | null;
  /** Footnote texts by id, in the plan's order. */
  readonly footnotes: ReadonlyMap<string, string>;
  readonly recipients: readonly string[];
  readonly archive: string;
  readonly signer: { readonly authority: readonly string[]; readonly title: string; readonly name: string; readonly below: readonly string[] };
  readonly appendices: readonly ResolvedAppendix[];
  readonly marks: { readonly urgency: string; readonly confidentiality: string; readonly circulation: string };
  readonly warnings: readonly Diagnostic[];
}
