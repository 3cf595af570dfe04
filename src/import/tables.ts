import { toRoman } from "../render/vietnamese.js";
import type { DocBlock, DocCell, DocTable } from "../ooxml/model.js";
import { plainOf } from "./inline-text.js";
import type { Para, ParaReader } from "./para.js";

/**
 * A Word table as the plan's `table:` (columns, rows, groups, numbered). The plan prints cell
 * text as typed (no inline markup), one paragraph per line of the cell, so a cell's paragraphs
 * become lines joined by "\n". The plan has no row span: a vertically merged cell keeps its text
 * once, in its first row, and the cells it covers stay empty (the caller notes it). Header rows
 * that a vertical merge ties together (a two-level header) become one header row whose column
 * titles keep the lower row's text on a second line, so the words stay in reading order.
 */
export interface TableOut {
  numbered?: boolean;
  columns: { title: string; width: number; align?: "center" | "right" | "justify" }[];
  rows: (string[] | { group: string; label?: string })[];
}

export interface TableRead {
  readonly table: TableOut;
  /** Cells covered by a vertical merge in the data rows (their text is kept once, above). */
  readonly verticalMerges: number;
}

const MAX_COLUMNS = 63;
const mm = (twips: number): number => Math.max(1, Math.round(twips / 56.6929));
const NUMBER_TITLE = /^(stt|tt|số tt|số thứ tự)\.?$/iu;
const GROUP_LABEL = /^([IVXLC]+|[A-ZĐ]|\d+)[.)]?$/u;
const GROUP_PREFIX = /^([IVXLC]+|[A-ZĐ])[.)]\s+(.+)$/su;

/** Paragraphs of a cell (nested tables' paragraphs too), empty ones left out. */
function cellParas(blocks: readonly DocBlock[], read: ParaReader): Para[] {
  const out: Para[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") out.push(read.read(b));
    else for (const row of b.rows) for (const cell of row.cells) out.push(...cellParas(cell.blocks, read));
  }
  return out.filter((x) => x.text !== "");
}

/** Every paragraph of a table, row by row, cell by cell, nested tables included. */
export function tableParas(table: DocTable, read: ParaReader): Para[] {
  return table.rows.flatMap((row) => row.cells.flatMap((cell) => cellParas(cell.blocks, read)));
}

/** Cell text as the plan prints it: plain, one line per paragraph, footnote markers kept. */
export const cellText = (cell: DocCell, read: ParaReader): string =>
  cellParas(cell.blocks, read)
    .map((x) => plainOf(x.runs).trim())
    .join("\n");

const bordered = (t: DocTable): boolean =>
  ["top", "bottom", "left", "right", "insideH", "insideV"].some((s) => {
    const v = t.borderSides[s];
    return v !== undefined && !/^(none|nil)$/.test(v);
  });

/** Borders drawn cell by cell (LibreOffice writes a table's borders so): most cells have one. */
const cellsBordered = (t: DocTable): boolean => {
  const cells = t.rows.flatMap((r) => r.cells);
  return cells.length > 0 && cells.filter((c) => c.bordered).length * 2 > cells.length;
};

/**
 * A data table rather than a layout table: drawn with borders (on the table or on its cells),
 * or three rows or more under a header row in bold.
 */
export function looksLikeData(table: DocTable, read: ParaReader): boolean {
  if (bordered(table) || cellsBordered(table)) return true;
  const header = table.rows[0]?.cells.flatMap((c) => cellParas(c.blocks, read)) ?? [];
  return table.rows.length >= 3 && header.length >= 2 && header.every((x) => x.runs.every((r) => r.bold || r.text.trim() === ""));
}

interface Placed {
  readonly cell: DocCell;
  readonly col: number;
  readonly text: string;
  /** The alignment all its paragraphs share ("left" when none is set). */
  readonly align: string | undefined;
}

const ALIGNS: Record<string, "left" | "center" | "right" | "justify"> = { left: "left", start: "left", center: "center", right: "right", end: "right", both: "justify", distribute: "justify" };

function placeRow(cells: readonly DocCell[], read: ParaReader): Placed[] {
  let col = 0;
  return cells.map((cell) => {
    const aligns = new Set(cellParas(cell.blocks, read).map((x) => ALIGNS[x.p.props.align ?? "left"] ?? "left"));
    const placed = { cell, col, text: cellText(cell, read), align: aligns.size === 1 ? [...aligns][0] : undefined };
    col += Math.max(1, cell.span);
    return placed;
  });
}

/** Rows of the header: the first, and the rows tied to it by a vertical merge or marked as header. */
function headerRowCount(rows: readonly Placed[][], table: DocTable): number {
  let n = 1;
  while (n < rows.length - 1) {
    const tied = rows[n]!.some((p) => p.cell.vMerge === "continue") && rows.slice(0, n).some((r) => r.some((p) => p.cell.vMerge === "restart"));
    if (!tied && !(table.rows[n]!.header && table.rows.slice(0, n).every((r) => r.header))) break;
    n++;
  }
  return n;
}

