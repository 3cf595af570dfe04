import { AlignmentType, Paragraph } from "docx";
import type { Block } from "../layout/layout-model.js";
import { STYLE_IDS } from "./styles.js";
import { textRun } from "./runs.js";

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/**
 * A body block → a paragraph in its KH style; the styles carry ND30's body format.
 * `spacingBeforeTwip` (null: the style's) sets the space above it. Everything the paragraph
 * depends on is in the arguments: a batch reuses the XML of an identical block (document-spec.ts).
 */
export function bodyParagraph(block: Block, spacingBeforeTwip: number | null): Paragraph {
  return new Paragraph({
    style: STYLE_IDS[block.role],
    // Written as on or off: "off" overrides the heading style's keep-with-next for long headings.
    ...(block.keepNext !== undefined ? { keepNext: block.keepNext } : {}),
    ...(block.keepLines !== undefined ? { keepLines: block.keepLines } : {}),
    ...(block.align ? { alignment: ALIGN[block.align], ...(block.align === "justify" ? {} : { indent: { firstLine: 0 } }) } : {}),
    ...(spacingBeforeTwip !== null ? { spacing: { before: spacingBeforeTwip } } : {}),
    children: block.runs.map((r) => textRun(r)),
  });
}
