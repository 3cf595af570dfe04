import { t } from "../i18n/text.js";
import { foldKey, toRoman } from "../render/vietnamese.js";
import type { DocModel, DocTable } from "../ooxml/model.js";
import { appendixBody, type AppendixBody, type RestItem } from "./appendix-content.js";
import { markupOf, plainOf, splitAt } from "./inline-text.js";
import { isCapitals, type CaseDictionary } from "./letter-case.js";
import type { Notes } from "./notes.js";
import { quote } from "./notes.js";
import type { Para, ParaReader } from "./para.js";

export { tableParas } from "./tables.js";

/**
 * What follows the signature: appendices. Each starts at a "Phụ lục …" label (or, without one,
 * at the first content after the signature or a new page section); then come the title (also
 * when it follows the label on the same line: "PHỤ LỤC I: DANH SÁCH…"), the "(Kèm theo …)" line
 * and the content (appendix-content.ts). An appendix in a landscape section is landscape.
 */
export interface AppendixOut extends AppendixBody {
  label?: string;
  title: string;
  reference?: string;
  orientation?: "landscape";
  /** The source has no title: "…" is printed to fill in (not written to the plan). */
  untitled?: boolean;
}

type Item = ({ kind: "para"; para: Para } | { kind: "table"; table: DocTable }) & { section: number };

const REFERENCE = /^\(\s*kèm theo(?!\p{L})/iu;
/** "Phụ lục", "PHỤ LỤC II", "Phụ lục số 01", "Phụ lục 2a", optionally followed by ": title", ". title", " - title". */
const LABEL = /^phụ\s+lục(?:\s+(?:số\s+)?(?:[ivxlc]+|\d+[a-z]?|[a-zđ])\b)?\.?(?:\s*[:.\-–—]\s*(?<title>\S.*))?$/iu;

function labelParts(x: Para): { label: string; titleAt?: number } | undefined {
  const m = LABEL.exec(x.text);
  if (!m) return undefined;
  const title = m.groups?.title;
  if (title === undefined) return { label: x.text.replace(/[.:]$/u, "").trim() };
  const at = x.text.length - title.length;
  return { label: x.text.slice(0, at).replace(/\s*[:.\-–—]\s*$/u, "").trim(), titleAt: at };
}

export function readAppendices(model: DocModel, from: number, read: ParaReader, words: CaseDictionary, notes: Notes): AppendixOut[] {
  const items: Item[] = [];
  for (let i = from; i < model.body.length; i++) {
    const b = model.body[i]!;
    if (b.kind === "paragraph") {
      const para = read.read(b);
      if (para.text !== "") items.push({ kind: "para", para, section: b.section });
    } else items.push({ kind: "table", table: b, section: b.section });
  }
  const groups: Item[][] = [];
  for (const item of items) {
    const current = groups[groups.length - 1];
    const isLabel = item.kind === "para" && labelParts(item.para) !== undefined;
    const newSection = current !== undefined && current[current.length - 1]!.section !== item.section && current.some((x) => x.kind === "table");
    if (!current || isLabel || newSection) groups.push([item]);
    else current.push(item);
  }
  return groups.map((group, index) => readAppendix(group, index, groups.length, model, read, words, notes));
}

const recased = (x: { text: string }, markup: string, words: CaseDictionary): string => (isCapitals(x.text) ? words.recase(markup) : markup);

function readAppendix(group: Item[], index: number, count: number, model: DocModel, read: ParaReader, words: CaseDictionary, notes: Notes): AppendixOut {
  const path = ["appendices", index];
  let k = 0;
  let title = "";
  let label: string | undefined;
  const first = group[0]!;
  const parts = first.kind === "para" ? labelParts(first.para) : undefined;
  if (first.kind === "para" && parts) {
    // kehoach labels appendices itself ("Phụ lục", "Phụ lục I, II…"); a label that says the same is left to it.
    const own = foldKey(parts.label).replace(/\s+/g, " ").trim();
    const auto = foldKey(count > 1 ? `Phụ lục ${toRoman(index + 1)}` : "Phụ lục");
    if (own !== auto) label = `Phụ lục${parts.label.slice("phụ lục".length)}`;
    if (parts.titleAt !== undefined) {
      const [, rest] = splitAt(first.para.runs, parts.titleAt);
      title = recased({ text: plainOf(rest) }, markupOf(rest, { bold: true }), words);
      notes.add("recognised", [...path, "title"], t("tên phụ lục viết cùng dòng với nhãn; tách thành title", "the appendix title shares the label's line; split into title"));
    }
    k = 1;
  } else {
    label = "";
    notes.add("guessed", [...path, "label"], t("nội dung sau chữ ký không có nhãn \"Phụ lục\"; nhập thành phụ lục không nhãn", "content after the signature has no \"Phụ lục\" label; imported as an unlabelled appendix"));
  }
  const titleItem = group[k];
  if (!title && titleItem?.kind === "para" && !REFERENCE.test(titleItem.para.text)) {
    title = recased(titleItem.para, markupOf(titleItem.para.runs, { bold: true }), words);
    k++;
    // A title typed on two centred bold lines in capitals (the reference line right under) is one title.
    const next = group[k];
    const after = group[k + 1];
    if (next?.kind === "para" && isTitleLine(next.para) && isTitleLine(titleItem.para) && after?.kind === "para" && REFERENCE.test(after.para.text)) {
      title = `${title}\n${recased(next.para, markupOf(next.para.runs, { bold: true }), words)}`;
      k++;
    }
  }
  const out: AppendixOut = { ...(label !== undefined ? { label } : {}), title, body: [] };
  const refItem = group[k];
  if (refItem?.kind === "para" && REFERENCE.test(refItem.para.text)) {
    out.reference = plainOf(refItem.para.runs);
    k++;
  } else {
    notes.add("guessed", [...path, "reference"], t("không có dòng \"(Kèm theo …)\"; kehoach tự tạo dòng này", "no \"(Kèm theo …)\" line; kehoach writes it"));
  }
  if (!out.title) {
    // ND30 requires a title; "…" (no word) is printed until the clerk writes one.
    out.title = "…";
    out.untitled = true;
    notes.add("guessed", [...path, "title"], t("phụ lục không có tên; ghi tạm \"…\" để điền", "the appendix has no title; wrote \"…\" to fill in"));
  }
  const landscape = group.some((x) => {
    const s = model.sections[x.section];
    return s !== undefined && (s.orient === "landscape" || (s.pageWidth ?? 0) > (s.pageHeight ?? 0));
  });
  if (landscape) out.orientation = "landscape";
  const rest: RestItem[] = group.slice(k).map((x) => (x.kind === "para" ? { kind: "para", para: x.para } : { kind: "table", table: x.table }));
  Object.assign(out, appendixBody(rest, read, notes, path));
  const tables = (out.table ? 1 : 0) + (out.content ?? []).filter((c) => "table" in c).length;
  notes.add("recognised", path, t(`phụ lục ${out.label || ""} ${quote(out.title, 6)}${tables ? ` có ${tables} bảng` : ""}`, `appendix ${out.label || ""} ${quote(out.title, 6)}${tables ? ` with ${tables} table(s)` : ""}`));
  return out;
}

/** A line of a title: centred, bold, in capitals. */
const isTitleLine = (x: Para): boolean => x.p.props.align === "center" && isCapitals(x.text) && x.runs.every((r) => r.bold || r.text.trim() === "") && !REFERENCE.test(x.text);
