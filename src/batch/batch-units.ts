import { errorDiagnostic, KehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import type { BatchOptions, BatchUnit } from "./batch-options.js";
import type { ManifestEntry } from "./manifest.js";
import type { UnitOutcome } from "./render-unit.js";
import { checkFilterColumns, filterUnits, filterValueHint, type UnitFilter } from "./filter-units.js";
import { assignOutputNames } from "./output-name.js";
import { readUnits } from "./read-units.js";
import { selectShard } from "./shard.js";

/**
 * Batch stage 1b: the units a run renders, in order, and their lines in the manifest. Reads
 * the unit list, checks the filters' columns, names every output file from the whole list (so
 * filters and shards never rename a file), then filters and shards.
 */
export async function batchUnits(options: Pick<BatchOptions, "unitsFile" | "where" | "shard">): Promise<BatchUnit[]> {
  const table = await readUnits(options.unitsFile);
  const where = options.where ?? [];
  checkFilterColumns(where, table.columns);
  const names = assignOutputNames(table.rows.map((r) => r.record));
  const filtered = filterUnits(table.rows, where);
  if (filtered.length === 0) throw noUnitsError(where, options.unitsFile, filterValueHint(table.rows, where));
  return selectShard(filtered, options.shard).map((row, index) => {
    const file = names[row.index]!;
    return {
      index,
      code: row.record.code ?? "",
      name: [row.record.type, row.record.name].filter((s) => s && s.trim() !== "").join(" "),
      file,
      line: row.line,
      task: { index, record: row.record, file, line: row.line, ...(row.problem ? { problem: row.problem } : {}) },
    };
  });
}

/** A unit's line in manifest.json: "pending" before the run takes it, "skipped" if it never did. */
export const unitEntry = (unit: BatchUnit, o: UnitOutcome | undefined, pending = false): ManifestEntry => ({
  code: unit.code,
  name: unit.name,
  file: o?.status === "failed" && unit.code.trim() === "" ? null : unit.file,
  sha256: o?.sha256 ?? null,
  status: o === undefined ? (pending ? "pending" : "skipped") : o.status === "failed" ? "failed" : o.status === "unchanged" ? "unchanged" : "written",
  warnings: o?.warnings ?? [],
  error: o?.error ?? null,
});

function noUnitsError(filters: readonly UnitFilter[], file: string, hint?: LocalText): KehoachError {
  const what = filters.map((f) => `${f.field}=${f.value}`).join(" ");
  return new KehoachError(
    "batch",
    errorDiagnostic("batch-no-units", filters.length ? t(`không có đơn vị nào khớp ${what}`, `no unit matches ${what}`) : t("danh sách đơn vị trống", "the unit list is empty"), {
      file,
      ...(filters.length ? { hint: hint ?? t("kiểm tra chính tả giá trị lọc", "check the spelling of the filter value") } : {}),
    }),
  );
}
