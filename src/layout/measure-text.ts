import { FONT_METRICS } from "./font-metrics.js";

export interface FontStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
}

const INDEX = new Map([...FONT_METRICS.chars].map((c, i) => [c, i]));
const HORN = "\u031B";

type StyleKey = keyof typeof FONT_METRICS.widths;
const styleKey = ({ bold, italic }: FontStyle): StyleKey =>
  bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";

/** The table index for a character: itself, or its base letter (keeping the horn of ơ/ư). */
function indexOf(char: string): number | undefined {
  const direct = INDEX.get(char);
  if (direct !== undefined) return direct;
  if (FALLBACK.has(char)) return FALLBACK.get(char);
  const decomposed = char.normalize("NFD");
  const base = decomposed[0]!;
  const found = decomposed.includes(HORN) ? (INDEX.get((base + HORN).normalize("NFC")) ?? INDEX.get(base)) : INDEX.get(base);
  // Bounded: a text can hold any code point, yet a language uses few.
  if (FALLBACK.size >= 10_000) FALLBACK.clear();
  FALLBACK.set(char, found);
  return found;
}

/**
 * Characters found through their base letter (most accented Vietnamese letters): a batch
 * measures the same headers and titles for every unit, and normalising each letter again
 * was a visible share of its time.
 */
const FALLBACK = new Map<string, number | undefined>();

/**
 * Width of a single line of Times New Roman text, in points. Used to break the issuer's name and
 * the trích yếu into lines and to size the rules under them; no renderer is needed.
 */
export function textWidthPt(text: string, sizePt: number, style: FontStyle = {}): number {
  const widths = FONT_METRICS.widths[styleKey(style)];
  const average = widths[INDEX.get("n")!]!;
  let units = 0;
  for (const char of text.normalize("NFC")) {
    const i = indexOf(char);
    units += i === undefined ? average : widths[i]!;
  }
  return (units / FONT_METRICS.unitsPerEm) * sizePt;
}

export const ptToMm = (pt: number): number => (pt * 25.4) / 72;
export const textWidthMm = (text: string, sizePt: number, style: FontStyle = {}): number =>
  ptToMm(textWidthPt(text, sizePt, style));
