import type { DocxPackage } from "../ooxml/package.js";
import { isW, kids, wAttr, type XmlElement } from "../ooxml/xml.js";

/**
 * The text of the document's footnotes and endnotes (word/footnotes.xml, endnotes.xml), without
 * Word's separator notes. The plan format has no footnotes yet, so the import reports each one
 * (warning + YAML comment with its text) instead of dropping it silently.
 */
export interface NoteText {
  readonly kind: "footnote" | "endnote";
  /** 1, 2, 3… in document order per kind, as Word shows the marks. */
  readonly number: number;
  readonly text: string;
}

function textOf(el: XmlElement, out: string[] = []): string[] {
  for (const c of kids(el)) {
    if (isW(c, "t")) out.push(c.textContent ?? "");
    else if (isW(c, "tab")) out.push(" ");
    else {
      if (isW(c, "p")) out.push(" ");
      textOf(c, out);
    }
  }
  return out;
}

export function readNoteTexts(pkg: DocxPackage, mainPart: string): NoteText[] {
  const out: NoteText[] = [];
  for (const kind of ["footnote", "endnote"] as const) {
    const rel = pkg.relationships(mainPart).find((r) => r.type.endsWith(`/${kind}s`));
    const root = rel ? pkg.xml(rel.target) : undefined;
    for (const note of root ? kids(root, kind) : []) {
      const type = wAttr(note, "type");
      if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice") continue;
      const text = textOf(note).join("").normalize("NFC").replace(/\s+/gu, " ").trim();
      if (text) out.push({ kind, number: out.filter((n) => n.kind === kind).length + 1, text });
    }
  }
  return out;
}
