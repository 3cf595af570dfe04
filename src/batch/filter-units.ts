import { errorDiagnostic, KehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { foldKey } from "../render/vietnamese.js";
import { distance } from "../schema/suggest.js";
import type { UnitRow } from "./read-units.js";

/**
 * `--where FIELD=VALUE`: keeps the units whose column FIELD equals VALUE, ignoring case,
 * diacritics and where the tone mark sits ("Hòa" = "Hoà"), so a clerk typing on any keyboard
 * layout finds the province. Several filters must all hold.
 */
export interface UnitFilter {
  readonly field: string;
  readonly value: string;
}

export function parseWhere(expr: string): UnitFilter {
  const eq = expr.indexOf("=");
  const field = eq < 0 ? "" : expr.slice(0, eq).trim();
  if (eq < 0 || field === "") {
    throw new KehoachError(
      "usage",
      errorDiagnostic("batch-where", t(`--where cần dạng CỘT=GIÁ_TRỊ, nhận được "${expr}"`, `--where needs COLUMN=VALUE, got "${expr}"`), {
        hint: t('ví dụ: --where province_name="Lạng Sơn"', 'e.g. --where province_name="Lạng Sơn"'),
      }),
    );
  }
  return { field: field.normalize("NFC"), value: expr.slice(eq + 1).normalize("NFC").trim() };
}

/** Refuses a filter on a column the list does not have (a typo would silently select nothing). */
export function checkFilterColumns(filters: readonly UnitFilter[], columns: readonly string[]): void {
  for (const f of filters) {
    if (!columns.includes(f.field)) {
      throw new KehoachError(
        "usage",
        errorDiagnostic("batch-where-column", t(`--where: danh sách đơn vị không có cột "${f.field}"`, `--where: the unit list has no column "${f.field}"`), {
          hint: columns.length
            ? t(`các cột có: ${columns.join(", ")}`, `columns: ${columns.join(", ")}`)
            : t("danh sách đơn vị không có dòng tiêu đề nêu tên cột", "the unit list has no header row naming its columns"),
        }),
      );
    }
  }
}

export function matchesAll(record: Readonly<Record<string, string>>, filters: readonly UnitFilter[]): boolean {
  return filters.every((f) => foldKey(record[f.field] ?? "") === foldKey(f.value));
}

export function filterUnits(rows: readonly UnitRow[], filters: readonly UnitFilter[]): UnitRow[] {
  if (filters.length === 0) return [...rows];
  return rows.filter((row) => matchesAll(row.record, filters));
}

/**
 * When filters select nothing, the likely typo: the first filter whose value no unit has
 * ("Lang Song" for Lạng Sơn), with the closest values of that column.
 */
export function filterValueHint(rows: readonly UnitRow[], filters: readonly UnitFilter[]): LocalText | undefined {
  for (const f of filters) {
    const wanted = foldKey(f.value);
    const values = new Map<string, string>();
    for (const row of rows) {
      const v = row.record[f.field] ?? "";
      if (!values.has(foldKey(v))) values.set(foldKey(v), v);
    }
    if (values.has(wanted)) continue;
    const ranked = [...values.entries()]
      .map(([key, shown]) => ({ shown, d: distance(wanted, key) }))
      .filter((x) => x.shown !== "" && x.d <= Math.max(2, Math.floor(wanted.length / 3)))
      .sort((a, b) => a.d - b.d || a.shown.localeCompare(b.shown, "vi"))
      .slice(0, 3)
      .map((x) => `${f.field}="${x.shown}"`);
    return ranked.length
      ? t(`không đơn vị nào có ${f.field}="${f.value}"; có phải ý bạn là ${ranked.join(" hoặc ")}?`, `no unit has ${f.field}="${f.value}"; did you mean ${ranked.join(" or ")}?`)
      : t(`không đơn vị nào có ${f.field}="${f.value}" (cột có ${values.size} giá trị khác nhau); kiểm tra chính tả`, `no unit has ${f.field}="${f.value}" (the column has ${values.size} distinct values); check the spelling`);
  }
  return undefined;
}
