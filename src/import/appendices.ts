import { APPENDIX_LABEL } from "../check/anatomy.js";
import { t } from "../i18n/text.js";
import { foldKey, toRoman } from "../render/vietnamese.js";
import type { DocModel, DocTable } from "../ooxml/model.js";
import { markupOf, plainOf } from "./inline-text.js";
import { isCapitals, type CaseDictionary } from "./letter-case.js";
import type { Notes } from "./notes.js";
import { quote } from "./notes.js";
import type { Para, ParaReader } from "./para.js";

/**
 * What follows the signature: appendices. Each starts at a "Phụ lục …" label (or, without one,
 * at the first content after the signature or a new page section); then come the title, the
 * "(Kèm theo …)" line and the content. A bordered table that ends the appendix becomes its
 * `table` (header row → columns, a bold full-width row → group, an STT/TT column → numbered);
 * every other paragraph and cell is kept in order as a body line.
 */
export interface TableOut {
  numbered?: boolean;
  columns: { title: string; width: number }[];
  rows: (string[] | { group: string })[];
}

export interface AppendixOut {
  label?: string;
  title: string;
  reference?: string;
  orientation?: "landscape";
  body: string[];
  table?: TableOut;
}

type Item = { kind: "para"; para: Para; section: number } | { kind: "table"; table: DocTable; section: number };

