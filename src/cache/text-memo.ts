import { SeenBefore } from "./seen-before.js";

/**
 * A pure function of one text, remembered: a batch lays out the same model plan for every unit,
 * and most of its lines come back word for word (the same string, whose hash V8 keeps). The
 * results are shared, so they must never be changed by their users (layout values are read-only).
 * Bounded: lines that name one unit are seen once, and the table is emptied when full.
 */
export function memoByText<T>(compute: (text: string) => T, maxEntries = 4096): (text: string) => T {
  const kept = new Map<string, T>();
  // A text is kept from its second use (cache/seen-before.ts).
  const met = new SeenBefore();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = compute(text);
    if (met.check(text)) {
      if (kept.size >= maxEntries) kept.clear();
      kept.set(text, value);
    }
    return value;
  };
}
