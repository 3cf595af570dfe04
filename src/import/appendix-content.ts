import { t } from "../i18n/text.js";
import type { DocTable } from "../ooxml/model.js";
import { markupOf, plainOf } from "./inline-text.js";
import { quote, type Notes } from "./notes.js";
import { allBold, allItalic, type Para, type ParaReader } from "./para.js";
import { looksLikeData, readDataTable, tableParas, type TableOut } from "./tables.js";

/**
 * The content of an appendix after its title lines, in order, as the plan's `content:` list:
 * paragraphs as `{ text, align?, bold?, italic? }` (consecutive paragraphs of the same look share
 * one item, a line each), data tables as `{ table }`, a borderless table holding a signature
 * block ("LÃNH ĐẠO ĐƠN VỊ / (Ký tên, đóng dấu) / name") as `{ signature }`, one per filled cell.
 * Any other layout table (a form template…) is kept as its paragraphs, in order, with a note.
 * An appendix that is only justified paragraphs and at most one data table at its end keeps
 * the shorter `body` + `table` form.
 */
export type ContentItem =
  | { text: string; align?: "left" | "center" | "right"; bold?: true; italic?: true }
  | { table: TableOut }
  | { signature: { align?: "left" | "center"; lines?: string[]; note?: string; name?: string } };

export type RestItem = { kind: "para"; para: Para } | { kind: "table"; table: DocTable };

export interface AppendixBody {
  body: string[];
  table?: TableOut;
  content?: ContentItem[];
}

type Align = "left" | "center" | "right" | undefined;

/** The alignment the plan should keep: centred and right lines; left only when not indented (a justified paragraph is the plan's default). */
function alignOf(x: Para): Align {
  const a = x.p.props.align;
  if (a === "center") return "center";
  if (a === "right" || a === "end") return "right";
  if ((a === undefined || a === "left" || a === "start") && !(x.p.props.indFirstLine ?? 0) && !(x.p.props.indLeft ?? 0)) return "left";
  return undefined;
}

function textItem(x: Para): ContentItem & { text: string } {
  const bold = allBold(x);
  const italic = allItalic(x);
  const align = alignOf(x);
  return {
    text: markupOf(x.runs, { bold, italic }),
    ...(align ? { align } : {}),
    ...(bold ? { bold: true as const } : {}),
    ...(italic ? { italic: true as const } : {}),
  };
}

const sameLook = (a: ContentItem, b: ContentItem): boolean =>
  "text" in a && "text" in b && a.align === b.align && a.bold === b.bold && a.italic === b.italic;

/** One signature block per filled cell of a one-row borderless table, or undefined when it is not one. */
function signatureBlocks(table: DocTable, read: ParaReader): ContentItem[] | undefined {
  if (table.rows.length !== 1) return undefined;
  const row = table.rows[0]!;
  const total = row.cells.reduce((n, c) => n + Math.max(1, c.span), 0);
  const out: ContentItem[] = [];
  let col = 0;
  for (const cell of row.cells) {
    const start = col;
    col += Math.max(1, cell.span);
    if (cell.blocks.some((b) => b.kind === "table")) return undefined;
    const paras = cell.blocks.flatMap((b) => (b.kind === "paragraph" ? [read.read(b)] : []));
    if (paras.every((x) => x.text === "")) continue;
    if (!paras.every((x) => x.text === "" || x.p.props.align === "center")) return undefined;
    // Bold lines, an italic note, the space for the signature (empty lines), the name in bold;
    // a paragraph typed with line breaks counts line by line.
    const lines: string[] = [];
    const noteLines: string[] = [];
    let name: string | undefined;
    let gap = false;
    for (const unit of paras.flatMap(lineUnits)) {
      if (unit.text === "") {
        gap = lines.length > 0;
        continue;
      }
      const bold = unit.bold && !unit.italic;
      if (name !== undefined) return undefined;
      if (unit.italic && !unit.bold && !gap && lines.length > 0) noteLines.push(unit.text);
      else if (bold && (gap || noteLines.length > 0)) name = unit.text;
      else if (bold) lines.push(unit.text);
      else return undefined;
    }
    const note = noteLines.length ? noteLines.join(" ") : undefined;
    if (lines.length === 0) return undefined;
    const middle = (start + (col - start) / 2) / total;
    const align = middle < 0.4 ? "left" : middle > 0.6 ? undefined : "center";
    out.push({ signature: { ...(align ? { align } : {}), lines, ...(note !== undefined ? { note } : {}), ...(name !== undefined ? { name } : {}) } });
  }
  return out.length ? out : undefined;
}

