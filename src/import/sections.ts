import { t } from "../i18n/text.js";
import { sectionLabel } from "../layout/numbering.js";
import { levelOf, readHeading, sameLabel, type Heading } from "./headings.js";
import { markupOf, plainOf } from "./inline-text.js";
import { isCapitals, type CaseDictionary } from "./letter-case.js";
import { structureList, type Entry, type ListScheme } from "./list-items.js";
import type { Notes } from "./notes.js";
import { quote } from "./notes.js";
import type { Para } from "./para.js";
import { isPartTitle, partTitleText, readPartHeading } from "./parts.js";

/**
 * The content (ô 6) as plan fields: căn cứ lines, the preamble, numbered sections with their
 * body lines, and the closing sentence. A paragraph is a heading when it starts with a section
 * number (I., 1., 1.1., 1.1.1.) and the words after the number begin in bold; the bold words are
 * the title and what follows them is run-in text ("**2. Địa điểm:** Sở …"). Everything else is a
 * body line of the section it sits in, as written: dashes, "+", "a)" and numbers that are not
 * headings are body lines at first; once the content is read, the numbered paragraphs and
 * points of a section without subheadings become its child items (list-items.ts). Where the
 * source numbers differ from kehoach's own numbering, the source label is kept (`label:`).
 * "Phần I" headings above the Roman sections make `parts:` (parts.ts).
 */
export interface SectionNode {
  /** "" = none (a text-only item, or the unnumbered lines opening a part). */
  title: string;
  label?: string;
  numbering?: ListScheme;
  text?: string;
  body: string[];
  sections: SectionNode[];
  /** Source paragraph number of the heading (for notes). */
  firstParagraph: number;
}

export interface PartNode {
  label?: string;
  title: string;
  sections: SectionNode[];
}

/** A section while the content is read: its lines with their paragraphs, and the label it prints. */
interface Reading extends SectionNode {
  entries: Entry[];
  printed: string;
  sections: Reading[];
}

export interface ContentResult {
  basis: string[];
  basisUpright: boolean;
  preamble: string[];
  numbering: "roman" | "arabic";
  sections: SectionNode[];
  /** "Phần I, II…" above the sections; when set, `sections` is empty. */
  parts?: PartNode[];
  /** The closing sentence; false when the content has none ("./." then ends the last paragraph). */
  closing?: string | false;
}

/** A content item: a paragraph, or a paragraph of a table in the content (kept as text). */
export interface ContentItem {
  readonly para: Para;
  readonly inTable: boolean;
}

const CAN_CU = /^căn cứ(?!\p{L})/iu;
const CLOSING = /^trên đây (là|là nội dung)/iu;

