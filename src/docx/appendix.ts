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
import type { AppendixLayout, AppendixSignature, Run, TableCell as CellLayout, TableLayout } from "../layout/layout-model.js";
import { ruleParagraph } from "./rules.js";
import { plainRun, textRun } from "./runs.js";
import { centred, layoutTable } from "./tables.js";
import { mmToTwip } from "./units.js";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/** A cell's lines as runs: its footnote-bearing runs split at line breaks, or its plain text. */
function cellLines(c: CellLayout): Run[][] {
  if (!c.runs) return c.text.split("\n").map((line) => [{ text: line }]);
  const lines: Run[][] = [[]];
  for (const r of c.runs) {
    if (r.footnote) {
      lines[lines.length - 1]!.push(r);
      continue;
    }
    r.text.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ text: piece });
    });
  }
  return lines;
}

function cell(c: CellLayout, widthTwip: number): TableCell {
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(c.span && c.span > 1 ? { columnSpan: c.span } : {}),
    children: cellLines(c).map(
      (runs) =>
        new Paragraph({
          alignment: ALIGN[c.align],
          indent: { firstLine: 0 },
          spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO },
          children: runs.map((r) => textRun(r, { bold: c.bold ?? false, sizePt: ND30.tableText.sizePt.value })),
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

/** PL I, Phần III: "Phụ lục I" (14 bold), title (upper, bold), "(Kèm theo …)" (italic), rule; "" label or reference: no line. */
export function appendixHead(appendix: AppendixLayout): Paragraph[] {
  const textWidth = pageTextWidthMm(appendix.orientation);
  return [
    ...(appendix.label ? [centred([plainRun(appendix.label, { bold: true, sizePt: ND30.appendixLabel.sizePt.value })], { keepNext: true })] : []),
    centred(
      appendix.title.map((r) => textRun(r, { bold: true, sizePt: ND30.appendixTitle.sizePt.value })),
      { keepNext: true },
    ),
    ...(appendix.reference
      ? [centred([plainRun(appendix.reference, { italic: true, sizePt: ND30.appendixReference.sizePt.value })], { keepNext: true })]
      : []),
    ruleParagraph(appendix.ruleMm, textWidth),
  ];
}

/** An appendix table, after a small gap (an empty paragraph also keeps two tables apart). */
export function appendixTable(table: TableLayout): (Paragraph | Table)[] {
  return [new Paragraph({ spacing: { before: 120 }, children: [] }), dataTable(table)];
}

/** A small signature block (e.g. "LÃNH ĐẠO ĐƠN VỊ / (Ký tên, đóng dấu)") in half of the text width. */
export function appendixSignature(sig: AppendixSignature, orientation: "portrait" | "landscape"): Table {
  const textWidthMm = pageTextWidthMm(orientation);
  const size = ND30.signerTitle.sizePt.value;
  const lines = [
    ...sig.lines.map((l, i) => centred([plainRun(l, { bold: true, sizePt: size })], i === 0 ? { spacing: { before: 240, after: 0 } } : {})),
    ...(sig.note ? [centred([plainRun(sig.note, { italic: true, sizePt: size })])] : []),
    ...Array.from({ length: ND30.signatureSpaceLines.value }, () => centred([plainRun("", { sizePt: size })])),
    ...(sig.name ? [centred([plainRun(sig.name, { bold: true, sizePt: ND30.signerName.sizePt.value })])] : []),
  ];
  const half = textWidthMm / 2;
  if (sig.align === "center") return layoutTable([textWidthMm / 4, half, textWidthMm / 4], [[[], lines, []]]);
  return layoutTable([half, half], [sig.align === "left" ? [lines, []] : [[], lines]]);
}
