import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { readBounded } from "../load/read-bounded.js";
import { notRegularFile } from "../load/read-source.js";
import { firstXmlIllegalAt, ILLEGAL_CHAR_HINT, illegalCharMessage } from "../load/xml-chars.js";
import type { UnitRecord } from "../resolve/resolve-plan.js";

/**
 * Batch stage 1: the list of units (one plan per unit). A CSV with a header row (the bundled
 * data/communes-2025.csv: code,name,type,province_code,province_name) or a YAML list of maps.
 * Every value becomes a string (NFC, trimmed), because it is the `unit` context of the
 * plan's templates: `{{unit.name}}`. The `code` column is required; it names the output.
 */

/** A units file bigger than this is not a list of administrative units (all 3,321 communes: ~0.2 MB). */
export const MAX_UNITS_BYTES = 16 * 1024 * 1024;
/** Lines of a unit list (a YAML list has several per unit): 15 times the communes of the country. */
export const MAX_UNIT_LINES = 50_000;

export interface UnitRow {
  /** 0-based position among the file's records (stable: output names and shards use it). */
  readonly index: number;
  /** The record's first line in the file (1-based), for messages. */
  readonly line: number;
  readonly record: UnitRecord;
  /** A cell Word cannot hold: the unit fails with this, the others are written. */
  readonly problem?: Diagnostic;
}

export interface UnitTable {
  readonly file: string;
  /** Every column seen, in first-seen order. */
  readonly columns: readonly string[];
  readonly rows: readonly UnitRow[];
}

const fail = (file: string, code: string, message: LocalText, hint?: LocalText, position?: { line: number; column: number }): never => {
  throw new KehoachError("batch", errorDiagnostic(code, message, { file, ...(hint ? { hint } : {}), ...(position ? { position } : {}) }));
};

const clean = (s: string): string => s.normalize("NFC").trim();

/** A cell as text: scalars as written, lists joined with "|" (the separator of list columns). */
function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return clean(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) {
    return value.map((v) => cellText(v)!).join("|");
  }
  return undefined;
}

function decode(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(
      file,
      "units-not-utf8",
      t("danh sách đơn vị không phải mã UTF-8", "the unit list is not UTF-8"),
      t("lưu lại tệp với bảng mã Unicode UTF-8 (Excel: \"CSV UTF-8\")", "save the file as Unicode UTF-8 (Excel: \"CSV UTF-8\")"),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, "\n");
}

function fromCsv(file: string, text: string): UnitTable {
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  let columns: string[] = [];
  try {
    parsed = parseCsv(text, {
      columns: (header: string[]) => (columns = header.map(clean)),
      info: true,
      skip_empty_lines: true,
      relax_quotes: false,
    }) as unknown as typeof parsed;
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    const where = e.lines === undefined ? "" : ` (dòng ${e.lines})`;
    const whereEn = e.lines === undefined ? "" : ` (line ${e.lines})`;
    return fail(file, "units-csv", t(`tệp CSV sai định dạng${where}: ${e.message ?? String(err)}`, `malformed CSV${whereEn}: ${e.message ?? String(err)}`));
  }
  const rows = parsed.map(({ record, info }, index) => ({
    index,
    // csv-parse counts the lines read so far: the record ends on `lines`.
    line: info.lines,
    record: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, clean(v)])),
  }));
  return { file, columns, rows };
}

function fromYaml(file: string, text: string): UnitTable {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 200, uniqueKeys: true });
  } catch (err) {
    return fail(file, "units-yaml", t(`tệp YAML sai cú pháp: ${(err as Error).message.split("\n")[0]}`, `YAML syntax error: ${(err as Error).message.split("\n")[0]}`));
  }
  const list = Array.isArray(data) ? data : data && typeof data === "object" && Array.isArray((data as { units?: unknown }).units) ? (data as { units: unknown[] }).units : undefined;
  if (!list) {
    return fail(
      file,
      "units-yaml-shape",
      t("tệp YAML phải là một danh sách đơn vị (hoặc có khóa units: là danh sách)", "the YAML file must be a list of units (or have a units: list)"),
    );
  }
  const columns: string[] = [];
  const rows = list.map((item, index): UnitRow => {
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      return fail(file, "units-yaml-shape", t(`đơn vị thứ ${index + 1} không phải một bảng khóa: giá trị`, `unit #${index + 1} is not a map of key: value`));
    }
    const record: Record<string, string> = {};
    let problem: Diagnostic | undefined;
    for (const [rawKey, value] of Object.entries(item as Record<string, unknown>)) {
      const key = clean(rawKey);
      const text = cellText(value);
      const bad = text === undefined ? undefined : firstXmlIllegalAt(text);
      if (bad && !problem) {
        // Written as an escape ("\u0001") in a quoted value: the scan of the raw text did not see it.
        const message = illegalCharMessage(bad.name);
        problem = errorDiagnostic("units-xml-illegal-char", t(`đơn vị thứ ${index + 1}, cột "${key}": ${message.vi}`, `unit #${index + 1}, column "${key}": ${message.en}`), { file, hint: ILLEGAL_CHAR_HINT });
      }
      if (text === undefined) {
        return fail(file, "units-yaml-shape", t(`đơn vị thứ ${index + 1}, cột "${key}": chỉ nhận chữ, số hoặc danh sách chữ`, `unit #${index + 1}, column "${key}": only text, numbers or a list of texts`));
      }
      if (!columns.includes(key)) columns.push(key);
      record[key] = text;
    }
    return { index, line: 0, record, ...(problem ? { problem } : {}) };
  });
  return { file, columns, rows };
}

