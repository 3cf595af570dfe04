import { lowerVi } from "./vietnamese.js";

/** The five Vietnamese tone marks as combining characters (NFD). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A key for one word that ignores case and where the tone mark sits, but keeps every other
 * letter and mark: "Hòa" = "hoà", "Ủy" = "uỷ", yet "Hòa" ≠ "Hoa" ≠ "Hóa". Two spellings of the
 * same word written with old- and new-style tone placement share a key.
 */
export function toneKey(word: string): string {
  let key = memo.get(word);
  if (key === undefined) {
    const decomposed = lowerVi(word).normalize("NFD");
    const tones = decomposed.match(TONE_MARKS) ?? [];
    key = decomposed.replace(TONE_MARKS, "").normalize("NFC") + tones.sort().join("");
    // A language has few distinct words; the cap only guards against pathological input.
    if (memo.size > 100_000) memo.clear();
    memo.set(word, key);
  }
  return key;
}

/** Keys already computed: lint runs once per unit in a batch, over the same words. */
const memo = new Map<string, string>();

/** The same key for a phrase, word by word, with runs of spaces collapsed: "Phú  Hòa" = "phú hoà". */
export const phraseToneKey = (phrase: string): string =>
  phrase
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map(toneKey)
    .join(" ");
