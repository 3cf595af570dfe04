import type { DocParagraph } from "../ooxml/model.js";
import type { ListMarker, Numbering } from "../ooxml/numbering.js";
import { toRoman } from "../render/vietnamese.js";

/**
 * Word's automatic numbering, written out. A paragraph with w:numPr shows a marker that is not
 * in its text ("1.", "a)", "–"); the import puts that marker in front of the text, as a clerk
 * would have typed it, so headings and bullets are recognised the same way typed or automatic.
 *
 * The numbers are the ones Word shows (ECMA-376 §17.9): counters belong to the abstract list,
 * so numIds sharing one continue each other; a numId with w:startOverride restarts the level on
 * its first paragraph there; a level starts at its w:start; a deeper level restarts when a
 * shallower one is used, unless its w:lvlRestart says otherwise. Bullets become "- " or, on a
 * bullet level under another bullet level, "+ " (the two marks ND30 practice types).
 */

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not base 26). */
const letter = (n: number): string => (n < 1 ? String(n) : String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1));

export function formatNumber(format: string, n: number): string {
  switch (format) {
    case "upperRoman":
      return n > 0 ? toRoman(n) : String(n);
    case "lowerRoman":
      return n > 0 ? toRoman(n).toLowerCase() : String(n);
    case "lowerLetter":
      return letter(n);
    case "upperLetter":
      return letter(n).toUpperCase();
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

const MAX_LEVEL = 8;

export class ListLabels {
  /** Counters per shared list (abstract definition), by level. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** numId:level pairs already seen (a startOverride applies on the first one). */
  private readonly seen = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The marker Word draws before `p`, with the space after it; "" when it has none. */
  labelOf(p: DocParagraph): string {
    if (!p.props.numbered || p.props.numId === undefined) return "";
    const numId = p.props.numId;
    const level = Math.min(Math.max(p.props.numLevel ?? 0, 0), MAX_LEVEL);
    const marker = this.numbering.marker(numId, level);
    if (!marker || marker.format === "none") return "";
    const counts = this.advance(numId, level, marker);
    if (marker.format === "bullet") return this.bullet(numId, level, marker);
    const text = marker.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const lvl = k === level ? marker : this.numbering.marker(numId, k);
      const format = marker.legal ? "decimal" : (lvl?.format ?? "decimal");
      return formatNumber(format, counts[k] ?? lvl?.start ?? 1);
    });
    return text.trim() ? `${text.trim()} ` : "";
  }

  /** Counts one paragraph at `level` and restarts the deeper levels that restart after it. */
  private advance(numId: string, level: number, marker: ListMarker): readonly (number | undefined)[] {
    const instance = this.numbering.instance(numId);
    const key = instance?.list ?? `num:${numId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const firstHere = !this.seen.has(`${numId}:${level}`);
    this.seen.add(`${numId}:${level}`);
    const restart = firstHere ? instance?.restarts.get(level) : undefined;
    const current = counts[level];
    counts[level] = restart !== undefined ? restart : current === undefined ? marker.start : current + 1;
    for (let k = level + 1; k <= MAX_LEVEL; k++) {
      if (counts[k] === undefined) continue;
      const after = this.numbering.marker(numId, k)?.restartAfter;
      if (after === undefined || (after > 0 && level < after)) counts[k] = undefined;
    }
    return counts;
  }

  private bullet(numId: string, level: number, marker: ListMarker): string {
    const glyph = marker.text.trim();
    if (glyph === "+") return "+ ";
    if (/^[-–—]$/u.test(glyph)) return "- ";
    // Any other glyph (•, o, ▪, a Symbol-font dot): "-" on the first bullet level, "+" below it.
    for (let k = 0; k < level; k++) if (this.numbering.marker(numId, k)?.format === "bullet") return "+ ";
    return "- ";
  }
}
