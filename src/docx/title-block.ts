import type { Paragraph } from "docx";
import { ND30, pageTextWidthMm } from "../layout/nd30.js";
import type { TitleBlock } from "../layout/layout-model.js";
import { ruleParagraph } from "./rules.js";
import { brokenLines, plainRun } from "./runs.js";
import { centred } from "./tables.js";

/** Ô 5a: "KẾ HOẠCH", the trích yếu (one paragraph, lines broken), and the short rule under it. */
export function titleBlock(title: TitleBlock): Paragraph[] {
  const lines = brokenLines(title.lines, { bold: true, sizePt: ND30.trichYeu.sizePt.value });
  return [
    centred([plainRun(title.typeName, { bold: true, sizePt: ND30.documentType.sizePt.value })], {
      spacing: { before: 360, after: 0 },
      keepNext: true,
    }),
    centred(lines, { keepNext: true, keepLines: true }),
    ruleParagraph(title.ruleMm, pageTextWidthMm("portrait")),
  ];
}
