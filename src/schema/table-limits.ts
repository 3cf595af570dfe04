import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { locate } from "../load/locate.js";
import type { PlanSource } from "../load/plan-source.js";
import type { Plan } from "./plan-schema.js";

/**
 * Rows of appendix tables. Each row costs layout and DOCX time (~0.4 ms) and memory (~40 KB);
 * 50,000 rows took 18 s and 2 GB. A plan's appendix lists tasks, units or dates: hundreds of
 * rows, at most the 3,321 communes of the country. Listed in docs/limits.md.
 */
export const MAX_TABLE_ROWS = 5_000;
/** Rows of all appendix tables of one plan. */
export const MAX_TOTAL_TABLE_ROWS = 10_000;

export function checkTableRows(source: PlanSource, plan: Plan): void {
  const found: Diagnostic[] = [];
  let total = 0;
  (plan.appendices ?? []).forEach((appendix, index) => {
    const rows = appendix.table?.rows.length ?? 0;
    const before = total;
    total += rows;
    const limit = rows > MAX_TABLE_ROWS ? MAX_TABLE_ROWS : total > MAX_TOTAL_TABLE_ROWS && found.length === 0 ? MAX_TOTAL_TABLE_ROWS - before : undefined;
    if (limit === undefined) return;
    const path = ["appendices", index, "table", "rows", limit];
    const position = locate(source, path);
    found.push(
      errorDiagnostic(
        "schema-too-many-rows",
        rows > MAX_TABLE_ROWS
          ? t(`bảng có ${rows.toLocaleString("vi-VN")} dòng; một bảng phụ lục có tối đa ${MAX_TABLE_ROWS.toLocaleString("vi-VN")} dòng`, `the table has ${rows.toLocaleString("en-US")} rows; an appendix table has at most ${MAX_TABLE_ROWS.toLocaleString("en-US")}`)
          : t(`các bảng phụ lục có tổng cộng hơn ${MAX_TOTAL_TABLE_ROWS.toLocaleString("vi-VN")} dòng`, `the appendix tables have more than ${MAX_TOTAL_TABLE_ROWS.toLocaleString("en-US")} rows in all`),
        {
          file: source.source.file,
          path,
          ...(position ? { position } : {}),
          hint: t("chia bảng ra nhiều kế hoạch, hoặc gửi kèm bảng tính riêng", "split the table over several plans, or attach it as a separate spreadsheet"),
        },
      ),
    );
  });
  if (found.length > 0) throw new KehoachError("schema", found);
}
