import type { Paragraph } from "docx";
import { ND30, pageTextWidthMm } from "../layout/nd30.js";
import type { TitleBlock } from "../layout/layout-model.js";
import { ruleParagraph, ruleSideTwip } from "./rules.js";
import { brokenLines, plainRun } from "./runs.js";
import { centred } from "./tables.js";

/**
 * Ô 5a: "KẾ HOẠCH", the trích yếu (one paragraph, lines broken), and the short rule under it.
 * One function per paragraph: a batch keeps the three apart (docx/document-spec.ts), since the
 * trích yếu names the unit and the rule's length follows it, while "KẾ HOẠCH" is the same for all.
 */
export const titleTypeParagraph = (typeName: string): Paragraph =>
  centred([plainRun(typeName, { bold: true, sizePt: ND30.documentType.sizePt.value })], {
    spacing: { before: 360, after: 0 },
    keepNext: true,
  });

export const titleLinesParagraph = (lines: readonly string[]): Paragraph =>
  centred(brokenLines(lines, { bold: true, sizePt: ND30.trichYeu.sizePt.value }), { keepNext: true, keepLines: true });

export const titleRuleParagraph = (ruleMm: number): Paragraph => ruleParagraph(ruleMm, pageTextWidthMm("portrait"));
/** All the rule's paragraph depends on (rules.ts). */
export const titleRuleSideTwip = (ruleMm: number): number => ruleSideTwip(ruleMm, pageTextWidthMm("portrait"));

export function titleBlock(title: TitleBlock): Paragraph[] {
  return [titleTypeParagraph(title.typeName), titleLinesParagraph(title.lines), titleRuleParagraph(title.ruleMm)];
}
