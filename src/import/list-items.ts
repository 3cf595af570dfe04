import { t } from "../i18n/text.js";
import { schemeLabel } from "../layout/numbering.js";
import { DIEM_LETTERS } from "../render/vietnamese.js";
import { dropChars, markupOf, plainOf, type Styled } from "./inline-text.js";
import type { Notes } from "./notes.js";
import { quote } from "./notes.js";
import type { Para } from "./para.js";

/**
 * Numbered paragraphs inside a section as structure: points "a)" (and "a."), and numbered
 * paragraphs that are not headings ("1." in normal weight, "2.1."), become the section's
 * children with `numbering:` set, so the YAML reads as the plan a clerk would write. An item is
 * "number + text" (`text:` only), or has a run-in title when its first words are bold or italic
 * and end with ":" ("a) *Mục tiêu:* …"), or is a small heading when the whole line is bold or
 * italic; the paragraphs up to the next item are its body. Numbers that differ from the
 * scheme's own (a skipped letter, a repeated number, "1a.", Word's "f)") are kept as `label:`,
 * so the rebuild prints what the source had. A list whose first number is not the first of its
 * scheme (and not Word's automatic numbering) is unsure: it stays as text, with a note.
 */

/** A body line of a section and the paragraph it came from. */
export interface Entry {
  readonly line: string;
  readonly para: Para;
  /** A paragraph of a table in the content (never a list item). */
  readonly inTable: boolean;
}

export type ListScheme = "points" | "points-dot" | "arabic" | "decimal";

/** A child built from a list item (the same shape as a section read from a heading). */
export interface ItemNode {
  title: string;
  label?: string;
  numbering?: ListScheme;
  text?: string;
  body: string[];
  sections: ItemNode[];
  firstParagraph: number;
}

interface Mark {
  readonly scheme: ListScheme;
  /** The number as typed ("a)", "2.1.", "1a."). */
  readonly label: string;
  /** 1-based place in the scheme's order; 0 when the label is outside it ("f)", "1a."). */
  readonly value: number;
  /** Characters of the label and the space after it. */
  readonly length: number;
}

const POINT = /^([a-zđ])([).])\s+(?=\S)/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,3})(\.?)\s+(?=\S)/u;
const ARABIC = /^(\d{1,2})([.)])\s+(?=\S)/u;
const HAND = /^(\d{1,2}[a-zđ])([.)])\s+(?=\S)/u;

function markOf(entry: Entry): Mark | undefined {
  if (entry.inTable) return undefined;
  const text = plainOf(entry.para.runs);
  let m = POINT.exec(text);
  if (m) {
    const index = (DIEM_LETTERS as readonly string[]).indexOf(m[1]!);
    return { scheme: m[2] === ")" ? "points" : "points-dot", label: `${m[1]}${m[2]}`, value: index + 1, length: m[0].length };
  }
  m = DECIMAL.exec(text);
  if (m) return { scheme: "decimal", label: `${m[1]}${m[2]}`, value: Number(m[1]!.split(".").pop()), length: m[0].length };
  m = ARABIC.exec(text);
  if (m) return { scheme: "arabic", label: `${m[1]}${m[2]}`, value: Number(m[1]), length: m[0].length };
  m = HAND.exec(text);
  if (m) return { scheme: "arabic", label: `${m[1]}${m[2]}`, value: 0, length: m[0].length };
  return undefined;
}

const styled = (r: Styled): boolean => r.bold || r.italic;
const END_MARK = /\s*\.\/\.?\s*$/u;

/** The item's own line: run-in title and text, a title alone, or text alone. */
function itemLine(mark: Mark, entry: Entry): Pick<ItemNode, "title" | "text"> | undefined {
  const rest = dropChars(entry.para.runs, mark.length);
  if (rest.length === 0) return undefined;
  // The closing "./." the content ended with was moved to the plan's `closing: false`.
  const fix = (s: string): string => (entry.line !== markupOf(entry.para.runs) ? s.replace(END_MARK, ".") : s);
  const first = rest[0]!;
  const leadEnd = rest.findIndex((r) => r.bold !== first.bold || r.italic !== first.italic);
  const lead = leadEnd < 0 ? rest : rest.slice(0, leadEnd);
  const after = leadEnd < 0 ? [] : rest.slice(leadEnd);
  const letter = mark.scheme === "points" || mark.scheme === "points-dot";
  // A number that is not a letter prints its title bold: only a bold lead is a title there.
  const titled = (letter ? styled(first) : first.bold) && (after.length === 0 || /:$/u.test(plainOf(lead).trim()));
  if (!titled) return { title: "", text: fix(markupOf(rest)) };
  const title = markupOf(lead, letter ? {} : { bold: true });
  const text = markupOf(after);
  return text ? { title, text: fix(text) } : { title: fix(title) };
}

