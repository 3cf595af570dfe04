import type { ResolvedAppendix, ResolvedAppendixContent, ResolvedTable } from "../resolve/resolved-plan.js";
import { toRoman } from "../render/vietnamese.js";
import { lineBlock } from "./body-blocks.js";
import { parseInline, plainText, splitFootnotes, upperKeepingCase } from "./inline-markup.js";
import type { AppendixLayout, AppendixPiece, Block, TableCell, TableLayout } from "./layout-model.js";
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
  const header: TableCell[] = table.columns.map((c) => withNotes({ text: c.title, bold: true, align: "center" }));
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
              withNotes({ text: row.title, bold: true, span: table.columns.length - 1, align: "left" }),
            ]
          : [withNotes({ text: label ? `${label}. ${row.title}` : row.title, bold: true, span: table.columns.length, align: "left" })],
      );
      continue;
    }
    item++;
    const cells: TableCell[] = dataColumns.map((c, j) => withNotes({ text: row.cells[j] ?? "", align: c.align }));
    rows.push(table.numbered ? [{ text: String(item), align: "center" }, ...cells] : cells);
  }
  return { widthsMm: columnWidths(table, widthMm), header, rows };
}

/** A cell that holds footnote markers carries runs (its text without them, for measuring). */
function withNotes(cell: TableCell): TableCell {
  if (!cell.text.includes("[^")) return cell;
  const runs = splitFootnotes(cell.text, cell.bold ? { bold: true } : {});
  return runs.some((r) => r.footnote) ? { ...cell, text: plainText(runs), runs } : cell;
}

function pieceOf(content: ResolvedAppendixContent, textWidth: number): AppendixPiece {
  switch (content.kind) {
    case "table":
      return { kind: "table", table: tableLayout(content.table, textWidth) };
    case "signature":
      return { kind: "signature", signature: content.signature };
    case "text": {
      const emphasis = { ...(content.bold ? { bold: true } : {}), ...(content.italic ? { italic: true } : {}) };
      const blocks = content.lines.map((line): Block => {
        const block = content.align === "justify" ? lineBlock(line) : { role: "paragraph" as const, runs: parseInline(line) };
        const runs = block.runs.map((r) => (r.footnote ? r : { ...r, ...emphasis }));
        return { ...block, runs, ...(content.align === "justify" ? {} : { align: content.align }) };
      });
      return { kind: "blocks", blocks };
    }
  }
}

/** PL I, Phần III: "Phụ lục" alone, or "Phụ lục I, II…" when there are several. */
export function appendixLayout(appendix: ResolvedAppendix, index: number, count: number): AppendixLayout {
  const title = upperKeepingCase(appendix.title);
  const textWidth = pageTextWidthMm(appendix.orientation);
  const titleRuns = splitFootnotes(title);
  const titleWidth = measureMm(plainText(titleRuns), ND30.appendixTitle.sizePt.value, { bold: true });
  const reference = appendix.reference;
  return {
    label: appendix.label ?? (count > 1 ? `Phụ lục ${toRoman(index + 1)}` : "Phụ lục"),
    title: titleRuns,
    reference: reference === "" || reference.startsWith("(") ? reference : `(${reference})`,
    ruleMm: Math.min(titleWidth, textWidth) * ND30.rules.trichYeuFraction.value,
    orientation: appendix.orientation,
    content: appendix.content.map((c) => pieceOf(c, textWidth)),
  };
}
