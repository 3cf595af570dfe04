import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

export function findProvince(name: string): ProvinceRecord | undefined {
  const key = foldKey(name.replace(/^\s*(tỉnh|thành phố|tp\.?)\s+/iu, ""));
  return allProvinces().find((p) => foldKey(p.name) === key || p.code === name.trim());
}

/** "Lạng Sơn" → "tỉnh Lạng Sơn", "Hà Nội" → "thành phố Hà Nội"; unknown names (pre-2025) → "tỉnh …". */
export function provinceFullName(name: string): string {
  const trimmed = name.trim();
  if (/^(tỉnh|thành phố)\s/iu.test(trimmed)) return trimmed;
  const found = findProvince(trimmed);
  return `${found?.type === "Thành phố" ? "thành phố" : "tỉnh"} ${trimmed}`;
}