export function readContent(items: readonly ContentItem[], words: CaseDictionary, notes: Notes, closingFalse: boolean): ContentResult {
  const headings = new Map<Para, Heading>();
  for (const item of items) {
    const h = item.inTable ? undefined : readHeading(item.para);
    if (h) headings.set(item.para, h);
  }
  const scheme = [...headings.values()].some((h) => h.kind === "roman") ? "roman" : "arabic";
  const result: ContentResult = { basis: [], basisUpright: false, preamble: [], numbering: scheme, sections: [] };
  let top: Reading[] = [];
  const parts: { label?: string; title: string; sections: Reading[]; intro?: Reading }[] = [];
  const stack: Reading[] = [];
  const path: number[] = [];
  let italicBasis = 0;
  const preamble: Entry[] = [];
  const lastLine: { list: Entry[]; index: number; para: Para }[] = [];
  const basisParas: Para[] = [];
  const consumed = new Set<Para>();

  for (const [i, item] of items.entries()) {
    const x = item.para;
    if (consumed.has(x)) continue;
    const h = headings.get(x);
    if (item.inTable) notes.add("text", stack.length ? ["sections"] : ["preamble"], t(`ô bảng trong phần nội dung giữ thành đoạn văn: ${quote(x.text)}`, `a table cell in the content kept as a paragraph: ${quote(x.text)}`), x.number);
    const part = item.inTable || h ? undefined : readPartHeading(x);
    const next = items[i + 1];
    const titleNext = part !== undefined && part.title.length === 0 && next !== undefined && !next.inTable && isPartTitle(next.para, headings.has(next.para) || readPartHeading(next.para) !== undefined);
    // A "Phần" line without a title is no part heading the plan can print: it stays a text line.
    if (part && (part.title.length > 0 || titleNext)) {
      const titleRuns = titleNext ? [...next!.para.runs] : part.title;
      if (titleNext) consumed.add(next!.para);
      // Sections before the first "Phần" go into a part without a heading line.
      if (parts.length === 0 && top.length > 0) parts.push({ label: "", title: "", sections: top });
      const raw = partTitleText(titleRuns);
      const title = isCapitals(plainOf(titleRuns)) ? words.recase(raw) : raw;
      // "PHẦN I", "Phần I." print as ND30's "Phần I" (nd30-spec §8.3); "Phần thứ nhất" stays as typed.
      const label = foldPart(part.label) === foldPart(`Phần ${romanOf(parts.length + 1)}`) ? undefined : part.label;
      parts.push({ ...(label === undefined ? {} : { label }), title, sections: [] });
      top = parts[parts.length - 1]!.sections;
      stack.length = 0;
      path.length = 0;
      continue;
    }
    if (h) {
      const level = levelOf(h, scheme);
      const depth = Math.min(level, stack.length + 1);
      stack.length = depth - 1;
      path.length = depth - 1;
      const siblings = depth === 1 ? top : stack[depth - 2]!.sections;
      // A section with label "" (the lines opening a part) takes no number.
      path.push(siblings.filter((s) => s.label !== "").length);
      const rawTitle = markupOf(h.title, { bold: true }).replace(/\s+$/u, "");
      const title = depth === 1 && scheme === "roman" && isCapitals(plainOf(h.title)) ? words.recase(rawTitle) : rawTitle;
      const node: Reading = { title, body: [], sections: [], firstParagraph: x.number, entries: [], printed: h.label };
      if (!sameLabel(h.label, sectionLabel(scheme, path))) node.label = h.label;
      const rest = markupOf(h.rest);
      if (rest) node.text = rest;
      siblings.push(node);
      stack.push(node);
      continue;
    }
    const entry: Entry = { line: markupOf(x.runs), para: x, inTable: item.inTable };
    if (stack.length === 0 && parts.length > 0) {
      // Lines between "Phần I" and its first section: an unnumbered section opening the part.
      const current = parts[parts.length - 1]!;
      if (!current.intro) {
        current.intro = { title: "", label: "", body: [], sections: [], firstParagraph: x.number, entries: [], printed: "" };
        top.push(current.intro);
      }
      current.intro.entries.push(entry);
      lastLine.push({ list: current.intro.entries, index: current.intro.entries.length - 1, para: x });
    } else if (stack.length === 0) {
      if (CAN_CU.test(x.text) && preamble.length === 0 && !item.inTable) {
        const italic = x.runs.every((r) => r.italic || r.text.trim() === "");
        if (italic) italicBasis++;
        result.basis.push(stripEnd(entry.line));
        basisParas.push(x);
        continue;
      }
      preamble.push(entry);
      lastLine.push({ list: preamble, index: preamble.length - 1, para: x });
    } else {
      const node = stack[stack.length - 1]!;
      node.entries.push(entry);
      lastLine.push({ list: node.entries, index: node.entries.length - 1, para: x });
    }
  }
  // Căn cứ typed in italics are written plain (kehoach italicises them); upright ones say so.
  if (result.basis.length > 0 && italicBasis * 2 >= result.basis.length) {
    result.basis = basisParas.map((x) => stripEnd(markupOf(x.runs, { italic: true })));
  } else if (result.basis.length > 0) result.basisUpright = true;

  if (result.basis.length) notes.add("recognised", ["basis"], t(`${result.basis.length} dòng căn cứ`, `${result.basis.length} căn cứ lines`));
  if (result.preamble.length) notes.add("recognised", ["preamble"], t(`${result.preamble.length} đoạn mở đầu`, `${result.preamble.length} preamble paragraphs`));
  // The closing: from the last "Trên đây là …" after the last heading to the end of the content.
  const from = lastLine.map((l) => l.para.text).findLastIndex((s) => CLOSING.test(s));
  const tail = lastLine[lastLine.length - 1];
  if (from >= 0 && lastLine.slice(from).every((l) => l.list === lastLine[from]!.list)) {
    const taken = lastLine.slice(from);
    result.closing = stripEndMark(taken.map((l) => l.list[l.index]!.line).join("\n"));
    taken[0]!.list.splice(taken[0]!.index);
    notes.add("recognised", ["closing"], t("câu kết \"Trên đây là …\"", "the closing sentence \"Trên đây là …\""), taken[0]!.para.number);
  } else if (tail && closingFalse) {
    result.closing = false;
    const last = tail.list[tail.index]!;
    if (/\.\/\.?\s*$/u.test(last.line)) tail.list[tail.index] = { ...last, line: last.line.replace(/\s*\.\/\.?\s*$/u, ".") };
    notes.add("recognised", ["closing"], t("không có câu \"Trên đây là …\"; \"./.\" ở cuối đoạn cuối (closing: false)", "no \"Trên đây là …\" sentence; \"./.\" ends the last paragraph (closing: false)"), tail.para.number);
  } else if (tail) {
    // Without "Trên đây là …" the last paragraph ends the content: as the closing it keeps its
    // place and gets the "./." mark, where a default closing sentence would add words.
    result.closing = stripEndMark(tail.list.pop()!.line);
    notes.add("guessed", ["closing"], t(`không có câu "Trên đây là …"; đoạn cuối được dùng làm câu kết: ${quote(tail.para.text)}`, `no "Trên đây là …" sentence; the last paragraph is used as the closing: ${quote(tail.para.text)}`), tail.para.number);
  }
  result.preamble = preamble.map((e) => e.line);
  if (parts.length > 0) {
    result.parts = parts.map((p, i) => ({
      ...(p.label === undefined ? {} : { label: p.label }),
      title: p.title,
      // A part needs a section; an empty one prints nothing.
      sections: p.sections.length ? p.sections.map((s, j) => finish(s, notes, ["parts", i, "sections", j])) : [{ title: "", label: "", body: [], sections: [], firstParagraph: 0 }],
    }));
    notes.add("recognised", ["parts"], t(`${parts.length} phần ("Phần I"…)`, `${parts.length} parts ("Phần I"…)`));
    notes.add("recognised", ["parts"], t(`${parts.reduce((n, p) => n + countSections(p.sections), 0)} đề mục, đánh số ${scheme === "roman" ? "La Mã" : "Ả Rập"}`, `${parts.reduce((n, p) => n + countSections(p.sections), 0)} headings, ${scheme} numbering`));
  } else if (top.length === 0) {
    // No numbered heading at all: one unnumbered section holds the content (the plan needs one).
    const first = preamble.shift();
    const node: Reading = { title: first?.line ?? "Nội dung", label: "", body: [], sections: [], firstParagraph: 0, entries: preamble.splice(0), printed: "" };
    result.preamble = [];
    result.sections.push(finish(node, notes, ["sections", 0]));
    notes.add("guessed", ["sections", 0], t("không có đề mục đánh số; nội dung đặt trong một mục không số", "no numbered headings; the content is put in one unnumbered section"));
  } else {
    result.sections = top.map((s, j) => finish(s, notes, ["sections", j]));
    notes.add("recognised", ["sections"], t(`${countSections(result.sections)} đề mục, đánh số ${scheme === "roman" ? "La Mã" : "Ả Rập"}`, `${countSections(result.sections)} headings, ${scheme} numbering`));
  }
  return result;
}

