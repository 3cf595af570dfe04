import { isMap, isScalar, isSeq, type Node } from "yaml";
import { t } from "../../i18n/text.js";
import { lowerVi } from "../../render/vietnamese.js";
import { toneKey } from "../../render/tone-key.js";
import type { FieldPath, Finding, LintContext, LintRule } from "../rule.js";

interface Occurrence {
  readonly spelling: string;
  readonly offset: number;
  readonly path: FieldPath;
}

/** Words carrying a Vietnamese diacritic: only those can be spelled with the tone mark elsewhere. */
const WORD = /\p{L}+/gu;
const hasDiacritic = (w: string): boolean => /[^\u0000-\u007f]/u.test(w);

/** Plan words per parsed plan: a batch lints one plan once per unit. */
const planWordsCache = new WeakMap<object, Occurrence[]>();

/** Every word of every value the clerk wrote, in file order, with its offset in the file. */
function planWords(ctx: LintContext): Occurrence[] {
  const cached = planWordsCache.get(ctx.source);
  if (cached) return cached;
  const words = scanPlanWords(ctx);
  planWordsCache.set(ctx.source, words);
  return words;
}

function scanPlanWords(ctx: LintContext): Occurrence[] {
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

/**
 * The spellings, in the resolved plan (which includes the text the built-in templates wrote),
 * of the words the plan itself uses (`keys`); other words cannot conflict with the plan.
 */
function resolvedSpellings(value: unknown, keys: ReadonlySet<string>, into: Map<string, Set<string>>): Map<string, Set<string>> {
  if (typeof value === "string") {
    for (const m of value.matchAll(WORD)) {
      if (!hasDiacritic(m[0])) continue;
      const key = toneKey(m[0]);
      if (!keys.has(key)) continue;
      into.set(key, (into.get(key) ?? new Set()).add(lowerVi(m[0])));
    }
  } else if (Array.isArray(value)) {
    for (const v of value) resolvedSpellings(v, keys, into);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (k !== "warnings") resolvedSpellings(v, keys, into);
  }
  return into;
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
    const findings: Finding[] = [];
    const words = planWords(ctx);
    const first = new Map<string, Occurrence>();
    const reported = new Set<string>();
    const position = (offset: number) => {
      const { line, col } = ctx.source.lineCounter.linePos(offset);
      return { line, column: col };
    };
    for (const w of words) {
      const key = toneKey(w.spelling);
      const seen = first.get(key);
      if (!seen) {
        first.set(key, w);
        continue;
      }
      if (seen.spelling === w.spelling || reported.has(key)) continue;
      reported.add(key);
      const where = position(seen.offset);
      findings.push({
        path: w.path,
        position: position(w.offset),
        message: t(
          `"${w.spelling}" và "${seen.spelling}" (dòng ${where.line}) là một từ đặt dấu thanh hai cách trong cùng văn bản`,
          `"${w.spelling}" and "${seen.spelling}" (line ${where.line}) are one word with two tone-mark placements in one document`,
        ),
        hint: t(`chọn một cách viết cho cả văn bản (Quốc hiệu viết "HÒA", kiểu đặt dấu mới)`, `pick one spelling for the whole document (the national motto writes "HÒA", the new placement)`),
      });
    }
    const output = resolvedSpellings(ctx.resolved, new Set(first.keys()), new Map());
    for (const [key, w] of first) {
      if (reported.has(key)) continue;
      const other = [...(output.get(key) ?? [])].find((s) => s !== w.spelling);
      if (!other) continue;
      reported.add(key);
      findings.push({
        path: w.path,
        position: position(w.offset),
        message: t(
          `kế hoạch viết "${w.spelling}" nhưng phần do mẫu tạo ra viết "${other}"; văn bản sẽ có hai cách đặt dấu`,
          `the plan writes "${w.spelling}" but the template-made text writes "${other}"; the document will mix both`,
        ),
        hint: t(`viết "${other}" như mẫu, hoặc ghi đè mẫu bằng --templates`, `write "${other}" as the template does, or override the template with --templates`),
      });
    }
    return findings;
  },
};
