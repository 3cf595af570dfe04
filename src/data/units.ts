import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
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
 * ("Phường Lương Văn Tri", "Xã Quang Trung"): ND30 PL I, II.4.a; PL II, III.1.b.
 */
export type NamedAfter = "person" | "number" | "event";

export interface NamedUnitRecord {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly province_name: string;
  readonly named_after: NamedAfter;
  readonly note: string;
}

let namedUnits: NamedUnitRecord[] | undefined;

/** The notes hold commas, so this file is quoted CSV (RFC 4180), unlike the plain unit lists. */
export const allNamedUnits = (): readonly NamedUnitRecord[] =>
  (namedUnits ??= parseCsv(readFileSync(`${DATA_DIR}named-units.csv`, "utf8"), { columns: true, skip_empty_lines: true }) as NamedUnitRecord[]);

/**
 * Every 2025 name (34 provinces, 3,321 communes) keyed by `phraseToneKey`, which ignores case
 * and where the tone mark sits ("Hòa" = "Hoà") but, unlike `foldKey`, keeps the other marks:
 * "Kim Đồng" (a person) is not "Kim Đông" (a place), nor "Ba Đình" "Ba Dinh". The value is what
 * the unit is named after, or null. A name shared by several units is named after something
 * if any of them is.
 */
let namedIndex: Map<string, NamedAfter | null> | undefined;

/** "Lâm Viên-Đà Lạt" and "Lâm Viên – Đà Lạt" are written "Lâm Viên - Đà Lạt" in the list. */
const nameKey = (name: string): string => phraseToneKey(name.replace(/\s*[-–]\s*/gu, " - "));

function namedUnitIndex(): Map<string, NamedAfter | null> {
  if (namedIndex) return namedIndex;
  const index = new Map<string, NamedAfter | null>();
  for (const unit of [...allProvinces(), ...allCommunes()]) index.set(nameKey(unit.name), null);
  for (const unit of allNamedUnits()) {
    const key = nameKey(unit.name);
    if (!index.get(key)) index.set(key, unit.named_after);
  }
  return (namedIndex = index);
}

/**
 * What the 2025 unit (province or commune) of this bare name is named after: "person",
 * "number" or "event"; null when the name is a 2025 unit named after none of these; undefined
 * when no 2025 unit has this name (an older unit, a district, a typo), for the caller to guess.
 */
export function namedUnit(name: string): NamedAfter | null | undefined {
  return namedUnitIndex().get(nameKey(name));
}
