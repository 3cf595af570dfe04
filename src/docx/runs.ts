import { TextRun } from "docx";
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
  return new TextRun({
    text: run.text,
    bold: run.bold ?? format.bold ?? false,
    italics: run.italic ?? format.italic ?? false,
    ...(format.sizePt ? { size: ptToHalfPoints(format.sizePt) } : {}),
  });
}

export const plainRun = (text: string, format: RunFormat = {}): TextRun => textRun({ text }, format);
