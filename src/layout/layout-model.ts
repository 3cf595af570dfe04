/**
 * The document as ND30 roles — what every element is, not how OOXML spells it. Built by
 * build-layout.ts, written by docx/write-docx.ts, dumped by the golden tests.
 */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /**
   * A footnote reference in place of text: the note's number, and whether this is its first
   * reference (a Word footnote) or a later one (the same number, as a superscript).
   */
  readonly footnote?: { readonly id: string; readonly number: number; readonly first: boolean };
}

export type BlockRole =
  | "basis" // Căn cứ lines: italic by default (PL I, II.6a)
  | "preamble" // opening paragraph(s)
  | "part" // "Phần I" and the part's title, centred
  | "heading" // I. / 1. / 1.1. / a) … with a title alone on its line
  | "item" // a numbered body paragraph: "1. text", "a) text", "2. Title: text" run in
  | "paragraph"
  | "bullet" // "- …"
  | "subBullet" // "+ …"
  | "closing"; // "Trên đây là …./."

export interface Block {
  readonly role: BlockRole;
  /** 1 = top level. Only for headings. */
  readonly level?: number;
  readonly runs: readonly Run[];
  /** Keep with the next paragraph (short headings); written as on or off. */
  readonly keepNext?: boolean;
  /** Keep the paragraph's lines on one page (short headings); written as on or off. */
  readonly keepLines?: boolean;
  /** Alignment other than the style's (appendix text). */
  readonly align?: "left" | "center" | "right" | "justify";
}

export interface HeaderBand {
  readonly parentLines: readonly string[];
  readonly issuerLines: readonly string[];
  /** Size of the parent and issuer lines (ND30: 12–13 pt). */
  readonly issuerSizePt: number;
  /** Length of the rule under the issuing body's name, in mm. */
  readonly issuerRuleMm: number;
  readonly numberLine: string;
  /** Ô 4, one line; or two (the place with its comma, then the date) when even 13 pt is too wide. */
  readonly placeDateLines: readonly string[];
  /** Size of the place-and-date line: 14 pt, or 13 pt when 14 pt would wrap (ND30: 13–14 pt). */
  readonly placeDateSizePt: number;
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
  /** Lines under the name (a second position…), with their own emphasis. */
  readonly below: readonly (readonly Run[])[];
}

export interface TableCell {
  readonly text: string;
  /** The cell's runs when it holds a footnote reference; otherwise `text` is written plain. */
  readonly runs?: readonly Run[];
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

export interface AppendixSignature {
  readonly align: "left" | "center" | "right";
  readonly lines: readonly string[];
  readonly note: string;
  readonly name: string;
}

export type AppendixPiece =
  | { readonly kind: "blocks"; readonly blocks: readonly Block[] }
  | { readonly kind: "table"; readonly table: TableLayout }
  | { readonly kind: "signature"; readonly signature: AppendixSignature };

export interface AppendixLayout {
  /** "" = no label line. */
  readonly label: string;
  readonly title: readonly Run[];
  /** "" = no reference line. */
  readonly reference: string;
  readonly ruleMm: number;
  readonly orientation: "portrait" | "landscape";
  readonly content: readonly AppendixPiece[];
}

export interface Footnote {
  readonly number: number;
  readonly runs: readonly Run[];
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
  /** Footnotes in the order of their numbers. */
  readonly footnotes: readonly Footnote[];
  readonly meta: DocumentMeta;
}
