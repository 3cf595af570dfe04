import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { phraseToneKey } from "../render/tone-key.js";
import { foldKey } from "../render/vietnamese.js";

/**
 * The administrative units of 1 July 2025 (34 provinces, 3,321 communes), bundled in data/
 * (source and licence: data/SOURCE.md). Loaded lazily, once per process.
 */
export interface ProvinceRecord {
  readonly code: string;
  readonly name: string;
  readonly type: string;
}

export interface CommuneRecord {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly province_code: string;
  readonly province_name: string;
}

export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** The bundled CSVs are plain (no quoting: checked by test/data/units.test.ts). */
function readPlainCsv<T>(file: string): T[] {
  const [head, ...lines] = readFileSync(`${DATA_DIR}${file}`, "utf8").trim().split("\n");
  const keys = head!.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [keys[i], v])) as T);
}

let provinces: ProvinceRecord[] | undefined;
let communes: CommuneRecord[] | undefined;

export const allProvinces = (): readonly ProvinceRecord[] => (provinces ??= readPlainCsv<ProvinceRecord>("provinces-2025.csv"));
export const allCommunes = (): readonly CommuneRecord[] => (communes ??= readPlainCsv<CommuneRecord>("communes-2025.csv"));

/** Units by folded name (case, diacritics and tone placement ignored), built once: lookups run per unit in a batch. */
let provincesByKey: Map<string, ProvinceRecord> | undefined;
let communesByKey: Map<string, CommuneRecord[]> | undefined;

export function findProvince(name: string): ProvinceRecord | undefined {
  provincesByKey ??= new Map(allProvinces().map((p) => [foldKey(p.name), p]));
  const key = foldKey(name.replace(/^\s*(tỉnh|thành phố|tp\.?)\s+/iu, ""));
  return provincesByKey.get(key) ?? allProvinces().find((p) => p.code === name.trim());
}

/** The communes of the 2025 list with this name, in any province (names repeat across provinces). */
export function communesNamed(name: string): readonly CommuneRecord[] {
  if (!communesByKey) {
    communesByKey = new Map();
    for (const c of allCommunes()) {
      const key = foldKey(c.name);
      communesByKey.set(key, [...(communesByKey.get(key) ?? []), c]);
    }
  }
  return communesByKey.get(foldKey(name)) ?? [];
}

/** "Lạng Sơn" → "tỉnh Lạng Sơn", "Hà Nội" → "thành phố Hà Nội"; unknown names (pre-2025) → "tỉnh …". */
export function provinceFullName(name: string): string {
  const trimmed = name.trim();
  if (/^(tỉnh|thành phố)\s/iu.test(trimmed)) return trimmed;
  const found = findProvince(trimmed);
  return `${found?.type === "Thành phố" ? "thành phố" : "tỉnh"} ${trimmed}`;
}

/**
 * The 2025 units named after a person, a number or a historical event (data/named-units.csv,
 * compiled by hand: data/named-units.md). Their địa danh keeps the generic noun, capitalised
 * ("Phường Lương Văn Tri", "Xã Quang Trung"): ND30 PL I, II.4.a; PL II, III.1.b. Their full
 * records (with the notes) are read by src/data/named-unit-records.ts.
 */
export type NamedAfter = "person" | "number" | "event";

/** "Lâm Viên-Đà Lạt" and "Lâm Viên – Đà Lạt" are written "Lâm Viên - Đà Lạt" in the list. */
const dashed = (name: string): string => name.replace(/\s*[-–]\s*/gu, " - ");

/**
 * Every 2025 name is compared by `phraseToneKey`, which ignores case and where the tone mark
 * sits ("Hòa" = "Hoà") but, unlike `foldKey`, keeps the other marks: "Kim Đồng" (a person) is
 * not "Kim Đông" (a place), nor "Ba Đình" "Ba Dinh".
 */
const nameKey = (name: string): string => phraseToneKey(dashed(name));

/**
 * `foldKey(dashed(name))` of each name, computed for all of them at once: the names joined by
 * line breaks go through one `normalize` and a few regular expressions that act within a line
 * (whitespace other than the line break), so each line folds as the name alone would
 * (test/data/named-units.test.ts looks up every name both ways).
 */
function foldAll(names: readonly string[]): string[] {
  return names
    .join("\n")
    .replace(/[^\S\n]*[-–][^\S\n]*/gu, " - ")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\S\n]+/g, " ")
    .replace(/^ | $/gm, "")
    .split("\n");
}

/** The name column (the second) of a bundled CSV whose first columns are plain, header skipped. */
const namesIn = (text: string): string[] => Array.from(text.matchAll(/^[^,\n]*,([^,\n]*)/gm), (m) => m[1]!).slice(1);

/**
 * The 2025 names grouped by `foldKey` of their dashed form, each with what it is named after
 * (null: nothing listed). Names with the same tone key fold alike (folding drops every mark,
 * tone keys only where the tone sits), so a lookup computes tone keys within one group only.
 * Computing the tone key of all 3,355 names took about 20 ms of a single build, which looks
 * up one or two. Provinces and communes come first, then the named-units list, whose first
 * five columns are plain (checked by test/data/named-units.test.ts; only the notes are
 * quoted), so it needs no CSV parser here.
 */
let nameGroups: Map<string, [name: string, namedAfter: NamedAfter | null][]> | undefined;

function groupedNames(): Map<string, [name: string, namedAfter: NamedAfter | null][]> {
  if (nameGroups) return nameGroups;
  const read = (file: string) => readFileSync(`${DATA_DIR}${file}`, "utf8");
  const named = read("named-units.csv");
  const names = [...namesIn(read("provinces-2025.csv")), ...namesIn(read("communes-2025.csv"))];
  const after: (NamedAfter | null)[] = names.map(() => null);
  for (const m of [...named.matchAll(/^[^,\n]*,([^,\n]*),[^,\n]*,[^,\n]*,([^,\n]*)/gm)].slice(1)) {
    names.push(m[1]!);
    after.push(m[2] as NamedAfter);
  }
  const keys = foldAll(names);
  const groups = new Map<string, [string, NamedAfter | null][]>();
  for (let i = 0; i < names.length; i++) {
    const group = groups.get(keys[i]!);
    if (group) group.push([names[i]!, after[i]!]);
    else groups.set(keys[i]!, [[names[i]!, after[i]!]]);
  }
  return (nameGroups = groups);
}

/**
 * What the 2025 unit (province or commune) of this bare name is named after: "person",
 * "number" or "event"; null when the name is a 2025 unit named after none of these; undefined
 * when no 2025 unit has this name (an older unit, a district, a typo), for the caller to guess.
 * A name shared by several units is named after something if any of them is (the first such
 * line of the named-units list says what).
 */
export function namedUnit(name: string): NamedAfter | null | undefined {
  const key = nameKey(name);
  let answer: NamedAfter | null | undefined;
  for (const [listed, namedAfter] of groupedNames().get(foldKey(dashed(name))) ?? []) {
    if (!answer && nameKey(listed) === key) answer = namedAfter;
  }
  return answer;
}