interface LineUnit {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** A paragraph's lines (split at its line breaks), each with the style all its words share. */
function lineUnits(x: Para): LineUnit[] {
  const out: { text: string; bold: boolean; italic: boolean }[] = [{ text: "", bold: true, italic: true }];
  for (const r of x.p.runs) {
    r.text.split("\n").forEach((piece, i) => {
      if (i > 0) out.push({ text: "", bold: true, italic: true });
      const last = out[out.length - 1]!;
      last.text += piece;
      if (piece.trim()) {
        last.bold &&= r.props.bold === true;
        last.italic &&= r.props.italic === true;
      }
    });
  }
  return out.map((u) => {
    const text = u.text.normalize("NFC").replace(/[\s\u00a0\u200b]+/gu, " ").trim();
    return { text, bold: text !== "" && u.bold, italic: text !== "" && u.italic };
  });
}

export function appendixBody(rest: readonly RestItem[], read: ParaReader, notes: Notes, path: readonly (string | number)[]): AppendixBody {
  const tables = rest.filter((x) => x.kind === "table");
  const last = rest[rest.length - 1];
  const plain = rest.every((x) => x.kind === "table" || alignOf(x.para) === undefined);
  if (plain && (tables.length === 0 || (tables.length === 1 && last?.kind === "table" && looksLikeData(last.table, read)))) {
    const read1 = tables.length ? readDataTable((last as { table: DocTable }).table, read) : undefined;
    if (tables.length === 0 || read1) {
      const body = rest.flatMap((x) => (x.kind === "para" ? [markupOf(x.para.runs)] : []));
      if (read1) noteMerges(read1.verticalMerges, notes, [...path, "table"], (last as { table: DocTable }).table, read);
      return { body, ...(read1 ? { table: read1.table } : {}) };
    }
  }
  const content: ContentItem[] = [];
  const push = (item: ContentItem) => {
    const prev = content[content.length - 1];
    if (prev && "text" in prev && "text" in item && sameLook(prev, item)) prev.text = `${prev.text}\n${item.text}`;
    else content.push(item);
  };
  for (const item of rest) {
    if (item.kind === "para") {
      push(textItem(item.para));
      continue;
    }
    const at = [...path, "content", content.length];
    const data = looksLikeData(item.table, read) ? readDataTable(item.table, read) : undefined;
    if (data) {
      noteMerges(data.verticalMerges, notes, [...at, "table"], item.table, read);
      content.push({ table: data.table });
      continue;
    }
    const signatures = signatureBlocks(item.table, read);
    if (signatures) {
      content.push(...signatures);
      if (signatures.length > 1) notes.add("guessed", at, t("các khối ký đặt cạnh nhau được in lần lượt, khối này dưới khối kia", "signature blocks side by side are printed one under the other"), tableParas(item.table, read)[0]?.number);
      continue;
    }
    const paras = tableParas(item.table, read);
    if (paras.length === 0) continue;
    notes.add("text", at, t(`bảng ${quote(paras[0]!.text, 5)} (bảng dàn trang hoặc bảng lồng) giữ thành các dòng văn bản, theo thứ tự`, `table ${quote(paras[0]!.text, 5)} (a layout or nested table) kept as text lines, in order`), paras[0]!.number);
    for (const x of paras) push(textItem(x));
  }
  return { body: [], content };
}

function noteMerges(count: number, notes: Notes, path: readonly (string | number)[], table: DocTable, read: ParaReader): void {
  if (count === 0) return;
  notes.add(
    "guessed",
    path,
    t(
      `bảng có ${count} ô gộp dọc; kế hoạch chưa có ô gộp dọc nên chữ được giữ một lần ở dòng đầu, các ô dưới để trống`,
      `the table has ${count} vertically merged cells; the plan has no row span, so the text is kept once in the first row and the cells below are left empty`,
    ),
    tableParas(table, read)[0]?.number,
  );
}
