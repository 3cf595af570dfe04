import { t, type LocalText } from "../i18n/text.js";
import type { Nd30Value } from "../layout/nd30.js";
import { twipsToMm } from "../ooxml/geometry.js";

/**
 * How found and required values are written in findings: mm and pt with at most one decimal,
 * ranges with an en dash ("30–35 mm"), paragraphs quoted by their first words.
 */

const oneDecimal = (n: number): string => (Math.round(n * 10) / 10).toString();

export const mmText = (twips: number): string => `${oneDecimal(twipsToMm(twips))} mm`;
export const ptText = (pt: number): string => `${oneDecimal(pt)} pt`;

/** "30–35 mm" / "13 pt" from a ND30 range. */
export function rangeText(v: Pick<Nd30Value, "min" | "max">, unit: "mm" | "pt"): string {
  return v.min === v.max ? `${oneDecimal(v.min)} ${unit}` : `${oneDecimal(v.min)}–${oneDecimal(v.max)} ${unit}`;
}

/** Sizes found in a paragraph: "13 pt", or "12/13 pt" when runs differ. */
export const sizesText = (sizes: readonly number[]): string =>
  sizes.length === 0 ? "?" : `${[...new Set(sizes)].map(oneDecimal).join("/")} pt`;

const EXCERPT = 48;

/** «Trên đây là Kế hoạch tổ chức…»: where a finding is, language-neutral. */
export function quote(text: string): string {
  const flat = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return `«${flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat}»`;
}

export const at = (text: string): LocalText => {
  const q = quote(text);
  return t(q, q);
};

export const sectionName = (index: number): LocalText => t(`section ${index + 1}`, `section ${index + 1}`);

/** Joins the Vietnamese and English halves of several texts. */
export function joinTexts(parts: readonly LocalText[], separator = "; "): LocalText {
  return t(parts.map((p) => p.vi).join(separator), parts.map((p) => p.en).join(separator));
}
