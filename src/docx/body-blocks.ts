import { Paragraph } from "docx";
import type { Block } from "../layout/layout-model.js";
import { STYLE_IDS } from "./styles.js";
import { textRun } from "./runs.js";

/** Body blocks → paragraphs in the KH styles; the styles carry ND30's body format. */
export function bodyParagraphs(blocks: readonly Block[], firstSpacingBeforeTwip?: number): Paragraph[] {
  return blocks.map(
    (block, i) =>
      new Paragraph({
        style: STYLE_IDS[block.role],
        ...(block.keepNext ? { keepNext: true } : {}),
        ...(i === 0 && firstSpacingBeforeTwip !== undefined ? { spacing: { before: firstSpacingBeforeTwip } } : {}),
        children: block.runs.map((r) => textRun(r)),
      }),
  );
}
