import { BorderStyle, LineRuleType, Paragraph } from "docx";
import { ND30 } from "../layout/nd30.js";
import { memoParagraph } from "./block-memo.js";
import { mmToTwip } from "./units.js";

/**
 * A short horizontal rule: an empty paragraph with a bottom border, trimmed to length by equal
 * left and right indents. Plain WordprocessingML — no drawing ids, so output stays
 * deterministic, and it matches nd30-spec rule 15's "w:pBdr/w:bottom on the next paragraph".
 * `spaceWidthMm` is the width the paragraph lives in (cell content or text width).
 */
export function ruleParagraph(lengthMm: number, spaceWidthMm: number): Paragraph {
  return sidedRuleParagraph(ruleSideTwip(lengthMm, spaceWidthMm));
}

/** The same rule from the indent on each side (a batch's template gives a mark: docx/text-slots.ts). */
export function sidedRuleParagraph(side: number): Paragraph {
  // The same rules recur in every unit of a batch: memoised (block-memo.ts).
  return memoParagraph(JSON.stringify(["rule", side]), () => rule(side));
}

/**
 * The indent on each side of a rule, in twips: all its paragraph depends on, so rules whose
 * lengths differ by less than a twip write the same XML (a batch's keys use it).
 */
export const ruleSideTwip = (lengthMm: number, spaceWidthMm: number): number => Math.max(0, mmToTwip((spaceWidthMm - lengthMm) / 2));

function rule(side: number): Paragraph {
  return new Paragraph({
    indent: { left: side, right: side, firstLine: 0 },
    // A 1 pt line whose bottom border sits ~3 pt below the text above, clear of descenders.
    spacing: { before: 80, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: {
      bottom: { style: BorderStyle.SINGLE, size: Math.round(ND30.rules.thicknessPt.value * 8), color: "000000", space: 0 },
    },
    children: [],
  });
}
