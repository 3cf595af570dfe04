import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import { ND30, pageTextWidthMm } from "../layout/nd30.js";
import type { AppendixLayout, TableCell as CellLayout, TableLayout } from "../layout/layout-model.js";
import { ruleParagraph } from "./rules.js";
import { plainRun } from "./runs.js";
import { centred } from "./tables.js";
import { mmToTwip } from "./units.js";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function cell(c: CellLayout, widthTwip: number): TableCell {
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(c.span && c.span > 1 ? { columnSpan: c.span } : {}),
    children: c.text.split("\n").map(
      (line) =>
        new Paragraph({
          alignment: ALIGN[c.align],
          indent: { firstLine: 0 },
          spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO },
          children: [plainRun(line, { bold: c.bold ?? false, sizePt: ND30.tableText.sizePt.value })],
        }),
    ),
  });
}

/** A data table with absolute widths (see tables.ts) and a header row repeated on every page. */
export function dataTable(table: TableLayout): Table {
  const widths = table.widthsMm.map(mmToTwip);
  const spanWidth = (row: readonly CellLayout[], i: number): number => {
    const start = row.slice(0, i).reduce((n, c) => n + (c.span ?? 1), 0);
    return widths.slice(start, start + (row[i]!.span ?? 1)).reduce((a, b) => a + b, 0);
  };
  const row = (cells: readonly CellLayout[], header = false) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((c, i) => cell(c, spanWidth(cells, i))) });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [row(table.header, true), ...table.rows.map((r) => row(r))],
  });
}

/** PL I, Phần III: "Phụ lục I" (14 bold), title (upper, bold), "(Kèm theo …)" (italic), rule. */
export function appendixHead(appendix: AppendixLayout): Paragraph[] {
  const textWidth = pageTextWidthMm(appendix.orientation);
  return [
    centred([plainRun(appendix.label, { bold: true, sizePt: ND30.appendixLabel.sizePt.value })], { keepNext: true }),
    centred([plainRun(appendix.title, { bold: true, sizePt: ND30.appendixTitle.sizePt.value })], { keepNext: true }),
    centred([plainRun(appendix.reference, { italic: true, sizePt: ND30.appendixReference.sizePt.value })], { keepNext: true }),
    ruleParagraph(appendix.ruleMm, textWidth),
  ];
}

/** The appendix's table, after a small gap (its body blocks come between head and table). */
export function appendixTable(table: TableLayout): (Paragraph | Table)[] {
  return [new Paragraph({ spacing: { before: 120 }, children: [] }), dataTable(table)];
}
