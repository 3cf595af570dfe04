import type { Appendix, AppendixContent, Table } from "../schema/plan-schema.js";
import type { ResolvedAppendix, ResolvedAppendixContent, ResolvedTable } from "./resolved-plan.js";

type Path = readonly (string | number)[];
export type FieldRenderer = (source: string, path: Path) => string;

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

/** An appendix: `body`, then `table`, then `content`, as one ordered list of content. */
export function resolveAppendix(a: Appendix, i: number, field: FieldRenderer, defaultReference: () => string): ResolvedAppendix {
  const path: Path = ["appendices", i];
  const textList = (list: readonly string[], at: Path) => list.flatMap((item, j) => lines(field(item, [...at, j])));
  const content: ResolvedAppendixContent[] = [];
  if (a.body) content.push({ kind: "text", lines: textList(a.body, [...path, "body"]), align: "justify", bold: false, italic: false });
  if (a.table) content.push({ kind: "table", table: resolveTable(a.table, [...path, "table"], field) });
  (a.content ?? []).forEach((c, j) => content.push(resolveContent(c, [...path, "content", j], field, textList)));
  return {
    label: a.label === undefined ? null : field(a.label, [...path, "label"]).trim(),
    title: field(a.title, [...path, "title"]).replace(/\s*\n\s*/g, " ").trim(),
    reference: a.reference === undefined ? defaultReference() : field(a.reference, [...path, "reference"]).trim(),
    orientation: a.orientation ?? "portrait",
    content,
  };
}

function resolveContent(
  c: AppendixContent,
  path: Path,
  field: FieldRenderer,
  textList: (list: readonly string[], at: Path) => string[],
): ResolvedAppendixContent {
  if ("table" in c) return { kind: "table", table: resolveTable(c.table, [...path, "table"], field) };
  if ("signature" in c) {
    const s = c.signature;
    return {
      kind: "signature",
      signature: {
        align: s.align ?? "right",
        lines: textList(s.lines ?? [], [...path, "signature", "lines"]),
        note: s.note === undefined ? "" : field(s.note, [...path, "signature", "note"]).trim(),
        name: s.name === undefined ? "" : field(s.name, [...path, "signature", "name"]).trim(),
      },
    };
  }
  return { kind: "text", lines: textList(c.text, [...path, "text"]), align: c.align ?? "justify", bold: c.bold ?? false, italic: c.italic ?? false };
}

export function resolveTable(table: Table, path: Path, field: FieldRenderer): ResolvedTable {
  const numbered = table.numbered ?? /^stt$/i.test(table.columns[0]?.title.trim() ?? "");
  return {
    columns: table.columns.map((c, i) => ({
      title: field(c.title, [...path, "columns", i, "title"]).trim(),
      width: c.width ?? 1,
      align: c.align ?? (numbered && i === 0 ? "center" : "left"),
    })),
    numbered,
    rows: table.rows.map((row, i) =>
      Array.isArray(row)
        ? { kind: "row" as const, cells: row.map((cell, j) => field(cell, [...path, "rows", i, j]).trim()) }
        : {
            kind: "group" as const,
            title: field(row.group, [...path, "rows", i, "group"]).trim(),
            label: row.label === undefined ? null : field(row.label, [...path, "rows", i, "label"]).trim(),
          },
    ),
  };
}
