import { parseInline } from "./inline-markup.js";
import type { AppendixPiece, Block, Footnote, LayoutDoc, Run, TableCell } from "./layout-model.js";

/**
 * Numbers footnote references in document order (body, then appendices): the first reference
 * of an id gets the next number and becomes a Word footnote; a later reference to the same id
 * repeats its number as a superscript, as Word's cross-references do.
 */
export function numberFootnotes(notes: ReadonlyMap<string, string>, doc: LayoutDoc): LayoutDoc {
  if (notes.size === 0) return doc;
  const numbers = new Map<string, number>();
  const footnotes: Footnote[] = [];
  const runs = (list: readonly Run[]): Run[] =>
    list.map((r) => {
      if (!r.footnote) return r;
      const id = r.footnote.id;
      const known = numbers.get(id);
      if (known !== undefined) return { ...r, footnote: { id, number: known, first: false } };
      const number = numbers.size + 1;
      numbers.set(id, number);
      footnotes.push({ number, runs: parseInline(notes.get(id) ?? "") });
      return { ...r, footnote: { id, number, first: true } };
    });
  const blocks = (list: readonly Block[]): Block[] => list.map((b) => ({ ...b, runs: runs(b.runs) }));
  const cells = (list: readonly TableCell[]): TableCell[] => list.map((c) => (c.runs ? { ...c, runs: runs(c.runs) } : c));
  const piece = (p: AppendixPiece): AppendixPiece => {
    if (p.kind === "blocks") return { kind: "blocks", blocks: blocks(p.blocks) };
    if (p.kind === "table") return { kind: "table", table: { ...p.table, header: cells(p.table.header), rows: p.table.rows.map(cells) } };
    return p;
  };
  const body = blocks(doc.body);
  const appendices = doc.appendices.map((a) => ({ ...a, title: runs(a.title), content: a.content.map(piece) }));
  return { ...doc, body, appendices, footnotes };
}
