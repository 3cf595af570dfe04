import { buildLayout } from "../layout/build-layout.js";
import { foldKey } from "../render/vietnamese.js";
import { FOOTNOTE_MARKER } from "../resolve/footnote-refs.js";
import type { ResolvedPlan } from "../resolve/resolved-plan.js";
import type { Para } from "./para.js";

/**
 * The safety net behind "nothing is dropped silently": every source paragraph whose words do
 * not appear, in order, somewhere in what the imported plan prints. Words are compared folded
 * (no tone marks, lower case, numbers without leading zeros), so "HOÀ"/"HÒA" or "tháng 05"/
 * "tháng 5" are the same word; what is left is text the mapping missed, which the import then
 * reports and copies into the YAML.
 */
const tokens = (s: string): string[] => (foldKey(s).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w));

/** Lines the DOCX writer prints itself, whatever the plan says. */
const FIXED = new Set(["cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc", "noi nhan", "ke hoach"]);

function strings(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  // A footnote reference prints a number, not its id (Word's ids are numbers too: "dân cư 2 và").
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) if (k !== "footnote") strings(v, out);
}

export function findLeftovers(paras: readonly Para[], resolved: ResolvedPlan): Para[] {
  const printed: string[] = [];
  strings(buildLayout(resolved), printed);
  const stream = ` ${printed.flatMap(tokens).join(" ")} `;
  return paras.filter((x) => {
    const words = tokens(x.text.replace(FOOTNOTE_MARKER, " "));
    if (FIXED.has(words.join(" "))) return false;
    return words.length > 0 && !stream.includes(` ${words.join(" ")} `);
  });
}
