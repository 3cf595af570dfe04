import { t } from "../i18n/text.js";
import { sectionLabel } from "../layout/numbering.js";
import { dropChars, markupOf, plainOf, splitAt, type Styled } from "./inline-text.js";
import { isCapitals, type CaseDictionary } from "./letter-case.js";
import type { Notes } from "./notes.js";
import { quote } from "./notes.js";
import type { Para } from "./para.js";

/**
 * The content (ô 6) as plan fields: căn cứ lines, the preamble, numbered sections with their
 * body lines, and the closing sentence. A paragraph is a heading when it starts with a section
 * number (I., 1., 1.1., 1.1.1.) and the words after the number begin in bold; the bold words are
 * the title and what follows them is run-in text ("**2. Địa điểm:** Sở …"). Everything else is a
 * body line of the section it sits in, as written: dashes, "+", "a)" and numbers that are not
 * headings stay in the text, so no word moves. Where the source numbers differ from kehoach's
 * own numbering, the source label is kept (`label:`).
 */
export interface SectionNode {
  title: string;
  label?: string;
  text?: string;
  body: string[];
  sections: SectionNode[];
  /** Source paragraph numbers of the body lines (for notes). */
  firstParagraph: number;
}

export interface ContentResult {
  basis: string[];
  basisUpright: boolean;
  preamble: string[];
  numbering: "roman" | "arabic";
  sections: SectionNode[];
  /** The closing sentence; false when the content has none ("./." then ends the last paragraph). */
  closing?: string | false;
}

/** A content item: a paragraph, or a paragraph of a table in the content (kept as text). */
export interface ContentItem {
  readonly para: Para;
  readonly inTable: boolean;
}

const ROMAN = /^([IVXLC]+)\.\s*/u;
const ARABIC = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.?(?=\s|$)\s*/u;
const CAN_CU = /^căn cứ(?!\p{L})/iu;
const CLOSING = /^trên đây (là|là nội dung)/iu;

interface Heading {
  label: string;
  kind: "roman" | "arabic";
  depth: number;
  title: Styled[];
  rest: Styled[];
}

/** Bold at a character offset of the runs. */
function boldAt(runs: readonly Styled[], at: number): boolean {
  let pos = 0;
  for (const r of runs) {
    if (at < pos + r.text.length) return r.bold;
    pos += r.text.length;
  }
  return false;
}

function readHeading(x: Para): Heading | undefined {
  const text = plainOf(x.runs);
  const roman = ROMAN.exec(text);
  const arabic = roman ? undefined : ARABIC.exec(text);
  const m = roman ?? arabic;
  if (!m) return undefined;
  const after = dropChars(x.runs, m[0].length);
  const afterText = plainOf(after);
  if (afterText === "") return undefined;
  const labelBold = boldAt(x.runs, 0);
  const titleBold = after[0]?.bold === true;
  // A Roman heading may be typed without bold; it is then in capitals.
  if (!(labelBold && titleBold) && !(roman && isCapitals(afterText))) return undefined;
  const boldEnd = titleBold ? after.findIndex((r) => !r.bold) : -1;
  const [title, rest] = boldEnd < 0 ? [after, []] : splitAt(after, after.slice(0, boldEnd).reduce((n, r) => n + r.text.length, 0));
  const label = roman ? `${m[1]}.` : m[0].trim();
  const depth = roman ? 0 : m[1]!.split(".").length;
  return { label, kind: roman ? "roman" : "arabic", depth, title, rest };
}

/** Level of a heading in the scheme: I. = 1; in the Roman scheme 1. = 2, 1.1. = 3; in the Arabic scheme 1. = 1. */
const levelOf = (h: Heading, scheme: "roman" | "arabic"): number => (h.kind === "roman" ? 1 : scheme === "roman" ? h.depth + 1 : h.depth);

const sameLabel = (a: string, b: string): boolean => a.replace(/\.$/, "") === b.replace(/\.$/, "");