/** A section read: a leaf's numbered lines become its child items; the rest stay body lines. */
function finish(s: Reading, notes: Notes, path: readonly (string | number)[]): SectionNode {
  const { entries: _entries, printed: _printed, ...node } = s;
  if (s.sections.length > 0) return { ...node, body: s.entries.map((e) => e.line), sections: s.sections.map((c, j) => finish(c, notes, [...path, "sections", j])) };
  const list = structureList(s.entries, s.printed, notes, path);
  return { ...node, body: list.body.map((e) => e.line), ...(list.numbering ? { numbering: list.numbering } : {}), sections: list.items };
}

const foldPart = (s: string): string => s.toLocaleLowerCase("vi").replace(/[.:\-–—\s]+$/u, "");
const romanOf = (n: number): string => sectionLabel("roman", [n - 1]).replace(/\.$/, "");

/** kehoach ends the căn cứ lines and the closing with its own punctuation. */
const stripEnd = (s: string): string => s.replace(/[\s;,.]+$/u, "");
const stripEndMark = (s: string): string => s.replace(/\s*\.\/\.?\s*$/u, (m) => (m.trim() ? "." : m)).trimEnd();

const countSections = (list: readonly SectionNode[]): number => list.reduce((n, s) => n + 1 + countSections(s.sections), 0);
