import { readFileSync } from "node:fs";

/**
 * The seeds are plain text extracted from the original plans; a few things in them are
 * extraction artefacts, not document text. Each correction is listed here, per seed, so the
 * "word for word" claim is reviewable.
 */
export interface SeedCorrections {
  /** 1-based line numbers to drop (page-break junk, repeated table headers). */
  readonly dropLines?: readonly number[];
  /** Patterns removed from the seed (markup the extractor added). */
  readonly strip?: readonly RegExp[];
  /** Literal replacements [old, new] (text the extractor moved or cased differently). */
  readonly replace?: readonly (readonly [string, string])[];
}

/** NFC, punctuation dropped: the words a reader sees, in order. */
export function words(text: string): string[] {
  return text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter(Boolean);
}

export function seedWords(file: string, fix: SeedCorrections = {}): string[] {
  const drop = new Set(fix.dropLines ?? []);
  let text = readFileSync(file, "utf8")
    .split("\n")
    .filter((_, i) => !drop.has(i + 1))
    .join("\n");
  for (const pattern of fix.strip ?? []) text = text.replace(pattern, " ");
  for (const [old, replacement] of fix.replace ?? []) {
    if (!text.includes(old)) throw new Error(`seed correction does not apply: ${old}`);
    text = text.replace(old, replacement);
  }
  return words(text);
}

/** The first seed word that cannot be found, in order, in the output; undefined when all are. */
export function firstMissingWord(seed: readonly string[], output: readonly string[]): { index: number; word: string; context: string } | undefined {
  let j = 0;
  for (let i = 0; i < seed.length; i++) {
    const k = output.indexOf(seed[i]!, j);
    if (k < 0) {
      return { index: i, word: seed[i]!, context: `${seed.slice(Math.max(0, i - 8), i).join(" ")} [[${seed[i]}]] ${seed.slice(i + 1, i + 8).join(" ")}` };
    }
    j = k + 1;
  }
  return undefined;
}
