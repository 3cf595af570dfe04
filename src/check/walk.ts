import type { DocBlock, DocModel, DocParagraph, HeaderPart } from "../ooxml/model.js";

/** A paragraph anywhere in the document, with the part it is in (for "where" in findings). */
export interface AnyParagraph {
  readonly p: DocParagraph;
  /** "document" or the header/footer part name, e.g. "word/header1.xml". */
  readonly part: string;
}

function flatten(blocks: readonly DocBlock[], part: string, out: AnyParagraph[]): void {
  for (const b of blocks) {
    if (b.kind === "paragraph") out.push({ p: b, part });
    else for (const row of b.rows) for (const cell of row.cells) flatten(cell.blocks, part, out);
  }
}

/** Every paragraph: the body (tables and nested tables included), then each header and footer part once. */
export function allParagraphs(model: DocModel): AnyParagraph[] {
  const out: AnyParagraph[] = [];
  flatten(model.body, "document", out);
  const seen = new Set<string>();
  for (const s of model.sections) {
    for (const part of [...Object.values(s.headers), ...Object.values(s.footers)] as HeaderPart[]) {
      if (seen.has(part.part)) continue;
      seen.add(part.part);
      flatten(part.blocks, part.part, out);
    }
  }
  return out;
}

/** Paragraphs of a header or footer part, tables included. */
export function partParagraphs(part: HeaderPart | undefined): DocParagraph[] {
  if (!part) return [];
  const out: AnyParagraph[] = [];
  flatten(part.blocks, part.part, out);
  return out.map((x) => x.p);
}