/** Parses a unit list already read; the format comes from the extension (.csv, .yaml/.yml). */
export function parseUnits(file: string, bytes: Uint8Array): UnitTable {
  // Counted on the bytes, before any parsing: a list of a million short rows took minutes.
  let lines = 0;
  for (let i = bytes.indexOf(10); i >= 0 && lines <= MAX_UNIT_LINES; i = bytes.indexOf(10, i + 1)) lines++;
  if (lines > MAX_UNIT_LINES) {
    return fail(
      file,
      "units-too-many",
      t(`danh sách đơn vị có hơn ${MAX_UNIT_LINES.toLocaleString("vi-VN")} dòng; cả nước có 3.321 xã, phường, đặc khu`, `the unit list has more than ${MAX_UNIT_LINES.toLocaleString("en-US")} lines; the whole country has 3,321 communes`),
      t("chia danh sách thành nhiều tệp", "split the list into several files"),
    );
  }
  const text = decode(file, bytes);
  const table = /\.ya?ml$/i.test(file) ? fromYaml(file, text) : /\.csv$/i.test(file) ? fromCsv(file, text) : undefined;
  if (!table) {
    return fail(file, "units-format", t("danh sách đơn vị phải là tệp .csv hoặc .yaml", "the unit list must be a .csv or .yaml file"));
  }
  if (!table.columns.includes("code")) {
    return fail(
      file,
      "units-no-code",
      t("danh sách đơn vị thiếu cột \"code\" (mã đơn vị hành chính)", "the unit list has no \"code\" column (administrative unit code)"),
      t(`các cột có: ${table.columns.join(", ") || "(không có)"}`, `columns found: ${table.columns.join(", ") || "(none)"}`),
    );
  }
  return markIllegalCells(file, text, table);
}

/**
 * Characters Word cannot hold (a control character pasted from another program) are refused,
 * never removed, as in a plan: the unit whose row holds one fails naming the line and column;
 * the other units are written. In the header row or a YAML list (no row lines) the file fails.
 */
function markIllegalCells(file: string, text: string, table: UnitTable): UnitTable {
  if (!firstXmlIllegalAt(text)) return table;
  const problems = new Map<number, Diagnostic>();
  text.split("\n").forEach((lineText, i) => {
    const found = firstXmlIllegalAt(lineText);
    if (!found) return;
    const at = { line: i + 1, column: found.column };
    // A CSV record ends on its `line` (a quoted cell may span lines): the first row ending here or later.
    const row = table.rows.find((r) => r.line >= at.line);
    if (!row || row.line === 0 || at.line === 1) fail(file, "units-xml-illegal-char", illegalCharMessage(found.name), ILLEGAL_CHAR_HINT, at);
    else if (!problems.has(row.index)) problems.set(row.index, errorDiagnostic("units-xml-illegal-char", illegalCharMessage(found.name), { file, position: at, hint: ILLEGAL_CHAR_HINT }));
  });
  return { ...table, rows: table.rows.map((r) => (problems.has(r.index) ? { ...r, problem: problems.get(r.index)! } : r)) };
}

export async function readUnits(file: string): Promise<UnitTable> {
  let bytes: Uint8Array;
  try {
    // Counted while reading: a link to /dev/zero has a stat size of 0 and never ends.
    const read = await readBounded(file, MAX_UNITS_BYTES);
    if (!read.ok && read.problem === "not-regular") throw new KehoachError("io", errorDiagnostic("io-not-regular", notRegularFile(read.kind), { file }));
    if (!read.ok) {
      const mb = MAX_UNITS_BYTES / 1048576;
      return fail(file, "units-too-large", t(`danh sách đơn vị quá lớn (đã dừng đọc sau ${mb} MB)`, `unit list too large (stopped reading after ${mb} MB)`));
    }
    bytes = read.bytes;
  } catch (err) {
    if (err instanceof KehoachError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    const message =
      code === "ENOENT"
        ? t("không tìm thấy danh sách đơn vị", "unit list not found")
        : code === "EISDIR"
          ? t("đây là thư mục, không phải danh sách đơn vị", "this is a directory, not a unit list")
          : t(`không đọc được danh sách đơn vị (${code})`, `cannot read the unit list (${code})`);
    throw new KehoachError("io", errorDiagnostic("io-read", message, { file }));
  }
  return parseUnits(file, bytes);
}