const REFERENCE = /^\(\s*kèm theo(?!\p{L})/iu;
const mm = (twips: number): number => Math.max(1, Math.round(twips / 56.6929));

/** Every paragraph of a table, row by row, cell by cell, nested tables included. */
export function tableParas(table: DocTable, read: ParaReader): Para[] {
  const out: Para[] = [];
  for (const row of table.rows) {
    for (const cell of row.cells) {
      for (const b of cell.blocks) {
        if (b.kind === "paragraph") out.push(read.read(b));
        else out.push(...tableParas(b, read));
      }
    }
  }
  return out.filter((x) => x.text !== "");
}

const bordered = (t: DocTable): boolean => ["top", "bottom", "left", "right", "insideH", "insideV"].some((s) => {
  const v = t.borderSides[s];
  return v !== undefined && !/^(none|nil)$/.test(v);
});

/**
 * A data table rather than a layout table: drawn with borders, or (a copy that lost its table
 * borders, e.g. re-saved by LibreOffice with borders on the cells) three rows or more under a
 * header row in bold.
 */
function looksLikeData(table: DocTable, read: ParaReader): boolean {
  if (bordered(table)) return true;
  const header = table.rows[0]?.cells.flatMap((c) => c.blocks.flatMap((b) => (b.kind === "paragraph" ? [read.read(b)] : []))).filter((x) => x.text !== "") ?? [];
  return table.rows.length >= 3 && header.length >= 2 && header.every((x) => x.runs.every((r) => r.bold || r.text.trim() === ""));
}

const cellText = (cellParas: Para[]): string => cellParas.map((x) => markupOf(x.runs)).join(" ").trim();

function readTable(table: DocTable, read: ParaReader): TableOut | undefined {
  if (table.rows.length < 2 || table.rows.some((r) => r.cells.some((c) => c.blocks.some((b) => b.kind === "table")))) return undefined;
  const paras = (blocks: readonly (typeof table.rows)[number]["cells"][number]["blocks"][number][]) =>
    blocks.flatMap((b) => (b.kind === "paragraph" ? [read.read(b)] : [])).filter((x) => x.text !== "");
  const columnsCount = Math.max(table.grid.length, ...table.rows.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
  const header = table.rows[0]!;
  const titles: string[] = [];
  const widths: number[] = [];
  let col = 0;
  for (const cell of header.cells) {
    const width = table.grid.slice(col, col + cell.span).reduce((a, b) => a + b, 0) || cell.width || 1000;
    titles.push(paras(cell.blocks).map((x) => x.text).join(" "));
    widths.push(mm(width / cell.span));
    for (let k = 1; k < cell.span; k++) {
      titles.push("");
      widths.push(mm(width / cell.span));
    }
    col += cell.span;
  }
  while (titles.length < columnsCount) {
    titles.push("");
    widths.push(mm(table.grid[titles.length - 1] ?? 1000));
  }
  const numbered = /^(stt|tt|số tt|số thứ tự)$/iu.test(titles[0] ?? "");
  const rows: TableOut["rows"] = [];
  let n = 0;
  for (const row of table.rows.slice(1)) {
    const cells: string[] = [];
    for (const cell of row.cells) {
      cells.push(cellText(paras(cell.blocks)));
      for (let k = 1; k < cell.span; k++) cells.push("");
    }
    while (cells.length < columnsCount) cells.push("");
    const filled = row.cells.filter((c) => paras(c.blocks).length > 0);
    const wide = filled.length === 1 && filled[0]!.span >= columnsCount - (numbered ? 1 : 0) && columnsCount > 1;
    if (wide) {
      rows.push({ group: cells.filter(Boolean).join(" ").replace(/^\*\*(.*)\*\*$/u, "$1") });
      continue;
    }
    if (numbered) {
      n++;
      const first = cells[0]!.replace(/\.$/, "");
      if (first !== "" && first !== String(n)) return readTableUnnumbered(titles, widths, table, read);
      cells.shift();
    }
    rows.push(cells.slice(0, columnsCount - (numbered ? 1 : 0)));
  }
  return { ...(numbered && !/^stt$/iu.test(titles[0]!) ? { numbered: true } : {}), columns: titles.map((title, i) => ({ title, width: widths[i]! })), rows };
}

/** The same table with its number column kept as typed (numbers that do not run 1, 2, 3…). */
function readTableUnnumbered(titles: string[], widths: number[], table: DocTable, read: ParaReader): TableOut {
  const rows = table.rows.slice(1).map((row) => {
    const cells: string[] = [];
    for (const cell of row.cells) {
      cells.push(cellText(cell.blocks.flatMap((b) => (b.kind === "paragraph" ? [read.read(b)] : [])).filter((x) => x.text !== "")));
      for (let k = 1; k < cell.span; k++) cells.push("");
    }
    while (cells.length < titles.length) cells.push("");
    return cells.slice(0, titles.length);
  });
  return { numbered: false, columns: titles.map((title, i) => ({ title, width: widths[i]! })), rows };
}

export function readAppendices(model: DocModel, from: number, read: ParaReader, words: CaseDictionary, notes: Notes): AppendixOut[] {
  const items: Item[] = [];
  for (let i = from; i < model.body.length; i++) {
    const b = model.body[i]!;
    if (b.kind === "paragraph") {
      const para = read.read(b);
      if (para.text !== "") items.push({ kind: "para", para, section: b.section });
    } else items.push({ kind: "table", table: b, section: b.section });
  }
  const groups: Item[][] = [];
  for (const item of items) {
    const current = groups[groups.length - 1];
    const isLabel = item.kind === "para" && APPENDIX_LABEL.test(item.para.text);
    const newSection = current !== undefined && current[current.length - 1]!.section !== item.section && current.some((x) => x.kind === "table");
    if (!current || isLabel || newSection) groups.push([item]);
    else current.push(item);
  }
  return groups.map((group, index) => readAppendix(group, index, groups.length, model, read, words, notes));
}

function readAppendix(group: Item[], index: number, count: number, model: DocModel, read: ParaReader, words: CaseDictionary, notes: Notes): AppendixOut {
  const path = ["appendices", index];
  let k = 0;
  const out: AppendixOut = { title: "", body: [] };
  const first = group[0]!;
  if (first.kind === "para" && APPENDIX_LABEL.test(first.para.text)) {
    // kehoach labels appendices itself ("Phụ lục", "Phụ lục I, II…"); a label that says the same is left to it.
    const own = foldKey(first.para.text).replace(/\s+/g, " ").trim();
    const auto = foldKey(count > 1 ? `Phụ lục ${toRoman(index + 1)}` : "Phụ lục");
    if (own !== auto) out.label = `Phụ lục${first.para.text.slice("phụ lục".length)}`;
    k = 1;
  } else {
    out.label = "";
    notes.add("guessed", [...path, "label"], t("nội dung sau chữ ký không có nhãn \"Phụ lục\"; nhập thành phụ lục không nhãn", "content after the signature has no \"Phụ lục\" label; imported as an unlabelled appendix"));
  }
  const titleItem = group[k];
  if (titleItem?.kind === "para" && !REFERENCE.test(titleItem.para.text)) {
    const title = markupOf(titleItem.para.runs, { bold: true });
    out.title = isCapitals(titleItem.para.text) ? words.recase(title) : title;
    k++;
  }
  const refItem = group[k];
  if (refItem?.kind === "para" && REFERENCE.test(refItem.para.text)) {
    out.reference = plainOf(refItem.para.runs);
    k++;
  } else {
    notes.add("guessed", [...path, "reference"], t("không có dòng \"(Kèm theo …)\"; kehoach tự tạo dòng này", "no \"(Kèm theo …)\" line; kehoach writes it"));
  }
  if (!out.title) {
    notes.add("guessed", [...path, "title"], t("phụ lục không có tên", "the appendix has no title"));
  }
  const section = model.sections[first.section];
  if (section && (section.orient === "landscape" || (section.pageWidth ?? 0) > (section.pageHeight ?? 0))) out.orientation = "landscape";
  const rest = group.slice(k);
  const last = rest[rest.length - 1];
  const tables = rest.filter((x) => x.kind === "table");
  const table = tables.length === 1 && last?.kind === "table" && looksLikeData(last.table, read) ? readTable(last.table, read) : undefined;
  for (const item of rest) {
    if (item.kind === "para") out.body.push(markupOf(item.para.runs));
    else if (table && item === last) out.table = table;
    else {
      const paras = tableParas(item.table, read);
      out.body.push(...paras.map((x) => markupOf(x.runs)));
      if (paras.length) notes.add("text", [...path, "body"], t(`bảng ${quote(paras[0]!.text, 5)} giữ thành các dòng văn bản, theo thứ tự`, `table ${quote(paras[0]!.text, 5)} kept as text lines, in order`), paras[0]!.number);
    }
  }
  notes.add("recognised", path, t(`phụ lục ${out.label || ""} ${quote(out.title, 6)}${out.table ? " có bảng" : ""}`, `appendix ${out.label || ""} ${quote(out.title, 6)}${out.table ? " with a table" : ""}`));
  return out;
}
