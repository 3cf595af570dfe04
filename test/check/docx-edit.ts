import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * Plants one fault in a good DOCX: unzip, targeted string edits on its XML parts, rezip. Every
 * helper throws when its target is not found, so a test can never pass because an edit
 * silently did nothing.
 */

export class DocxEdit {
  private readonly files: Map<string, Uint8Array>;
  private readonly texts = new Map<string, string>();

  constructor(bytes: Uint8Array) {
    this.files = new Map(Object.entries(unzipSync(bytes)));
  }

  get(part: string): string {
    if (!this.texts.has(part)) {
      const data = this.files.get(part);
      if (!data) throw new Error(`no part ${part}`);
      this.texts.set(part, strFromU8(data));
    }
    return this.texts.get(part)!;
  }

  set(part: string, text: string): void {
    this.texts.set(part, text);
  }

  remove(part: string): void {
    if (!this.files.delete(part)) throw new Error(`no part ${part}`);
    this.texts.delete(part);
  }

  /** Every XML part (and .rels), for edits that touch the whole package (namespaces). */
  xmlParts(): string[] {
    return [...this.files.keys()].filter((n) => /\.(xml|rels)$/.test(n));
  }

  edit(part: string, fn: (xml: string) => string): void {
    const before = this.get(part);
    const after = fn(before);
    if (after === before) throw new Error(`edit of ${part} changed nothing`);
    this.set(part, after);
  }

  document(fn: (xml: string) => string): void {
    this.edit("word/document.xml", fn);
  }

  styles(fn: (xml: string) => string): void {
    this.edit("word/styles.xml", fn);
  }

  /** The header part a section uses ("default" or "first"), through the document's relationships. */
  headerPart(section: number, type: "default" | "first"): string {
    const sect = nth(this.get("word/document.xml"), /<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, section);
    const id = new RegExp(`<w:headerReference\\b(?=[^>]*w:type="${type}")[^>]*r:id="([^"]+)"`).exec(sect.text)?.[1];
    if (!id) throw new Error(`section ${section} has no ${type} header`);
    const target = new RegExp(`<Relationship\\b(?=[^>]*Id="${id}")[^>]*Target="([^"]+)"`).exec(this.get("word/_rels/document.xml.rels"))?.[1];
    if (!target) throw new Error(`no relationship ${id}`);
    return `word/${target.replace(/^\/?word\//, "")}`;
  }

  bytes(): Uint8Array {
    const out: Record<string, Uint8Array> = {};
    for (const [name, data] of this.files) out[name] = this.texts.has(name) ? strToU8(this.texts.get(name)!) : data;
    for (const [name, text] of this.texts) if (!this.files.has(name)) out[name] = strToU8(text);
    return zipSync(out);
  }
}

export function replaceOnce(xml: string, search: string | RegExp, replacement: string): string {
  const found = typeof search === "string" ? xml.includes(search) : search.test(xml);
  if (!found) throw new Error(`not found: ${String(search)}`);
  return typeof search === "string" ? xml.replace(search, replacement) : xml.replace(search, replacement);
}

interface Range {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function nth(xml: string, pattern: RegExp, index: number): Range {
  const matches = [...xml.matchAll(pattern)];
  const m = matches[index];
  if (!m || m.index === undefined) throw new Error(`no match ${index} of ${String(pattern)}`);
  return { start: m.index, end: m.index + m[0].length, text: m[0] };
}

const splice = (xml: string, r: Range, text: string) => xml.slice(0, r.start) + text + xml.slice(r.end);

/** The element `tag` (w:p, w:tc, w:tbl) that encloses the `occurrence`-th appearance of `text`. */
function enclosing(xml: string, tag: string, text: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = xml.indexOf(text, at + 1);
    if (at < 0) throw new Error(`text not found: ${text}`);
  }
  const open = new RegExp(`<${tag}[ >]`, "g");
  let start = -1;
  for (const m of xml.slice(0, at).matchAll(open)) start = m.index!;
  const close = `</${tag}>`;
  const end = xml.indexOf(close, at);
  if (start < 0 || end < 0) throw new Error(`no <${tag}> around ${text}`);
  return { start, end: end + close.length, text: xml.slice(start, end + close.length) };
}

/** Edits the paragraph holding `text`. */
export function editParagraph(xml: string, text: string, fn: (p: string) => string, occurrence = 0): string {
  const r = enclosing(xml, "w:p", text, occurrence);
  const edited = fn(r.text);
  if (edited === r.text) throw new Error(`paragraph edit changed nothing: ${text}`);
  return splice(xml, r, edited);
}

/** Edits the table cell holding `text`. */
export function editCell(xml: string, text: string, fn: (tc: string) => string): string {
  const r = enclosing(xml, "w:tc", text);
  const edited = fn(r.text);
  if (edited === r.text) throw new Error(`cell edit changed nothing: ${text}`);
  return splice(xml, r, edited);
}

/** Edits the table holding `text`. */
export function editTable(xml: string, text: string, fn: (tbl: string) => string): string {
  const r = enclosing(xml, "w:tbl", text);
  const edited = fn(r.text);
  if (edited === r.text) throw new Error(`table edit changed nothing: ${text}`);
  return splice(xml, r, edited);
}

/** Edits the `index`-th section properties (w:sectPr). */
export function editSection(xml: string, index: number, fn: (sectPr: string) => string): string {
  const r = nth(xml, /<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, index);
  const edited = fn(r.text);
  if (edited === r.text) throw new Error(`section edit changed nothing: ${index}`);
  return splice(xml, r, edited);
}

/** Edits the paragraph right after the one holding `text` (the rule paragraphs under the header lines). */
export function editNextParagraph(xml: string, text: string, fn: (p: string) => string): string {
  const current = enclosing(xml, "w:p", text);
  const next = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/.exec(xml.slice(current.end));
  if (!next || next.index === undefined) throw new Error(`no paragraph after ${text}`);
  const r = { start: current.end + next.index, end: current.end + next.index + next[0].length, text: next[0] };
  const edited = fn(r.text);
  if (edited === r.text) throw new Error(`next-paragraph edit changed nothing: ${text}`);
  return splice(xml, r, edited);
}

/** Adds paragraph properties first in w:pPr, so they win over any the paragraph already had. */
export function withParagraphProps(p: string, props: string): string {
  return /<w:pPr>/.test(p) ? p.replace("<w:pPr>", `<w:pPr>${props}`) : p.replace(/^<w:p( [^>]*)?>/, (open) => `${open}<w:pPr>${props}</w:pPr>`);
}

/** Adds run properties first in every run of the fragment. */
export function withRunProps(fragment: string, props: string): string {
  return fragment.replace(/<w:r>(<w:rPr>)?/g, (_, rPr?: string) => (rPr ? `<w:r><w:rPr>${props}` : `<w:r><w:rPr>${props}</w:rPr>`));
}

/** Replaces a paragraph's text (all of it sits in one w:t in kehoach's output). */
export function retext(xml: string, from: string, to: string): string {
  return replaceOnce(xml, `>${from}<`, `>${to}<`);
}
