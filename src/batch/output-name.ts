import { slugify } from "../render/vietnamese.js";
import type { UnitRecord } from "../resolve/resolve-plan.js";

/**
 * Output file names: `06526-xa-na-duong.docx` — the unit code, then the unit's type and name
 * without diacritics. Built only from [a-z0-9-], so nothing in the data can reach outside the
 * output folder ("../", "/", "\\", drive letters, control characters all become "-" or
 * vanish), no name is a Windows device name, and every name is short enough for any file
 * system. Two units that would get the same name (a duplicated code) are told apart with
 * "-2", "-3"… in the order of the unit list, so the names do not depend on filters or shards.
 */

export const MAX_BASE_LENGTH = 80;
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** [a-z0-9-] only, case-folded and without diacritics; at most `max` characters, no dash at either end. */
function part(text: string, max: number): string {
  return slugify(text).slice(0, max).replace(/-+$/g, "");
}

/** The name a unit asks for, before collisions are resolved (without ".docx"). */
export function baseName(record: UnitRecord, index: number): string {
  const code = part(record.code ?? "", 24);
  const label = part([record.type ?? "", record.name ?? ""].filter((s) => s.trim() !== "").join(" "), MAX_BASE_LENGTH - 1 - Math.max(code.length, 1));
  let base = [code, label].filter((s) => s !== "").join("-");
  if (base === "") base = `unit-${index + 1}`;
  if (WINDOWS_DEVICES.test(base)) base = `${base}-unit`;
  return base;
}

/**
 * Names for every record of the list, in list order (call it on the whole unfiltered list).
 * Unique names keep their natural form; a repeated one gets "-2", "-3"… after its first use,
 * skipping any name that another unit has naturally.
 */
export function assignOutputNames(records: readonly UnitRecord[]): string[] {
  const bases = records.map((r, i) => baseName(r, i));
  const taken = new Set(bases);
  const used = new Set<string>();
  // The suffix each repeated base tries next. Every smaller suffix of that base is already
  // used or taken (and `used` only grows), so starting there gives the names a search from
  // "-2" would, in linear rather than quadratic time: 10,000 identical codes took 7 s before.
  const nextSuffix = new Map<string, number>();
  return bases.map((base) => {
    let name = base;
    if (used.has(name)) {
      for (let n = nextSuffix.get(base) ?? 2; ; n++) {
        const suffix = `-${n}`;
        const candidate = `${base.slice(0, MAX_BASE_LENGTH - suffix.length)}${suffix}`;
        if (!used.has(candidate) && !taken.has(candidate)) {
          name = candidate;
          nextSuffix.set(base, n + 1);
          break;
        }
      }
    }
    used.add(name);
    return `${name}.docx`;
  });
}
