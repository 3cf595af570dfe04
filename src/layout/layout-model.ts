/**
 * The document as ND30 roles — what every element is, not how OOXML spells it. Built by
 * build-layout.ts, written by docx/write-docx.ts, dumped by the golden tests.
 */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type BlockRole =
  | "basis" // Căn cứ lines: italic by default (PL I, II.6a)
  | "preamble" // opening paragraph(s)
  | "heading" // I. / 1. / 1.1. / a) …
  | "paragraph"
  | "bullet" // "- …"
  | "subBullet" // "+ …"
  | "closing"; // "Trên đây là …./."

export interface Block {
  readonly role: BlockRole;
  /** 1 = top level. Only for headings. */
  readonly level?: number;
  readonly runs: readonly Run[];
  /** Keep with the next paragraph (headings; the last paragraph before the signature). */
  readonly keepNext?: boolean;
}

export interface HeaderBand {
  readonly parentLines: readonly string[];
  readonly issuerLines: readonly string[];
  /** Length of the rule under the issuing body's name, in mm. */
  readonly issuerRuleMm: number;
  readonly numberLine: string;
  readonly placeDate: string;
  /** Dấu mức độ khẩn / độ mật, under "Số" (ô 10a/10b); "" when none. */
  readonly urgency: string;
  readonly confidentiality: string;
  /** Chỉ dẫn phạm vi lưu hành (ô 11), above the header; "" when none. */
  readonly circulation: string;
}

export interface TitleBlock {
  readonly typeName: string;
  readonly lines: readonly string[];
  readonly ruleMm: number;
}

export interface SignatureBlock {
  /** "Nơi nhận:" list lines, each already "- …;" and the last "- Lưu: …". */
  readonly recipients: readonly string[];
  readonly authority: readonly string[];
  readonly title: string;
  readonly name: string;
}

export interface TableCell {
  readonly text: string;
  readonly bold?: boolean;
  /** Number of grid columns the cell spans (group rows span all but the STT column). */
  readonly span?: number;
  readonly align: "left" | "center" | "right" | "justify";
}

export interface TableLayout {
  /** Column widths in mm, summing to the text width of the page. */
  readonly widthsMm: readonly number[];
  readonly header: readonly TableCell[];
  readonly rows: readonly (readonly TableCell[])[];
}

export interface AppendixLayout {
  readonly label: string;
  readonly title: string;
  readonly reference: string;
  readonly ruleMm: number;
  readonly orientation: "portrait" | "landscape";
  readonly blocks: readonly Block[];
  readonly table: TableLayout | null;
}

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  readonly creator: string;
  readonly description: string;
  /** ISO date used for created/modified in docProps/core.xml (never "now"). */
  readonly isoDate: string;
}

export interface LayoutDoc {
  readonly header: HeaderBand;
  readonly title: TitleBlock;
  readonly body: readonly Block[];
  readonly signature: SignatureBlock;
  readonly appendices: readonly AppendixLayout[];
  readonly meta: DocumentMeta;
}
