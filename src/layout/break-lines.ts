import { readFileSync } from "node:fs";

/** data/vi-compounds.txt: two-syllable words whose syllables a line break never separates. */
const COMPOUNDS_FILE = new URL("../../data/vi-compounds.txt", import.meta.url);
let compounds: Set<string> | undefined;

function compoundSet(): Set<string> {
  compounds ??= new Set(
    readFileSync(COMPOUNDS_FILE, "utf8")
      .split("\n")
      .map((l) => l.trim().normalize("NFC"))
      .filter((l) => l !== "" && !l.startsWith("#")),
  );
  return compounds;
}

/** Whether `before` and `after` are the two syllables of one listed word ("mục" + "tiêu"). */
export function isCompound(before: string, after: string): boolean {
  const a = before.replace(/^[("“]+/u, "").toLocaleLowerCase("vi");
  const b = after.replace(/[),.;:"”]+$/u, "").toLocaleLowerCase("vi");
  if (/[,.;:]$/u.test(before)) return false;
  return compoundSet().has(`${a} ${b}`);
}

/** A break inside a word costs more than any width: it is taken only when nothing else fits. */
const SPLIT_WORD = 1000;

/**
 * Headings are a few dozen words; past this the balanced search (about 15 measures of a whole
 * line per word) would take seconds (a 90 KB trích yếu: 3 s), so a hostile or mistaken text is
 * wrapped greedily instead, in one pass.
 */
const MAX_BALANCED_WORDS = 400;

function greedyLines(words: readonly string[], maxWidth: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(candidate) > maxWidth) {
      out.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") out.push(line);
  return out;
}

/**
 * Breaks a centred heading (issuer name, trích yếu) into the fewest lines that fit, choosing
 * breaks that balance the lines — Word's greedy wrap would leave one word alone on the last
 * line. `preference` lowers the cost of a break before a word (e.g. before "VÀ").
 */
export function breakLines(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  preference: (before: string, after: string) => number = () => 0,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length > MAX_BALANCED_WORDS) return greedyLines(words, maxWidth, measure);
  if (words.length <= 1 || measure(text.trim()) <= maxWidth) return [words.join(" ")];
  const n = words.length;
  const width = (i: number, j: number) => measure(words.slice(i, j).join(" "));
  // best[i] for words[i..n): fewest split words first (a break inside a listed compound), then
  // fewest lines, then the lowest cost (the widest line, preference included).
  type Choice = { splits: number; lines: number; cost: number; next: number };
  const better = (a: Choice, b: Choice) =>
    a.splits !== b.splits ? a.splits < b.splits : a.lines !== b.lines ? a.lines < b.lines : a.cost < b.cost;
  const best: Choice[] = Array(n + 1);
  best[n] = { splits: 0, lines: 0, cost: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    let choice: Choice = { splits: Infinity, lines: Infinity, cost: Infinity, next: n };
    for (let j = i + 1; j <= n; j++) {
      const w = width(i, j);
      if (w > maxWidth && j > i + 1) break;
      const rest = best[j]!;
      const bonus = j < n ? preference(words[j - 1]!, words[j]!) : 0;
      const split = bonus >= SPLIT_WORD;
      // Balanced: the widest line dominates.
      const candidate: Choice = {
        splits: rest.splits + (split ? 1 : 0),
        lines: rest.lines + 1,
        cost: Math.max(w + (split ? 0 : bonus), rest.cost),
        next: j,
      };
      if (better(candidate, choice)) choice = candidate;
    }
    best[i] = choice;
  }
  const out: string[] = [];
  for (let i = 0; i < n; i = best[i]!.next) out.push(words.slice(i, best[i]!.next).join(" "));
  return out;
}

/** Agency names read best broken before "VÀ" or after a comma ("SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH"). */
export function agencyBreakPreference(before: string, after: string): number {
  if (isCompound(before, after)) return SPLIT_WORD;
  if (/^(VÀ|và)$/.test(after)) return -15;
  if (/[,;]$/.test(before)) return -10;
  return 0;
}

/**
 * A trích yếu reads best broken before a preposition or conjunction, or after a comma, so a
 * phrase such as "chuyển đổi số" is not split across lines.
 */
const PHRASE_STARTS = new Set(["về", "trên", "của", "và", "năm", "giai", "tại", "cho", "theo", "nhằm", "đến", "trong", "giữa", "với", "đối", "thuộc", "tầm", "hướng"]);
export function titleBreakPreference(before: string, after: string): number {
  if (isCompound(before, after)) return SPLIT_WORD;
  if (/[,;:]$/.test(before)) return -10;
  if (PHRASE_STARTS.has(after.toLocaleLowerCase("vi"))) return -8;
  return 0;
}