export interface Structured {
  /** Lines before the first item (the section's own body). */
  readonly body: Entry[];
  readonly numbering?: ListScheme;
  readonly items: ItemNode[];
}

/**
 * Splits a section's body lines into its own lines and list items (recursively: points inside
 * numbered items). `parentLabel` is the label the section prints ("2." for decimal "2.1.").
 */
export function structureList(entries: readonly Entry[], parentLabel: string, notes: Notes, path: readonly (string | number)[]): Structured {
  const plain: Structured = { body: [...entries], items: [] };
  const marks = entries.map(markOf);
  const scheme = chooseScheme(marks);
  if (!scheme) return plain;
  const starts = marks.flatMap((m, i) => (m?.scheme === scheme ? [i] : []));
  const first = entries[starts[0]!]!;
  const firstMark = marks[starts[0]!]!;
  if (firstMark.value !== 1 && !first.para.p.props.numbered) {
    notes.add(
      "guessed",
      [...path, "body"],
      t(`các đoạn đánh số bắt đầu bằng ${quote(firstMark.label)} (không phải số đầu tiên) được giữ thành văn bản: ${quote(first.para.text)}`, `numbered paragraphs starting at ${quote(firstMark.label)} (not the first number) are kept as text: ${quote(first.para.text)}`),
      first.para.number,
    );
    return plain;
  }
  const items: ItemNode[] = [];
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    const mark = marks[at]!;
    const entry = entries[at]!;
    const line = itemLine(mark, entry);
    if (!line) return plain;
    const auto = schemeLabel(scheme, k + 1, parentLabel);
    const label = mark.label === auto ? undefined : mark.label;
    const printed = label ?? auto;
    const inner = entries.slice(at + 1, starts[k + 1] ?? entries.length);
    const sub = structureList(inner, printed, notes, [...path, "sections", k]);
    items.push({
      title: line.title,
      ...(label === undefined ? {} : { label }),
      ...(sub.numbering ? { numbering: sub.numbering } : {}),
      ...(line.text === undefined ? {} : { text: line.text }),
      body: sub.body.map((e) => e.line),
      sections: sub.items,
      firstParagraph: entry.para.number,
    });
  }
  const labelled = items.filter((x) => x.label !== undefined).length;
  notes.add(
    "recognised",
    [...path, "sections"],
    t(`${items.length} ${NAMES[scheme].vi} thành mục con${labelled ? ` (${labelled} số viết tay giữ ở label)` : ""}`, `${items.length} ${NAMES[scheme].en} made child items${labelled ? ` (${labelled} hand numbers kept as label)` : ""}`),
    first.para.number,
  );
  return { body: entries.slice(0, starts[0]), numbering: scheme, items };
}

const NAMES: Record<ListScheme, { vi: string; en: string }> = {
  points: { vi: "điểm a), b)…", en: "points a), b)…" },
  "points-dot": { vi: "điểm a., b.…", en: "points a., b.…" },
  arabic: { vi: "đoạn đánh số 1., 2.…", en: "numbered paragraphs 1., 2.…" },
  decimal: { vi: "đoạn đánh số 1.1., 1.2.…", en: "numbered paragraphs 1.1., 1.2.…" },
};

/** The scheme of the outer list: the first one met that has at least two items from there on. */
function chooseScheme(marks: readonly (Mark | undefined)[]): ListScheme | undefined {
  const tried = new Set<ListScheme>();
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    if (!m || tried.has(m.scheme)) continue;
    tried.add(m.scheme);
    if (marks.slice(i).filter((x) => x?.scheme === m.scheme).length >= 2) return m.scheme;
  }
  return undefined;
}
