import type { ResolvedPart, ResolvedPlan, ResolvedSection } from "../resolve/resolved-plan.js";
import { toRoman } from "../render/vietnamese.js";
import { dropCaseBraces, parseInline, plainText, upperKeepingCase, withEndMarkRuns } from "./inline-markup.js";
import type { Block, Run } from "./layout-model.js";
import { textWidthMm } from "./measure-text.js";
import { ND30, pageTextWidthMm, PRACTICE } from "./nd30.js";
import { defaultLabel, isLetterLabel, schemeLabel } from "./numbering.js";
import { memoByText } from "../cache/text-memo.js";

/** Drops the punctuation a clerk may have typed where the tool puts its own. */
export const stripEnd = (s: string): string => s.replace(/[\s;,.:]+$/u, "");
export const stripDash = (s: string): string => s.replace(/^\s*[-–—•+]\s*/u, "");

/** "…thực hiện" → "…thực hiện./." (Phụ lục III samples end the content with "./."). */
export const withEndMark = (s: string): string => `${s.replace(/(?:\s|[;,.:]|\.\/\.?)+$/u, "")}./.`;

/**
 * ND30 PL I, II.6a: each căn cứ ends with ";", the last with "." — or "," before "Theo đề nghị",
 * and ";" when the preamble goes on with one more "Căn cứ …" ("Căn cứ tình hình thực tế, Ủy ban
 * nhân dân xã xây dựng Kế hoạch … như sau:"): the sentence is not over. The basis field's
 * documented behaviour; a typed ending that differs is reported (lint/punctuation-notices.ts).
 */
export function basisEnd(last: boolean, preamble: readonly string[]): string {
  if (!last) return ";";
  const next = preamble[0] ?? "";
  if (/^theo đề nghị/iu.test(next)) return ",";
  return /^căn cứ(?!\p{L})/iu.test(next) ? ";" : ".";
}

export function basisBlocks(plan: ResolvedPlan): Block[] {
  return plan.basis.map((line, i) => {
    const end = basisEnd(i === plan.basis.length - 1, plan.preamble);
    return { role: "basis", runs: parseInline(stripEnd(line) + end, plan.basisItalic ? { italic: true } : {}) };
  });
}

/** A body line: "- " bullets and "+ " sub-bullets keep their mark, as ND30 practice writes them. */
export const lineBlock = memoByText(function lineBlock(line: string): Block {
  if (/^[-–—•]\s/u.test(line)) return { role: "bullet", runs: parseInline(`- ${stripDash(line)}`) };
  if (/^\+\s/u.test(line)) return { role: "subBullet", runs: parseInline(`+ ${line.replace(/^\+\s*/u, "")}`) };
  return { role: "paragraph", runs: parseInline(line) };
});

/**
 * Whether a heading is short enough to keep with the paragraph after it: a heading of more
 * lines may break across pages like any paragraph (a chain of long kept headings leaves a page
 * half empty).
 */
function isShortHeading(runs: readonly Run[]): boolean {
  return fitsKeptHeading(plainText(runs));
}

const fitsKeptHeading = memoByText((text: string): boolean => {
  const width = textWidthMm(text, ND30.body.sizePt.value, { bold: true }) + ND30.body.firstLineIndentMm.value;
  return width <= PRACTICE.keepWithNextMaxLines.value * pageTextWidthMm("portrait") * 0.97;
});

interface Parent {
  /** The parent's label, for decimal numbering ("2." → "2.1."). */
  readonly label: string;
  /** Ordinals of numbered sections on the way down (default ladder). */
  readonly ordinals: readonly number[];
  /** The scheme the parent set for its children, if any. */
  readonly scheme: ResolvedSection["numbering"];
}

