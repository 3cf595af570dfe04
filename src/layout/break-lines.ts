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
  // best[i] = [lines, cost] for words[i..n); fewest lines first, then lowest cost.
  const best: { lines: number; cost: number; next: number }[] = Array(n + 1);
  best[n] = { lines: 0, cost: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    let choice = { lines: Infinity, cost: Infinity, next: n };
    for (let j = i + 1; j <= n; j++) {
      const w = width(i, j);
      if (w > maxWidth && j > i + 1) break;
      const rest = best[j]!;
      const bonus = j < n ? preference(words[j - 1]!, words[j]!) : 0;
      // Balanced: the widest line dominates; small squared slack breaks ties.
      const cost = Math.max(w + bonus, rest.cost);
      const lines = rest.lines + 1;
      if (lines < choice.lines || (lines === choice.lines && cost < choice.cost)) choice = { lines, cost, next: j };
    }
    best[i] = choice;
  }
  const out: string[] = [];
  for (let i = 0; i < n; i = best[i]!.next) out.push(words.slice(i, best[i]!.next).join(" "));
  return out;
}

/** Agency names read best broken before "VÀ" or after a comma ("SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH"). */
export function agencyBreakPreference(before: string, after: string): number {
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
  if (/[,;:]$/.test(before)) return -10;
  if (PHRASE_STARTS.has(after.toLocaleLowerCase("vi"))) return -8;
  return 0;
}
