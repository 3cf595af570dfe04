import { lowerVi, upperFirst, upperVi } from "../render/vietnamese.js";

/**
 * Text typed in capitals (a Roman heading, the issuer's line, a trích yếu from a legal website)
 * back in the case a plan is written in. The document itself is the dictionary: a phrase found
 * in running text takes the case it has there, a word that is only ever written with a capital
 * (a name, an acronym) keeps it, other words go to lower case. kehoach prints such fields in
 * capitals again, so the rebuilt page shows the same letters whatever is guessed here.
 */
export class CaseDictionary {
  private readonly corpus: string;
  private readonly upperCorpus: string;
  private readonly capitalOnly = new Map<string, string>();

  constructor(texts: readonly string[]) {
    this.corpus = texts.join("\n");
    this.upperCorpus = upperVi(this.corpus);
    const lowerSeen = new Set<string>();
    const upperSeen = new Set<string>();
    for (const text of texts) {
      // Words after the first of a sentence: a capital there is the word's own.
      const words = text.split(/\s+/u);
      words.forEach((w, i) => {
        const word = w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
        if (!word || !/\p{L}/u.test(word)) return;
        const key = upperVi(word);
        const sentenceStart = i === 0 || /[.:;!?]$/u.test(words[i - 1] ?? "");
        if (word === key && word.length > 1) {
          if (text !== upperVi(text)) upperSeen.add(key + "|" + word);
          return;
        }
        if (word[0] === upperVi(word[0]!)) {
          if (!sentenceStart) upperSeen.add(key + "|" + word);
        } else lowerSeen.add(key);
      });
    }
    for (const entry of upperSeen) {
      const [key, word] = entry.split("|") as [string, string];
      if (!lowerSeen.has(key)) this.capitalOnly.set(key, word);
    }
  }

  /** The phrase as running text writes it, if it occurs there. */
  findPhrase(upper: string): string | undefined {
    const key = upperVi(upper.trim());
    if (key.length < 3) return undefined;
    const at = this.upperCorpus.indexOf(key);
    if (at < 0 || this.upperCorpus.length !== this.corpus.length) return undefined;
    const found = this.corpus.slice(at, at + key.length);
    return found === upperVi(found) ? undefined : found;
  }

  /** Sentence case word by word, names and acronyms of the document kept. */
  sentence(upper: string): string {
    const words = upper.trim().split(/(\s+)/u);
    const out = words.map((w) => {
      if (/^\s+$/u.test(w)) return w;
      const core = w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
      const kept = this.capitalOnly.get(upperVi(core));
      return kept ? w.replace(core, kept) : lowerVi(w);
    });
    return upperFirst(out.join(""));
  }

  /** A capitals phrase in the case a plan writes it: as found in the text, else sentence case. */
  recase(upper: string): string {
    return this.findPhrase(upper) ?? this.sentence(upper);
  }
}

/** A place or person's name in capitals → each syllable with a capital ("NA DƯƠNG" → "Na Dương"). */
export const nameCase = (s: string): string =>
  s
    .trim()
    .split(/\s+/u)
    .map((w) => upperFirst(lowerVi(w)))
    .join(" ");

export const isCapitals = (s: string): boolean => /\p{L}/u.test(s) && s === upperVi(s) && s.replace(/[^\p{L}]/gu, "").length > 1;