export function readContent(items: readonly ContentItem[], words: CaseDictionary, notes: Notes, closingFalse: boolean): ContentResult {
  const headings = new Map<Para, Heading>();
  for (const item of items) {
    const h = item.inTable ? undefined : readHeading(item.para);
    if (h) headings.set(item.para, h);
  }
  const scheme = [...headings.values()].some((h) => h.kind === "roman") ? "roman" : "arabic";
  const result: ContentResult = { basis: [], basisUpright: false, preamble: [], numbering: scheme, sections: [] };
  const stack: SectionNode[] = [];
  const path: number[] = [];
  let italicBasis = 0;
  const lastLine: { list: string[]; index: number; para: Para }[] = [];
  const basisParas: Para[] = [];

  for (const item of items) {
    const x = item.para;
    const h = headings.get(x);
    if (item.inTable) notes.add("text", stack.length ? ["sections"] : ["preamble"], t(`ô bảng trong phần nội dung giữ thành đoạn văn: ${quote(x.text)}`, `a table cell in the content kept as a paragraph: ${quote(x.text)}`), x.number);
    if (h) {
      const level = levelOf(h, scheme);
      const depth = Math.min(level, stack.length + 1);
      stack.length = depth - 1;
      path.length = depth - 1;
      const siblings = depth === 1 ? result.sections : stack[depth - 2]!.sections;
      path.push(siblings.length);
      const rawTitle = markupOf(h.title, { bold: true }).replace(/\s+$/u, "");
      const title = depth === 1 && scheme === "roman" && isCapitals(plainOf(h.title)) ? words.recase(rawTitle) : rawTitle;
      const node: SectionNode = { title, body: [], sections: [], firstParagraph: x.number };
      if (!sameLabel(h.label, sectionLabel(scheme, path))) node.label = h.label;
      const rest = markupOf(h.rest);
      if (rest) node.text = rest;
      siblings.push(node);
      stack.push(node);
      continue;
    }
    const line = markupOf(x.runs);
    if (stack.length === 0) {
      if (CAN_CU.test(x.text) && result.preamble.length === 0 && !item.inTable) {
        const italic = x.runs.every((r) => r.italic || r.text.trim() === "");
        if (italic) italicBasis++;
        result.basis.push(stripEnd(line));
        basisParas.push(x);
        continue;
      }
      result.preamble.push(line);
      lastLine.push({ list: result.preamble, index: result.preamble.length - 1, para: x });
    } else {
      const node = stack[stack.length - 1]!;
      node.body.push(line);
      lastLine.push({ list: node.body, index: node.body.length - 1, para: x });
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
    result.closing = stripEndMark(taken.map((l) => l.list[l.index]!).join("\n"));
    taken[0]!.list.splice(taken[0]!.index);
    notes.add("recognised", ["closing"], t("câu kết \"Trên đây là …\"", "the closing sentence \"Trên đây là …\""), taken[0]!.para.number);
  } else if (tail && closingFalse) {
    result.closing = false;
    if (/\.\/\.?\s*$/u.test(tail.list[tail.index] ?? "")) tail.list[tail.index] = tail.list[tail.index]!.replace(/\s*\.\/\.?\s*$/u, ".");
    notes.add("recognised", ["closing"], t("không có câu \"Trên đây là …\"; \"./.\" ở cuối đoạn cuối (closing: false)", "no \"Trên đây là …\" sentence; \"./.\" ends the last paragraph (closing: false)"), tail.para.number);
  } else if (tail) {
    // Without "Trên đây là …" the last paragraph ends the content: as the closing it keeps its
    // place and gets the "./." mark, where a default closing sentence would add words.
    result.closing = stripEndMark(tail.list.pop()!);
    notes.add("guessed", ["closing"], t(`không có câu "Trên đây là …"; đoạn cuối được dùng làm câu kết: ${quote(tail.para.text)}`, `no "Trên đây là …" sentence; the last paragraph is used as the closing: ${quote(tail.para.text)}`), tail.para.number);
  }
  if (result.sections.length === 0) {
    // No numbered heading at all: one unnumbered section holds the content (the plan needs one).
    const first = result.preamble.shift() ?? "Nội dung";
    result.sections.push({ title: first, label: "", body: result.preamble.splice(0), sections: [], firstParagraph: 0 });
    notes.add("guessed", ["sections", 0], t("không có đề mục đánh số; nội dung đặt trong một mục không số", "no numbered headings; the content is put in one unnumbered section"));
  } else {
    notes.add("recognised", ["sections"], t(`${countSections(result.sections)} đề mục, đánh số ${scheme === "roman" ? "La Mã" : "Ả Rập"}`, `${countSections(result.sections)} headings, ${scheme} numbering`));
  }
  return result;
}

/** kehoach ends the căn cứ lines and the closing with its own punctuation. */
const stripEnd = (s: string): string => s.replace(/[\s;,.]+$/u, "");
const stripEndMark = (s: string): string => s.replace(/\s*\.\/\.?\s*$/u, (m) => (m.trim() ? "." : m)).trimEnd();

const countSections = (list: readonly SectionNode[]): number => list.reduce((n, s) => n + 1 + countSections(s.sections), 0);
