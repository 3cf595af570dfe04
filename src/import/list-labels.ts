import type { DocParagraph } from "../ooxml/model.js";
import type { Numbering } from "../ooxml/numbering.js";
import { toRoman } from "../render/vietnamese.js";

/**
 * Word's automatic numbering, written out. A paragraph with w:numPr shows a marker that is not
 * in its text ("1.", "a)", "–"); the import puts that marker in front of the text, as a clerk
 * would have typed it, so headings and bullets are recognised the same way typed or automatic.
 * Counters run per list (numId) and level; a level restarts when a shallower one moves on.
 */

const letter = (n: number): string => {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
};

function formatNumber(format: string, n: number): string {
  switch (format) {
    case "upperRoman":
      return toRoman(n);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
    case "lowerLetter":
      return letter(n);
    case "upperLetter":
      return letter(n).toUpperCase();
    default:
      return String(n);
  }
}

export class ListLabels {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering) {}

  /** The marker Word draws before `p`, with the space after it; "" when it has none. */
  labelOf(p: DocParagraph): string {
    if (!p.props.numbered || p.props.numId === undefined) return "";
    const level = Math.min(Math.max(p.props.numLevel ?? 0, 0), 8);
    const marker = this.numbering.marker(p.props.numId, level);
    if (!marker) return "";
    if (marker.format === "bullet" || marker.format === "none") {
      if (marker.format === "none") return "";
      return marker.text.trim() === "+" ? "+ " : "- ";
    }
    const counts = this.counters.get(p.props.numId) ?? [];
    counts[level] = (counts[level] ?? 0) + 1;
    counts.length = level + 1;
    this.counters.set(p.props.numId, counts);
    const text = marker.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const lvl = k === level ? marker : this.numbering.marker(p.props.numId, k);
      return formatNumber(lvl?.format ?? "decimal", counts[k] ?? 1);
    });
    return text.trim() ? `${text.trim()} ` : "";
  }
}
