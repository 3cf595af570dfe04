/**
 * A pure function of one text, remembered: a batch lays out the same model plan for every unit,
 * and most of its lines come back word for word (the same string, whose hash V8 keeps). The
 * results are shared, so they must never be changed by their users (layout values are read-only).
 * Bounded: lines that name one unit are seen once, and the table is emptied when full.
 */
export function memoByText<T>(compute: (text: string) => T, maxEntries = 4096): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = compute(text);
      if (seen.size >= maxEntries) seen.clear();
      seen.set(text, value);
    }
    return value as T;
  };
}
