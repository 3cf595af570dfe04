import type { DocxPackage } from "../ooxml/package.js";
import { isW, kids, wAttr, type XmlElement } from "../ooxml/xml.js";
import { escapePlanText } from "./inline-text.js";

/**
 * The text of the document's footnotes and endnotes (word/footnotes.xml, endnotes.xml), without
 * Word's separator notes. A footnote whose reference sits in a run becomes the plan's `[^id]`
 * marker there (the run carries `footnoteId`) and a `footnotes:` entry; an endnote, or a note
 * whose reference found no field that can hold it, is reported and kept as a YAML comment.
 */
export interface NoteText {
  readonly kind: "footnote" | "endnote";
  /** Word's w:id of the note (the plan id of a footnote). */
  readonly id: string;
  /** 1, 2, 3… in document order per kind, as Word shows the marks. */
  readonly number: number;
  /** Plain text, NFC, white space collapsed. */
  readonly text: string;
  /** The text as plan markup: bold/italic runs marked, literal "*" escaped. */
  readonly markup: string;
}

interface Piece {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

const on = (rPr: XmlElement | undefined, name: string): boolean => {
  const el = rPr ? kids(rPr, name)[0] : undefined;
  if (!el) return false;
  const v = wAttr(el, "val");
  return v === undefined || !["0", "false", "off"].includes(v);
};

function pieces(el: XmlElement, out: Piece[] = []): Piece[] {
  for (const c of kids(el)) {
    if (isW(c, "r")) {
      const rPr = kids(c, "rPr")[0];
      let text = "";
      for (const k of kids(c)) {
        if (isW(k, "t")) text += k.textContent ?? "";
        else if (isW(k, "tab") || isW(k, "br")) text += " ";
      }
      if (text) out.push({ text, bold: on(rPr, "b"), italic: on(rPr, "i") });
    } else {
      if (isW(c, "p") && out.length) out.push({ text: " ", bold: false, italic: false });
      pieces(c, out);
    }
  }
  return out;
}

const clean = (s: string): string => s.normalize("NFC").replace(/[\s\u00a0\u200b]+/gu, " ");

function markupOf(list: readonly Piece[]): string {
  let out = "";
  for (const p of list) {
    const core = clean(p.text).trim();
    if (!core || (!p.bold && !p.italic)) {
      out += escapePlanText(clean(p.text));
      continue;
    }
    const mark = p.bold && p.italic ? "***" : p.bold ? "**" : "*";
    const text = clean(p.text);
    out += `${text.startsWith(" ") ? " " : ""}${mark}${escapePlanText(core)}${mark}${text.endsWith(" ") ? " " : ""}`;
  }
  return out.replace(/ {2,}/g, " ").trim();
}

export function readNoteTexts(pkg: DocxPackage, mainPart: string): NoteText[] {
  const out: NoteText[] = [];
  for (const kind of ["footnote", "endnote"] as const) {
    const rel = pkg.relationships(mainPart).find((r) => r.type.endsWith(`/${kind}s`));
    const root = rel ? pkg.xml(rel.target) : undefined;
    for (const note of root ? kids(root, kind) : []) {
      const type = wAttr(note, "type");
      if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice") continue;
      const list = pieces(note);
      const text = clean(list.map((p) => p.text).join("")).trim();
      if (text) out.push({ kind, id: wAttr(note, "id") ?? "", number: out.filter((n) => n.kind === kind).length + 1, text, markup: markupOf(list) });
    }
  }
  return out;
}
