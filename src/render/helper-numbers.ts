import { t, type LocalText } from "../i18n/text.js";
import { toRoman } from "./vietnamese.js";

/** Where a helper call sits in its template (Handlebars passes `loc` in the options). */
interface CallSite {
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
}

/**
 * A helper was given a whole number outside its range (helpers.ts checks it is one). Shaped
 * like Handlebars' errors (lineNumber, 0-based column) so renderField points at the call.
 */
export class HelperRangeError extends Error {
  readonly lineNumber: number | undefined;
  readonly column: number | undefined;
  constructor(
    readonly text: LocalText,
    site: unknown,
  ) {
    super(text.en);
    const loc = (site as CallSite | undefined)?.loc;
    this.lineNumber = loc?.start.line;
    this.column = loc?.start.column;
  }
}

/** Roman numerals exist for 1–3999; 0, -1 or 1e300 (a whole number to JavaScript, and an endless loop) are refused. */
export const ROMAN_MIN = 1;
export const ROMAN_MAX = 3999;

const shown = (raw: unknown): string => {
  const text = String(raw);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** {{roman n}}: n a whole number 1–3999. `raw` is the argument as given, for the message. */
export function romanOf(n: number, raw: unknown, site: unknown): string {
  if (n < ROMAN_MIN || n > ROMAN_MAX) {
    throw new HelperRangeError(
      t(`{{roman}} cần một số nguyên từ ${ROMAN_MIN} đến ${ROMAN_MAX}, nhận được ${shown(raw)}`, `{{roman}} needs a whole number from ${ROMAN_MIN} to ${ROMAN_MAX}, got ${shown(raw)}`),
      site,
    );
  }
  return toRoman(n);
}

/** {{day n}} 1–31, {{month n}} 1–12. */
export function calendarNumber(helper: "day" | "month", n: number, raw: unknown, site: unknown): number {
  const max = helper === "day" ? 31 : 12;
  if (n < 1 || n > max) {
    throw new HelperRangeError(t(`{{${helper}}} cần một số nguyên từ 1 đến ${max}, nhận được ${shown(raw)}`, `{{${helper}}} needs a whole number from 1 to ${max}, got ${shown(raw)}`), site);
  }
  return n;
}
