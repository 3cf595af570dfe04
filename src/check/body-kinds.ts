import type { Placed } from "./anatomy.js";
import { textOf } from "./paragraph.js";

/**
 * What a content paragraph is, from its text (PL I, II.6; nd30-spec §8.3): a Phần, a Roman
 * section heading, a numbered khoản, a lettered điểm, a dash item, or a căn cứ line.
 */

export const ROMAN_HEADING = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\s/u;
export const PART_HEADING = /^phần\s+[ivxlc]+$/iu;
export const ARABIC_HEADING = /^[0-9]+\.\s/u;
export const LETTER_ITEM = /^([a-zđ])\)\s/u;
/** Dash-like starts of list items; ND30 practice is "- " and "+ " (nd30-spec rule 28). */
export const LIST_START = /^[-+•–—*·○●▪■◦]/u;

export const isRomanHeading = (x: Placed): boolean => ROMAN_HEADING.test(textOf(x.p));
export const isPartHeading = (x: Placed): boolean => PART_HEADING.test(textOf(x.p));
const isAnyHeading = (x: Placed): boolean => isRomanHeading(x) || isPartHeading(x) || ARABIC_HEADING.test(textOf(x.p));

const CAN_CU = /^căn cứ\s/iu;
const PROPOSAL = /^theo đề nghị/iu;

/**
 * The căn cứ block: consecutive "Căn cứ …" lines before the first heading, with a closing
 * "Theo đề nghị …" line if there is one (Mẫu 1.2).
 */
export function canCuBlock(body: readonly Placed[]): Placed[] {
  const firstHeading = body.findIndex(isAnyHeading);
  const before = firstHeading < 0 ? body : body.slice(0, firstHeading);
  const start = before.findIndex((x) => CAN_CU.test(textOf(x.p)));
  if (start < 0) return [];
  const block: Placed[] = [];
  for (const x of before.slice(start)) {
    if (CAN_CU.test(textOf(x.p))) block.push(x);
    else {
      if (PROPOSAL.test(textOf(x.p))) block.push(x);
      break;
    }
  }
  return block;
}

export const isProposal = (x: Placed): boolean => PROPOSAL.test(textOf(x.p));
