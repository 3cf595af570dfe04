import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { DATA_DIR, type NamedAfter } from "./units.js";

/**
 * The lines of data/named-units.csv in full, notes included (compiled by hand: data/named-units.md).
 * `namedUnit` (src/data/units.ts) needs only the plain first five columns and reads them
 * without a CSV parser; this reader is for the data's tests and tools.
 */
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
