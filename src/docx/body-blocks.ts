import { Paragraph } from "docx";
import type { Block } from "../layout/layout-model.js";
import { memoParagraph } from "./block-memo.js";
import { STYLE_IDS } from "./styles.js";
import { textRun } from "./runs.js";

/** Body blocks → paragraphs in the KH styles; the styles carry ND30's body format. */
export function bodyParagraphs(blocks: readonly Block[], firstSpacingBeforeTwip?: number): Paragraph[] {
  return blocks.map((block, i) => {
    const spacing = i === 0 && firstSpacingBeforeTwip !== undefined ? firstSpacingBeforeTwip : null;
    // Everything the options below depend on (a batch reuses the XML of an identical block: block-memo.ts).
    const key = JSON.stringify(["body", block.role, block.keepNext ?? false, spacing, block.runs]);
    return memoParagraph(
      key,
      () =>
        new Paragraph({
          style: STYLE_IDS[block.role],
          ...(block.keepNext ? { keepNext: true } : {}),
          ...(spacing !== null ? { spacing: { before: spacing } } : {}),
          children: block.runs.map((r) => textRun(r)),
        }),
    );
  });
}
