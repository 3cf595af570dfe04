import { FootnoteReferenceRun, TextRun } from "docx";
import type { Run } from "../layout/layout-model.js";
import { ptToHalfPoints } from "./units.js";

export interface RunFormat {
  readonly sizePt?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/**
 * A layout run → docx TextRun. Bold/italic are written explicitly as on or off so a style
 * (e.g. the italic KH Căn cứ) never leaks into a run that must be upright.
 */
export function textRun(run: Run, format: RunFormat = {}): TextRun {
  if (run.footnote) {
    // The first reference is the Word footnote; a later one repeats its number (superscript).
    if (run.footnote.first) return new FootnoteReferenceRun(run.footnote.number);
    return new TextRun({ text: String(run.footnote.number), superScript: true, ...(format.sizePt ? { size: ptToHalfPoints(format.sizePt) } : {}) });
  }
  return new TextRun({
    text: run.text,
    bold: run.bold ?? format.bold ?? false,
    italics: run.italic ?? format.italic ?? false,
    ...(format.sizePt ? { size: ptToHalfPoints(format.sizePt) } : {}),
  });
}

export const plainRun = (text: string, format: RunFormat = {}): TextRun => textRun({ text }, format);

/** Lines of one paragraph, a line break before each but the first (trích yếu, a two-line date). */
export const brokenLines = (lines: readonly string[], format: RunFormat): TextRun[] =>
  lines.map(
    (line, i) =>
      new TextRun({ text: line, bold: format.bold ?? false, italics: format.italic ?? false, ...(format.sizePt ? { size: ptToHalfPoints(format.sizePt) } : {}), ...(i > 0 ? { break: 1 } : {}) }),
  );
