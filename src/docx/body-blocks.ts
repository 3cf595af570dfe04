import { Paragraph } from "docx";
import type { Block } from "../layout/layout-model.js";
import { STYLE_IDS } from "./styles.js";
import { textRun } from "./runs.js";

/**
 * A body block → a paragraph in its KH style; the styles carry ND30's body format.
 * `spacingBeforeTwip` (null: the style's) sets the space above it. Everything the paragraph
 * depends on is in the arguments: a batch reuses the XML of an identical block (document-spec.ts).
 */
export function bodyParagraph(block: Block, spacingBeforeTwip: number | null): Paragraph {
  return new Paragraph({
    style: STYLE_IDS[block.role],
    ...(block.keepNext ? { keepNext: true } : {}),
    ...(spacingBeforeTwip !== null ? { spacing: { before: spacingBeforeTwip } } : {}),
    children: block.runs.map((r) => textRun(r)),
  });
}
