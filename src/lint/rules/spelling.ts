import { isMap, isScalar, isSeq, type Node } from "yaml";
import { t } from "../../i18n/text.js";
import { lowerVi } from "../../render/vietnamese.js";
import { toneKey } from "../../render/tone-key.js";
import { memoByText } from "../../cache/text-memo.js";
import type { FieldPath, Finding, LintContext, LintRule } from "../rule.js";

interface Occurrence {
  readonly spelling: string;
  readonly offset: number;
  readonly path: FieldPath;
}

/** Words carrying a Vietnamese diacritic: only those can be spelled with the tone mark elsewhere. */
const WORD = /\p{L}+/gu;
const hasDiacritic = (w: string): boolean => /[^\u0000-\u007f]/u.test(w);

/** Every word of every value the clerk wrote, in file order, with its offset in the file. */
function planWords(ctx: LintContext): Occurrence[] {
  const text = ctx.source.source.text;
  const out: Occurrence[] = [];
  const walk = (node: unknown, path: FieldPath): void => {
    if (isMap(node)) {
      for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : "?"]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === "string" && node.range) {
      const [start, end] = node.range;
      for (const m of text.slice(start, end).matchAll(WORD)) {
        if (hasDiacritic(m[0])) out.push({ spelling: lowerVi(m[0]), offset: start + m.index, path });
      }
    }
  };
  walk(ctx.source.doc.contents as Node | null, []);
  return out;
}

/** What the plan's own words say, worked out once per plan (a batch lints it once per unit). */
interface PlanSpellings {
  /** Each word's first spelling in the plan, by tone key. */
  readonly first: ReadonlyMap<string, Occurrence>;
  /** Words the plan itself spells two ways, with their findings. */
  readonly reported: ReadonlySet<string>;
  readonly findings: readonly Finding[];
  /**
   * The plan words a resolved text spells differently ([key, other spelling]), remembered by
   * text: texts repeat from unit to unit (cache/text-memo.ts).
   */
  readonly conflictsOf: (text: string) => readonly (readonly [string, string])[];
}

const planSpellingsCache = new WeakMap<object, PlanSpellings>();
const CONFLICTS_CACHE_SIZE = 2_000;

type Conflict = readonly [string, string];

const positionIn = (ctx: LintContext, offset: number) => {
  const { line, col } = ctx.source.lineCounter.linePos(offset);
  return { line, column: col };
};

function planSpellings(ctx: LintContext): PlanSpellings {
  const cached = planSpellingsCache.get(ctx.source);
  if (cached) return cached;
  const first = new Map<string, Occurrence>();
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const w of planWords(ctx)) {
    const key = toneKey(w.spelling);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, w);
      continue;
    }
    if (seen.spelling === w.spelling || reported.has(key)) continue;
    reported.add(key);
    const where = positionIn(ctx, seen.offset);
    findings.push({
      path: w.path,
      position: positionIn(ctx, w.offset),
      message: t(
        `"${w.spelling}" và "${seen.spelling}" (dòng ${where.line}) là một từ đặt dấu thanh hai cách trong cùng văn bản`,
        `"${w.spelling}" and "${seen.spelling}" (line ${where.line}) are one word with two tone-mark placements in one document`,
      ),
      hint: t(
        `chọn một cách viết cho cả văn bản, "${seen.spelling}" hoặc "${w.spelling}", và sửa các chỗ viết kiểu kia (Quốc hiệu viết "HÒA", kiểu đặt dấu mới)`,
        `pick one spelling for the whole document, "${seen.spelling}" or "${w.spelling}", and change the places written the other way (the national motto writes "HÒA", the new placement)`,
      ),
    });
  }
  // A text that names the unit is new for every unit, but its words are not: both remembered.
  const wordConflictOf = memoByText((word): Conflict | null => wordConflict(first, reported, word), CONFLICTS_CACHE_SIZE);
  const conflictsOf = memoByText((text): readonly Conflict[] => {
    const out: Conflict[] = [];
    for (const [word] of text.matchAll(WORD)) {
      const conflict = wordConflictOf(word);
      if (conflict) out.push(conflict);
    }
    return out;
  }, CONFLICTS_CACHE_SIZE);
  const result: PlanSpellings = { first, reported, findings, conflictsOf };
  planSpellingsCache.set(ctx.source, result);
  return result;
}

/** A word's [tone key, spelling] when the plan spells it the other way; null otherwise. */
function wordConflict(first: ReadonlyMap<string, Occurrence>, reported: ReadonlySet<string>, word: string): Conflict | null {
  if (!hasDiacritic(word)) return null;
  const key = toneKey(word);
  const mine = first.get(key);
  if (!mine || reported.has(key)) return null;
  const spelling = lowerVi(word);
  return spelling === mine.spelling ? null : [key, spelling];
}

/** Every text of the resolved plan (which includes what the built-in templates wrote). */
function forEachText(value: unknown, visit: (text: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) for (const v of value) forEachText(v, visit);
  // The footnotes' texts, by id: a Map has no own keys for for…in.
  else if (value instanceof Map) for (const v of value.values()) forEachText(v, visit);
  else if (value && typeof value === "object") {
    // for…in, not Object.entries: this runs over the whole resolved plan for every unit of a batch.
    for (const k in value) if (k !== "warnings" && Object.hasOwn(value, k)) forEachText((value as Record<string, unknown>)[k], visit);
  }
}

/**
 * One word, one spelling: "Ủy"/"Uỷ", "hòa"/"hoà" are the same word with the tone mark placed
 * by the new or the old convention. Both are accepted Vietnamese, but a document mixing them
 * looks careless. Warns once per word, at the first occurrence of the second spelling.
 */
export const spellingRule: LintRule = {
  id: "ND30-chinh-ta-thong-nhat",
  severity: "warning",
  clause: "Phụ lục I, Phần I, khoản 4 (bộ mã Unicode TCVN 6909:2001); thống nhất cách đặt dấu thanh là thực hành soạn thảo",
  summary: t(
    "một từ chỉ viết một cách đặt dấu trong cả văn bản (\"Ủy\"/\"Uỷ\", \"hòa\"/\"hoà\")",
    "one tone-mark placement per word across the document (\"Ủy\"/\"Uỷ\", \"hòa\"/\"hoà\")",
  ),
  check(ctx) {
    const plan = planSpellings(ctx);
    // The first other spelling of each plan word found in the resolved text, in plan order.
    const other = new Map<string, string>();
    forEachText(ctx.resolved, (text) => {
      for (const [key, spelling] of plan.conflictsOf(text)) if (!other.has(key)) other.set(key, spelling);
    });
    const findings = [...plan.findings];
    for (const [key, w] of plan.first) {
      const spelling = other.get(key);
      if (spelling === undefined) continue;
      findings.push({
        path: w.path,
        position: positionIn(ctx, w.offset),
        message: t(
          `kế hoạch viết "${w.spelling}" nhưng phần do mẫu tạo ra viết "${spelling}"; văn bản sẽ có hai cách đặt dấu`,
          `the plan writes "${w.spelling}" but the template-made text writes "${spelling}"; the document will mix both`,
        ),
        hint: t(`viết "${spelling}" như mẫu, hoặc ghi đè mẫu bằng --templates`, `write "${spelling}" as the template does, or override the template with --templates`),
      });
    }
    return findings;
  },
};
