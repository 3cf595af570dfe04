import { textWidthPt } from "../layout/measure-text.js";
import type { DocParagraph, DocRun } from "../ooxml/model.js";
import { upperVi } from "../render/vietnamese.js";

/**
 * Facts about one paragraph as the checker reads them: the text it shows (NFC, trimmed), the
 * runs that carry ink, and their effective size and style. Sizes are in points.
 */

/** Height of one single-spaced Times New Roman line as a multiple of its size [M, nd30-spec §18.24]. */
export const TNR_LINE_EM = 1.15;

/** OOXML's default run size when nothing sets one: 10 pt (w:sz 20). */
const DEFAULT_HALF_POINTS = 20;

export const textOf = (p: DocParagraph): string => p.text.normalize("NFC").trim();

/** Runs whose text shows something; spaces and empty runs have no size that matters. */
export const inkRuns = (p: DocParagraph): DocRun[] => p.runs.filter((r) => r.text.trim() !== "");

export const runPt = (r: DocRun): number => (r.props.size ?? DEFAULT_HALF_POINTS) / 2;
export const isBold = (r: DocRun): boolean => r.props.bold === true;
export const isItalic = (r: DocRun): boolean => r.props.italic === true;

export const sizesOf = (p: DocParagraph): number[] => [...new Set(inkRuns(p).map(runPt))];

/** Every inked run satisfies `test` (false for a paragraph without ink). */
export function everyRun(p: DocParagraph, test: (r: DocRun) => boolean): boolean {
  const runs = inkRuns(p);
  return runs.length > 0 && runs.every(test);
}

export const someRun = (p: DocParagraph, test: (r: DocRun) => boolean): boolean => inkRuns(p).some(test);

export const isEmpty = (p: DocParagraph): boolean => textOf(p) === "" && p.shapes.length === 0;

/** jc as Word applies it; "start"/"end" were read as left/right. */
export const alignment = (p: DocParagraph): string => p.props.align ?? "left";
export const isCentred = (p: DocParagraph): boolean => alignment(p) === "center";

/** Upper case as the reader sees it: the letters are capitals, or w:caps shows them so. */
export const hasLetters = (s: string): boolean => /\p{L}/u.test(s);
/**
 * A word with a capital after its first letter ("IoT", "eKYC") is a name kept in its own case, as
 * plans write it with {IoT}: inside a title in capitals it does not make the title lower case.
 */
const KEPT_CASE_WORD = /\p{L}*\p{Ll}\p{L}*/gu;
const withoutKeptCase = (s: string): string => s.replace(KEPT_CASE_WORD, (w) => (/.\p{Lu}/u.test(w) ? "" : w));
export const isUpperText = (s: string): boolean => {
  if (!hasLetters(s)) return false;
  const rest = withoutKeptCase(s);
  return rest === upperVi(rest);
};
export const shownUpper = (p: DocParagraph): boolean => isUpperText(textOf(p)) || everyRun(p, (r) => r.props.caps === true);

/** The paragraph's lines as typed: manual line breaks split it. */
export const linesOf = (p: DocParagraph): string[] =>
  p.text
    .normalize("NFC")
    .split(/[\n\f]/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Width of the paragraph's text on one line, in twips (Times New Roman metrics, run by run). */
export function textWidthTwips(p: DocParagraph): number {
  const pt = p.runs.reduce((sum, r) => sum + textWidthPt(r.text.replace(/[\n\f]/g, ""), runPt(r), { bold: isBold(r), italic: isItalic(r) }), 0);
  return pt * 20;
}

/**
 * A paragraph cut at its manual line breaks, one paragraph per line with that line's runs.
 * Clerks often type "CỘNG HÒA …⏎Độc lập …" or "TM. ỦY BAN NHÂN DÂN⏎CHỦ TỊCH" in one paragraph;
 * each line is an element of its own for ND30. Drawn shapes stay with the last line.
 */
export function splitLines(p: DocParagraph): DocParagraph[] {
  if (!p.text.includes("\n")) return [p];
  const lines: DocRun[][] = [[]];
  for (const r of p.runs) {
    r.text.split("\n").forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ ...r, text: part });
    });
  }
  return lines.map((runs, i) => ({ ...p, runs, text: runs.map((r) => r.text).join(""), shapes: i === lines.length - 1 ? p.shapes : [] }));
}
