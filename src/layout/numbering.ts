import type { NumberingScheme } from "../schema/plan-schema.js";
import { diemLetter, toRoman } from "../render/vietnamese.js";

/**
 * Section labels. The default ladder (ND30 Phần II.6 practice) — roman: I. / 1. / 1.1. / a);
 * arabic (some Sở): 1. / 1.1. / 1.1.1. / a); deeper levels continue with letters. A section's
 * `numbering:` sets the scheme of its direct children instead. `ordinals` are 1-based counts
 * of numbered siblings on the way down (an item with `label: ""` is not counted).
 */
export function defaultLabel(scheme: "roman" | "arabic", ordinals: readonly number[]): string {
  const level = ordinals.length;
  const last = ordinals[level - 1]!;
  if (scheme === "roman") {
    if (level === 1) return `${toRoman(last)}.`;
    if (level === 2) return `${last}.`;
    if (level === 3) return `${ordinals[1]!}.${last}.`;
    return `${diemLetter(last - 1)})`;
  }
  if (level <= 3) return `${ordinals.join(".")}.`;
  return `${diemLetter(last - 1)})`;
}

/** The label of the `ordinal`-th child (1-based) under a parent labelled `parentLabel`. */
export function schemeLabel(scheme: NumberingScheme, ordinal: number, parentLabel: string): string {
  switch (scheme) {
    case "roman":
      return `${toRoman(ordinal)}.`;
    case "arabic":
      return `${ordinal}.`;
    case "decimal": {
      // "2." → "2.1.", "2.1." → "2.1.1."; under a Roman or lettered parent it starts afresh.
      const stem = /^\d+(?:\.\d+)*\.?$/.test(parentLabel) ? parentLabel.replace(/\.$/, "") : "";
      return stem ? `${stem}.${ordinal}.` : `${ordinal}.`;
    }
    case "points":
      return `${diemLetter(ordinal - 1)})`;
    case "points-dot":
      return `${diemLetter(ordinal - 1)}.`;
    case "none":
      return "";
  }
}

/** Letter items (điểm) are not bold in ND30's samples; numbered headings are. */
export const isLetterLabel = (label: string): boolean => /^[a-zđ][).]$/.test(label);

/** Backwards-compatible form of `defaultLabel` over 0-based indices. */
export const sectionLabel = (scheme: "roman" | "arabic", path: readonly number[]): string =>
  defaultLabel(
    scheme,
    path.map((i) => i + 1),
  );
