import type { DocParagraph } from "../ooxml/model.js";
import type { ListLabels } from "./list-labels.js";
import { plainOf, styledRuns, type Styled } from "./inline-text.js";

/** A source paragraph as the import reads it: its runs (automatic list marker written out) and where it is. */
export interface Para {
  readonly p: DocParagraph;
  readonly runs: readonly Styled[];
  /** Shown text, NFC, white space collapsed. */
  readonly text: string;
  /** 1-based number of the paragraph in the document (body, tables included), for messages. */
  readonly number: number;
}

export const allBold = (x: Para): boolean => x.runs.length > 0 && x.runs.every((r) => r.bold || r.text.trim() === "");
export const allItalic = (x: Para): boolean => x.runs.length > 0 && x.runs.every((r) => r.italic || r.text.trim() === "");

/** Numbers paragraphs in reading order, the first time each is seen. */
export class ParaReader {
  private readonly seen = new Map<DocParagraph, Para>();
  private next = 1;

  constructor(private readonly labels: ListLabels) {}

  /** Every paragraph read so far, in the order first read. */
  all(): Para[] {
    return [...this.seen.values()];
  }

  read(p: DocParagraph): Para {
    const known = this.seen.get(p);
    if (known) return known;
    const label = this.labels.labelOf(p);
    const own = styledRuns(p.runs);
    const first = own[0];
    // An empty numbered paragraph still shows its number in Word (e.g. a table's TT column).
    const runs = label ? [{ ...(first ?? { bold: false, italic: false }), text: label }, ...own] : own;
    const para: Para = { p, runs, text: plainOf(runs).trim(), number: this.next++ };
    this.seen.set(p, para);
    return para;
  }
}
