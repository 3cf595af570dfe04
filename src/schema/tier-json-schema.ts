// plain: the words as tierOf compares them, without marks, lower case ("thành phố" → "thanh pho").
import { plain, TIER_ALIASES, TIERS } from "./tier.js";

/**
 * `tier` in the editor schema. `kehoach validate` reads a tier through tierOf (tier.ts): the ids
 * in any case, and the Vietnamese words (TIER_ALIASES) in any case, with or without their
 * marks, NFC or not, with a notice saying what to write. An editor must not underline what
 * validate accepts, yet its completion should offer the ids: so the schema is "one of the ids"
 * (what completion lists) or "a spelling tierOf reads" (a pattern, which editors only check).
 *
 * The pattern uses only what every JSON Schema regex dialect reads alike (ECMAScript with or
 * without the u flag, Java in JetBrains editors): character classes of BMP letters, \s, \uXXXX.
 */

/** The combining marks NFD text carries after its base letters (plain() in tier.ts drops them). */
const MARKS = "[\\u0300-\\u036f]*";

/**
 * Every precomposed Latin letter (Latin-1 to Latin Extended Additional, where the Vietnamese
 * letters are) that is a base letter plus marks, by its base letter in lower case: "a" → "àáâãä…ạảấầẩ…".
 */
function lettersByBase(): Map<string, string> {
  const byBase = new Map<string, string>();
  const add = (base: string, letter: string) => byBase.set(base, (byBase.get(base) ?? "") + letter);
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let code = from; code <= to; code++) {
      const letter = String.fromCharCode(code);
      const decomposed = letter.normalize("NFD");
      if (decomposed.length > 1 && /^[A-Za-z]\p{M}+$/u.test(decomposed)) add(decomposed[0]!.toLowerCase(), letter);
    }
  }
  add("d", "đĐ"); // plain() reads đ as d: it has no decomposition
  return byBase;
}

/** A spelling, letter by letter: each in either case; with `marks`, also with any marks, precomposed or combining. */
function spellingPattern(word: string, marks: boolean, byBase: Map<string, string>): string {
  return [...word]
    .map((ch) => {
      if (ch === " ") return "\\s+";
      const both = ch.toLowerCase() + ch.toUpperCase();
      return marks && byBase.has(ch) ? `[${both}${byBase.get(ch)}]${MARKS}` : `[${both}]`;
    })
    .join("");
}

/** A regular expression (source) for every spelling of a tier that tierOf reads. */
export function tierSpellingPattern(): string {
  const byBase = lettersByBase();
  const ids = TIERS.map((id) => spellingPattern(id, false, byBase));
  const words = [...new Set(Object.keys(TIER_ALIASES).map(plain))].map((word) => spellingPattern(word, true, byBase));
  return `^\\s*(?:${[...ids, ...words].join("|")})\\s*$`;
}

/** The `tier` property's schema node, keeping the help zod generated (description, examples). */
export function tierJsonSchema(generated: Record<string, unknown>): Record<string, unknown> {
  const { type: _type, enum: _enum, ...help } = generated;
  const words = Object.keys(TIER_ALIASES).join(", ");
  return {
    ...help,
    anyOf: [
      { type: "string", enum: [...TIERS] },
      {
        type: "string",
        pattern: tierSpellingPattern(),
        description: `Cũng nhận tên tiếng Việt của cấp (${words}), viết hoa hay thường, có dấu hay không; kehoach đọc được và nhắc ghi tên chuẩn`,
        descriptionEn: `The tier's Vietnamese word is read as well (${words}), in any case, with or without its marks; kehoach reads it and says what to write`,
      },
    ],
  };
}
