import type { ResolvedAppendix, ResolvedTable } from "../resolve/resolved-plan.js";
import { toRoman, upperVi } from "../render/vietnamese.js";
import { lineBlock } from "./body-blocks.js";
import type { AppendixLayout, TableCell, TableLayout } from "./layout-model.js";
import { textWidthMm as measureMm } from "./measure-text.js";
import { ND30, pageTextWidthMm } from "./nd30.js";
import { CELL_PADDING_MM } from "./page-grid.js";

/**
 * Column widths in mm: the plan's relative widths scaled to the text width, but never narrower
 * than the longest word of the column's title (so "STT" does not wrap as "ST/T").
 */
export function columnWidths(table: ResolvedTable, widthMm: number): number[] {
  const size = ND30.tableText.sizePt.value;
  const minimum = table.columns.map(
    (c) => Math.max(...c.title.split(/\s+/).map((w) => measureMm(w, size, { bold: true }))) + 2 * CELL_PADDING_MM + 1,
  );
  // Pin columns that would fall below their minimum, share the rest by weight; repeat until stable.
  const pinned = new Set<number>();
  for (;;) {
    const freeWeight = table.columns.reduce((sum, c, i) => (pinned.has(i) ? sum : sum + c.width), 0);
    const freeMm = widthMm - [...pinned].reduce((sum, i) => sum + minimum[i]!, 0);
    const widths = table.columns.map((c, i) => (pinned.has(i) ? minimum[i]! : (c.width / freeWeight) * freeMm));
    const tooNarrow = widths.findIndex((w, i) => !pinned.has(i) && w < minimum[i]!);
    if (tooNarrow < 0 || pinned.size === table.columns.length - 1) return widths;
    pinned.add(tooNarrow);
  }
}

/** Header row, then group rows (I, II… spanning the table) and data rows numbered 1, 2… per group. */
export function tableLayout(table: ResolvedTable, widthMm: number): TableLayout {
  const header: TableCell[] = table.columns.map((c) => ({ text: c.title, bold: true, align: "center" }));
  const rows: TableCell[][] = [];
  let group = 0;
  let item = 0;
  const dataColumns = table.numbered ? table.columns.slice(1) : table.columns;
  for (const row of table.rows) {
    if (row.kind === "group") {
      group++;
      item = 0;
      const label = row.label ?? toRoman(group);
      rows.push(
        table.numbered
          ? [
              { text: label, bold: true, align: "center" },
              { text: row.title, bold: true, span: table.columns.length - 1, align: "left" },
            ]
          : [{ text: label ? `${label}. ${row.title}` : row.title, bold: true, span: table.columns.length, align: "left" }],
      );
      continue;
    }
    item++;
    const cells: TableCell[] = dataColumns.map((c, j) => ({ text: row.cells[j] ?? "", align: c.align }));
    rows.push(table.numbered ? [{ text: String(item), align: "center" }, ...cells] : cells);
  }
  return { widthsMm: columnWidths(table, widthMm), header, rows };
}

/** PL I, Phần III: "Phụ lục" alone, or "Phụ lục I, II…" when there are several. */
export function appendixLayout(appendix: ResolvedAppendix, index: number, count: number): AppendixLayout {
  const title = upperVi(appendix.title);
  const textWidth = pageTextWidthMm(appendix.orientation);
  const titleWidth = measureMm(title, ND30.appendixTitle.sizePt.value, { bold: true });
  return {
    label: appendix.label ?? (count > 1 ? `Phụ lục ${toRoman(index + 1)}` : "Phụ lục"),
    title,
    reference: appendix.reference.startsWith("(") ? appendix.reference : `(${appendix.reference})`,
    ruleMm: Math.min(titleWidth, textWidth) * ND30.rules.trichYeuFraction.value,
    orientation: appendix.orientation,
    blocks: appendix.body.map(lineBlock),
    table: appendix.table ? tableLayout(appendix.table, textWidth) : null,
  };
}
