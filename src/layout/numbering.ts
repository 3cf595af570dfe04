import { diemLetter, toRoman } from "../render/vietnamese.js";

/**
 * Section labels. Roman-first (ND30 Phần II.6 practice): I. / 1. / 1.1. / a).
 * Arabic-first (used by some Sở): 1. / 1.1. / 1.1.1. / a). Deeper levels continue with letters.
 * `path` is the 0-based index at each level, e.g. [1, 0] = "II." then "1.".
 */
export function sectionLabel(scheme: "roman" | "arabic", path: readonly number[]): string {
  const level = path.length;
  const last = path[level - 1]!;
  if (scheme === "roman") {
    if (level === 1) return `${toRoman(last + 1)}.`;
    if (level === 2) return `${last + 1}.`;
    if (level === 3) return `${path[1]! + 1}.${last + 1}.`;
    return `${diemLetter(last)})`;
  }
  if (level <= 3) return `${path.map((i) => i + 1).join(".")}.`;
  return `${diemLetter(last)})`;
}

/** Letter items (điểm) are not bold in ND30's samples; numbered headings are. */
export const isLetterLabel = (label: string): boolean => /^[a-zđ]\)$/.test(label);
