/**
 * Bilingual text. Clerks read Vietnamese first; every user-facing message carries both
 * languages from the place it is written, so no catalogue can drift from the code.
 */
export interface LocalText {
  readonly vi: string;
  readonly en: string;
}

export type Lang = keyof LocalText;

export const t = (vi: string, en: string): LocalText => ({ vi, en });

/** `--lang` wins, then LANG/LC_ALL starting with "en"; Vietnamese otherwise. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === "en" || flag === "vi") return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en" : "vi";
}
