import type { ResolvedPlan, ResolvedSection } from "../resolve/resolved-plan.js";
import { upperVi } from "../render/vietnamese.js";
import { parseInline } from "./inline-markup.js";
import type { Block } from "./layout-model.js";
import { isLetterLabel, sectionLabel } from "./numbering.js";

/** Drops the punctuation a clerk may have typed where the tool puts its own. */
export const stripEnd = (s: string): string => s.replace(/[\s;,.:]+$/u, "");
export const stripDash = (s: string): string => s.replace(/^\s*[-–—•+]\s*/u, "");

/** "…thực hiện" → "…thực hiện./." (Phụ lục III samples end the content with "./."). */
export const withEndMark = (s: string): string => `${s.replace(/(?:\s|[;,.:]|\.\/\.?)+$/u, "")}./.`;

/** ND30 PL I, II.6a: each căn cứ ends with ";", the last with "." — or "," before "Theo đề nghị". */
export function basisBlocks(plan: ResolvedPlan): Block[] {
  const nextIsProposal = /^theo đề nghị/iu.test(plan.preamble[0] ?? "");
  return plan.basis.map((line, i) => {
    const last = i === plan.basis.length - 1;
    const end = last ? (nextIsProposal ? "," : ".") : ";";
    return { role: "basis", runs: parseInline(stripEnd(line) + end, plan.basisItalic ? { italic: true } : {}) };
  });
}

/** A body line: "- " bullets and "+ " sub-bullets keep their mark, as ND30 practice writes them. */
export function lineBlock(line: string): Block {
  if (/^[-–—•]\s/u.test(line)) return { role: "bullet", runs: parseInline(`- ${stripDash(line)}`) };
  if (/^\+\s/u.test(line)) return { role: "subBullet", runs: parseInline(`+ ${line.replace(/^\+\s*/u, "")}`) };
  return { role: "paragraph", runs: parseInline(line) };
}

export function sectionBlocks(plan: ResolvedPlan, sections: readonly ResolvedSection[], parent: readonly number[] = []): Block[] {
  return sections.flatMap((s, i) => {
    const path = [...parent, i];
    const label = s.label ?? sectionLabel(plan.numbering, path);
    const level = path.length;
    // ND30 PL I, II.6: "I." headings are upper case; điểm "a)" are not bold.
    const title = plan.numbering === "roman" && level === 1 ? upperVi(s.title) : s.title;
    const bold = !isLetterLabel(label);
    const head = parseInline(label ? `${label} ${title}` : title, bold ? { bold: true } : {});
    const runs = s.text ? [...head, ...parseInline(` ${s.text}`)] : head;
    const heading: Block = { role: "heading", level, runs, keepNext: true };
    return [heading, ...s.body.map(lineBlock), ...sectionBlocks(plan, s.sections, path)];
  });
}

/** Căn cứ, preamble, sections, and the closing sentence kept with the signature. */
export function bodyBlocks(plan: ResolvedPlan): Block[] {
  return [
    ...basisBlocks(plan),
    ...plan.preamble.map((p): Block => ({ role: "preamble", runs: parseInline(p) })),
    ...sectionBlocks(plan, plan.sections),
    { role: "closing", runs: parseInline(withEndMark(plan.closing)), keepNext: true },
  ];
}