export function readDataTable(table: DocTable, read: ParaReader): TableRead | undefined {
  if (table.rows.length < 2 || table.rows.some((r) => r.cells.some((c) => c.blocks.some((b) => b.kind === "table")))) return undefined;
  const rows = table.rows.map((r) => placeRow(r.cells, read));
  const columnsCount = table.rows.reduce((most, r) => Math.max(most, r.cells.reduce((n, c) => n + Math.max(1, c.span), 0)), table.grid.length);
  // Word has at most 63 columns; more (a damaged or hostile span) is not a table to rebuild.
  if (columnsCount > MAX_COLUMNS) return undefined;
  const headerRows = headerRowCount(rows, table);
  const titles: string[] = Array.from({ length: columnsCount }, () => "");
  for (const row of rows.slice(0, headerRows)) {
    for (const p of row) if (p.text) titles[p.col] = titles[p.col] ? `${titles[p.col]}\n${p.text}` : p.text;
  }
  const widths = titles.map((_, i) => {
    const own = table.grid[i];
    if (own) return mm(own);
    const holder = rows[0]!.find((p) => p.col <= i && i < p.col + p.cell.span);
    return mm((holder?.cell.width ?? 1000) / (holder?.cell.span ?? 1));
  });
  const numbered = NUMBER_TITLE.test(titles[0] ?? "");
  const dataColumns = columnsCount - (numbered ? 1 : 0);
  const out: TableOut["rows"] = [];
  let verticalMerges = 0;
  let groups = 0;
  let item = 0;
  let numbersRun = numbered;
  for (const row of rows.slice(headerRows)) {
    const filled = row.filter((p) => p.text !== "");
    const cells = Array.from({ length: columnsCount }, () => "");
    for (const p of row) {
      cells[p.col] = p.text;
      if (p.cell.vMerge === "continue" && p.text === "") verticalMerges++;
    }
    const group = groupOf(row, filled, columnsCount, numbered, groups + 1);
    if (group) {
      groups++;
      item = 0;
      out.push(group);
      continue;
    }
    item++;
    if (numbered && cells[0]!.replace(/\.$/, "") !== String(item)) numbersRun = false;
    out.push(cells);
  }
  const aligned = columnAligns(rows.slice(headerRows), columnsCount, numbered);
  const columns = (titles: string[], widths: number[]) => titles.map((title, i) => ({ title, width: widths[i]!, ...(aligned[i] ? { align: aligned[i] } : {}) }));
  if (numbered && numbersRun) {
    // kehoach numbers the rows itself (1, 2… again in each group): the STT column is left to it.
    const rowsOut = out.map((r) => (Array.isArray(r) ? r.slice(1, 1 + dataColumns) : r));
    return { table: { ...(!/^stt\.?$/iu.test(titles[0]!) ? { numbered: true } : {}), columns: columns(titles, widths), rows: rowsOut }, verticalMerges };
  }
  // Numbers that do not run 1, 2, 3… (or no number column): every column as typed; a group
  // row then prints "label. title" across the table, as the source has it.
  return { table: { ...(numbered ? { numbered: false } : {}), columns: columns(titles, widths), rows: out }, verticalMerges };
}

/** A column whose filled data cells are all centred (right, justified) keeps that alignment; left is the default. */
function columnAligns(rows: readonly Placed[][], count: number, numbered: boolean): ("center" | "right" | "justify" | undefined)[] {
  return Array.from({ length: count }, (_, i) => {
    const seen = new Set(rows.flatMap((r) => r.filter((p) => p.col === i && p.cell.span === 1 && p.text !== "").map((p) => p.align)));
    const only = seen.size === 1 ? [...seen][0] : undefined;
    const fallback = numbered && i === 0 ? "center" : "left";
    return only === "center" || only === "right" || only === "justify" ? (only === fallback ? undefined : only) : undefined;
  });
}

/**
 * A group row: one filled cell across the table ("I. Tuyên truyền", or a title alone), or, in a
 * table with an STT column, a short label in that column and one cell across the rest. The label
 * is left out when it is the Roman numeral kehoach would print; a title without a label gets
 * `label: ""` so that none is added.
 */
function groupOf(row: readonly Placed[], filled: readonly Placed[], columnsCount: number, numbered: boolean, next: number): { group: string; label?: string } | undefined {
  if (columnsCount < 2) return undefined;
  const auto = toRoman(next);
  const labelled = (label: string, title: string) => (label === auto ? { group: title } : { group: title, label });
  if (filled.length === 1 && filled[0]!.cell.span >= columnsCount && !filled[0]!.text.includes("\n")) {
    const text = filled[0]!.text;
    const m = GROUP_PREFIX.exec(text);
    if (m) return labelled(m[1]!, m[2]!);
    return { group: text, label: "" };
  }
  if (numbered && row.length === 2 && row[1]!.cell.span >= columnsCount - 1 && row[1]!.text !== "" && !row[1]!.text.includes("\n")) {
    const label = row[0]!.text.replace(/\.$/, "");
    if (label === "" || GROUP_LABEL.test(label)) {
      if (/^\d+$/.test(label)) return undefined;
      return label === "" ? { group: row[1]!.text, label: "" } : labelled(label, row[1]!.text);
    }
  }
  return undefined;
}
