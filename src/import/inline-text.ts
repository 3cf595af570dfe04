import type { DocParagraph, DocRun } from "../ooxml/model.js";

/**
 * A Word paragraph as plan text: NFC, white space collapsed (tabs and line breaks become one
 * space), bold and italic runs as the plan's inline markup (`**đậm**`, `*nghiêng*`). Characters
 * the plan gives a meaning to are escaped so they print as typed: a literal `*` becomes `\*`
 * and a Handlebars `{{` becomes `\{{`.
 */

export interface Styled {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** A footnote reference: text is the plan marker "[^id]", printed as is, never merged. */
  readonly note?: boolean;
}

/** The plan's marker for a Word footnote reference (the plan id is Word's note id). */
export const footnoteMarker = (id: string): string => `[^${id.replace(/[^\p{L}\p{N}_-]/gu, "_")}]`;

/** An endnote becomes a footnote of the plan (which has no endnotes): id "e" + Word's endnote id. */
export const endnoteMarker = (id: string): string => footnoteMarker(`e${id}`);

const clean = (s: string): string => s.normalize("NFC").replace(/[\s\u00a0\u200b]+/gu, " ");

/** Escapes what the renderer would otherwise read as inline markup (templates: see escapeTemplates). */
export const escapePlanText = (s: string): string => s.replace(/\*/g, "\\*");

/** Every text field is a Handlebars template: a "{{" typed in the document prints as typed. */
export function escapeTemplates<T>(value: T): T {
  if (typeof value === "string") return value.replace(/\{\{/g, "\\{{") as T;
  if (Array.isArray(value)) return value.map(escapeTemplates) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeTemplates(v)])) as T;
  return value;
}

/** Runs merged by style; a run of spaces takes the style of its neighbours so "** **" never appears. */
export function styledRuns(runs: readonly DocRun[]): Styled[] {
  const out: Styled[] = [];
  for (const r of runs) {
    if (r.footnoteId !== undefined || r.endnoteId !== undefined) {
      // The mark takes the style of the words it follows, so a bold heading stays one bold run.
      const before = out[out.length - 1];
      const text = r.footnoteId !== undefined ? footnoteMarker(r.footnoteId) : endnoteMarker(r.endnoteId!);
      out.push({ text, bold: before?.bold ?? false, italic: before?.italic ?? false, note: true });
      continue;
    }
    const text = clean(r.text);
    if (!text) continue;
    const blank = text.trim() === "";
    const last = out[out.length - 1];
    const bold = r.props.bold === true;
    const italic = r.props.italic === true;
    if (last && !last.note && (blank || (last.bold === bold && last.italic === italic))) {
      out[out.length - 1] = { ...last, text: (last.text + text).replace(/ {2,}/g, " ") };
    } else {
      out.push({ text, bold, italic });
    }
  }
  // Leading/trailing spaces of the paragraph go; styles stay with the words.
  if (out.length) {
    out[0] = { ...out[0]!, text: out[0]!.text.trimStart() };
    const n = out.length - 1;
    out[n] = { ...out[n]!, text: out[n]!.text.trimEnd() };
  }
  return out.filter((s) => s.text !== "");
}

export const plainOf = (runs: readonly Styled[]): string => runs.map((r) => r.text).join("").replace(/ {2,}/g, " ");

/**
 * Inline markup of runs. `base` is the style the renderer gives the whole paragraph anyway
 * (bold for a heading, italic for căn cứ): that style is not marked again.
 */
export function markupOf(runs: readonly Styled[], base: { bold?: boolean; italic?: boolean } = {}): string {
  let out = "";
  for (const r of runs) {
    if (r.note) {
      out += r.text;
      continue;
    }
    const bold = r.bold && !base.bold;
    const italic = r.italic && !base.italic;
    const core = r.text.trim();
    if (!core || (!bold && !italic)) {
      out += escapePlanText(r.text);
      continue;
    }
    const lead = r.text.slice(0, r.text.length - r.text.trimStart().length);
    const trail = r.text.slice(r.text.trimEnd().length);
    const mark = bold && italic ? "***" : bold ? "**" : "*";
    out += `${lead}${mark}${escapePlanText(core)}${mark}${trail}`;
  }
  return out.replace(/ {2,}/g, " ").trim();
}

/** The paragraph's shown text, cleaned (what the similarity measures and the classifiers read). */
export const paragraphPlain = (p: DocParagraph): string => plainOf(styledRuns(p.runs));

/** Drops the first `count` characters of the styled runs (a label already read). */
export function dropChars(runs: readonly Styled[], count: number): Styled[] {
  const out: Styled[] = [];
  let left = count;
  for (const r of runs) {
    if (left >= r.text.length) {
      left -= r.text.length;
      continue;
    }
    out.push(left > 0 ? { ...r, text: r.text.slice(left) } : r);
    left = 0;
  }
  if (out.length) out[0] = { ...out[0]!, text: out[0]!.text.trimStart() };
  return out.filter((r) => r.text !== "");
}

/** Splits runs at a character offset: [before, after]. */
export function splitAt(runs: readonly Styled[], at: number): [Styled[], Styled[]] {
  const before: Styled[] = [];
  const after: Styled[] = [];
  let pos = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    if (end <= at) before.push(r);
    else if (pos >= at) after.push(r);
    else {
      before.push({ ...r, text: r.text.slice(0, at - pos) });
      after.push({ ...r, text: r.text.slice(at - pos) });
    }
    pos = end;
  }
  return [before, after];
}
