import type { DocBlock, DocModel, DocParagraph } from "../ooxml/model.js";

/**
 * A footnote cited a second time is not a second Word footnote: Word (a NOTEREF cross-reference)
 * and kehoach (layout/footnotes.ts) print the first one's number again, in superscript. Read as
 * text it would stick to the word before it ("dân cư2"); read here it becomes a reference to
 * that footnote again, so the plan gets the same `[^id]` marker twice and prints the same.
 * Footnotes are numbered in order of first reference, the body read in order, as Word does.
 */
export function relinkRepeatedNotes(model: DocModel): DocModel {
  const idByNumber = new Map<string, string>();
  const seen = new Set<string>();
  const paragraph = (p: DocParagraph): DocParagraph => {
    let changed = false;
    const runs = p.runs.map((r) => {
      if (r.footnoteId !== undefined) {
        if (!seen.has(r.footnoteId)) {
          seen.add(r.footnoteId);
          idByNumber.set(String(seen.size), r.footnoteId);
        }
        return r;
      }
      const id = r.props.vertAlign === "superscript" ? idByNumber.get(r.text.trim()) : undefined;
      if (id === undefined) return r;
      changed = true;
      return { ...r, text: "", footnoteId: id };
    });
    return changed ? { ...p, runs, text: runs.map((r) => r.text).join("") } : p;
  };
  const block = (b: DocBlock): DocBlock =>
    b.kind === "paragraph" ? paragraph(b) : { ...b, rows: b.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, blocks: c.blocks.map(block) })) })) };
  return { ...model, body: model.body.map(block) };
}