/** One section: its line ("1. Title", "1. Title: text", "a) text"), body lines and children. */
function sectionBlock(plan: ResolvedPlan, s: ResolvedSection, label: string, level: number, scheme: Parent["scheme"]): Block[] {
  // ND30 PL I, II.6: "I." headings are upper case; điểm "a)" and untitled khoản are not bold.
  const upper = scheme ? scheme === "roman" : plan.numbering === "roman" && level === 1;
  const title = upper ? upperKeepingCase(s.title) : dropCaseBraces(s.title);
  const bold = !isLetterLabel(label) && title !== "";
  const head = [label, title].filter(Boolean).join(" ");
  const headRuns = head ? parseInline(head, bold ? { bold: true } : {}) : [];
  const lines = s.body.map(lineBlock);
  if (!s.text && !title) {
    // "label + body" with no title: the number opens the first body paragraph.
    if (!label) return lines;
    const [first, ...rest] = lines;
    if (first && first.role === "paragraph") return [{ role: "item", runs: [...parseInline(`${label} `), ...first.runs] }, ...rest];
    return [{ role: "item", runs: parseInline(label) }, ...lines];
  }
  if (s.text) {
    // A run-in title ("1. Title: text") or a text-only item ("1. text") is a body paragraph.
    const runs = [...headRuns, ...parseInline(head ? ` ${s.text}` : s.text)];
    return [{ role: "item", runs }, ...lines];
  }
  // A short heading stays with what follows (the KH Đề mục style also keeps its lines together);
  // a long one is written "keep off" so it may break like a paragraph.
  const keep = isShortHeading(headRuns) ? { keepNext: true } : { keepNext: false, keepLines: false };
  return [{ role: "heading", level, runs: headRuns, ...keep }, ...lines];
}

export function sectionBlocks(plan: ResolvedPlan, sections: readonly ResolvedSection[], parent: Parent = { label: "", ordinals: [], scheme: null }): Block[] {
  let ordinal = 0;
  return sections.flatMap((s) => {
    const counted = s.label !== "";
    if (counted) ordinal++;
    const ordinals = [...parent.ordinals, ordinal];
    const auto = parent.scheme ? schemeLabel(parent.scheme, ordinal, parent.label) : defaultLabel(plan.numbering, ordinals);
    const label = s.label ?? auto;
    const blocks = sectionBlock(plan, s, label, ordinals.length, parent.scheme);
    return [...blocks, ...sectionBlocks(plan, s.sections, { label, ordinals, scheme: s.numbering })];
  });
}

/** PL I Phần II.6 / nd30-spec §8.3: "Phần I" and the part's title, centred bold, above its sections. */
function partBlocks(plan: ResolvedPlan, part: ResolvedPart, index: number): Block[] {
  const heading: Block[] =
    part.label === "" && part.title === ""
      ? []
      : [
          { role: "part", runs: parseInline(part.label ?? `Phần ${toRoman(index + 1)}`, { bold: true }) },
          { role: "part", runs: parseInline(upperKeepingCase(part.title), { bold: true }) },
        ];
  return [...heading, ...sectionBlocks(plan, part.sections)];
}

/** Căn cứ, preamble, sections, and the closing sentence ("./." on the last paragraph without one). */
export function bodyBlocks(plan: ResolvedPlan): Block[] {
  const content = [
    ...basisBlocks(plan),
    ...plan.preamble.map((p): Block => ({ role: "preamble", runs: parseInline(p) })),
    ...plan.parts.flatMap((part, i) => partBlocks(plan, part, i)),
  ];
  if (plan.closing === null) {
    const last = content[content.length - 1];
    if (!last) return [{ role: "closing", runs: [{ text: "./." }] }];
    return [...content.slice(0, -1), { ...last, runs: withEndMarkRuns(last.runs, withEndMark) }];
  }
  // The closing is an ordinary paragraph: widow/orphan control keeps its last two lines with the
  // signature row (keepNext on the paragraph), without holding the whole paragraph back.
  return [...content, { role: "closing", runs: withEndMarkRuns(parseInline(plan.closing), withEndMark), keepNext: true }];
}
