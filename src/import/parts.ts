import { dropChars, markupOf, plainOf, type Styled } from "./inline-text.js";
import { isCapitals } from "./letter-case.js";
import { allBold, type Para } from "./para.js";

/**
 * "Phần I" headings (nd30-spec §8.3: "Phần I" and the part's title, centred and bold, above
 * the Roman sections) → the plan's `parts:`. A paragraph is a part heading when it starts with
 * "Phần" and a number (I, II, 1, "thứ nhất"…) and reads as a heading: bold or centred, any
 * words after the number in capitals or bold. Its title is the words after the number on the
 * same line ("PHẦN I. KẾT QUẢ …"), or else the next paragraph when that one is bold or in
 * capitals and is not itself a numbered heading.
 */
export interface PartHeading {
  /** The label as typed ("PHẦN I", "Phần thứ hai", "Phần II."). */
  readonly label: string;
  /** Title runs written on the same line, if any. */
  readonly title: Styled[];
}

const PART = /^(phần\s+(?:thứ\s+\p{L}+|[IVXLC]+|\d{1,2}))(?=$|[\s.:\-–—])\s*([.:\-–—]?)\s*/iu;

export function readPartHeading(x: Para): PartHeading | undefined {
  if (x.text.length > 250) return undefined;
  const text = plainOf(x.runs);
  const m = PART.exec(text);
  if (!m) return undefined;
  const centred = x.p.props.align === "center";
  if (!allBold(x) && !centred) return undefined;
  const title = dropChars(x.runs, m[0].length);
  const rest = plainOf(title).trim();
  if (rest && !isCapitals(rest) && !allBold(x)) return undefined;
  // "Phần I." with a title after it keeps its dot; a lone "Phần I:" keeps what was typed too.
  const label = `${m[1]!.replace(/\s+/gu, " ")}${m[2] ?? ""}`;
  return { label, title };
}

/** The next paragraph as the part's title: bold or in capitals, short, not a numbered heading. */
export function isPartTitle(y: Para, isHeading: boolean): boolean {
  if (isHeading || y.text === "" || y.text.length > 250) return false;
  return allBold(y) || isCapitals(y.text);
}

/** Part title as plan text: bold is the part's own style, not marked again. */
export const partTitleText = (runs: readonly Styled[]): string => markupOf(runs, { bold: true }).replace(/\s+$/u, "");
