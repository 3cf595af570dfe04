import { dropChars, plainOf, splitAt, type Styled } from "./inline-text.js";
import { isCapitals } from "./letter-case.js";
import type { Para } from "./para.js";

/**
 * Section headings: a paragraph that starts with a section number (I., 1., 1.1., 1.1.1.) whose
 * number and first words are bold; the bold words are the title and what follows them is
 * run-in text ("**2. Địa điểm:** Sở …"). A Roman heading may be typed without bold when its
 * title is in capitals.
 */
const ROMAN = /^([IVXLC]+)\.\s*/u;
const ARABIC = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.?(?=\s|$)\s*/u;

export interface Heading {
  label: string;
  kind: "roman" | "arabic";
  depth: number;
  title: Styled[];
  rest: Styled[];
}

/** Bold at a character offset of the runs. */
function boldAt(runs: readonly Styled[], at: number): boolean {
  let pos = 0;
  for (const r of runs) {
    if (at < pos + r.text.length) return r.bold;
    pos += r.text.length;
  }
  return false;
}

export function readHeading(x: Para): Heading | undefined {
  const text = plainOf(x.runs);
  const roman = ROMAN.exec(text);
  const arabic = roman ? undefined : ARABIC.exec(text);
  const m = roman ?? arabic;
  if (!m) return undefined;
  const after = dropChars(x.runs, m[0].length);
  const afterText = plainOf(after);
  if (afterText === "") return undefined;
  const labelBold = boldAt(x.runs, 0);
  const titleBold = after[0]?.bold === true;
  // A Roman heading may be typed without bold; it is then in capitals.
  if (!(labelBold && titleBold) && !(roman && isCapitals(afterText))) return undefined;
  const boldEnd = titleBold ? after.findIndex((r) => !r.bold) : -1;
  const [title, rest] = boldEnd < 0 ? [after, []] : splitAt(after, after.slice(0, boldEnd).reduce((n, r) => n + r.text.length, 0));
  const label = roman ? `${m[1]}.` : m[0].trim();
  const depth = roman ? 0 : m[1]!.split(".").length;
  return { label, kind: roman ? "roman" : "arabic", depth, title, rest };
}

/** Level of a heading in the scheme: I. = 1; in the Roman scheme 1. = 2, 1.1. = 3; in the Arabic scheme 1. = 1. */
export const levelOf = (h: Heading, scheme: "roman" | "arabic"): number => (h.kind === "roman" ? 1 : scheme === "roman" ? h.depth + 1 : h.depth);

export const sameLabel = (a: string, b: string): boolean => a.replace(/\.$/, "") === b.replace(/\.$/, "");
