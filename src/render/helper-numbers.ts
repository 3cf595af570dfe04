import { t, type LocalText } from "../i18n/text.js";
import { toRoman } from "./vietnamese.js";

/** A helper was given a whole number outside its range (helpers.ts checks it is one); renderField locates it. */
export class HelperRangeError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
  }
}

/** Roman numerals exist for 1–3999; anything else (0, -1, "Infinity", "1e300", "abc") is refused. */
export const ROMAN_MIN = 1;
export const ROMAN_MAX = 3999;

/** {{roman x}}: an integer 1–3999 (a number or its digits), else a HelperRangeError. */
export function romanOf(value: unknown): string {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < ROMAN_MIN || n > ROMAN_MAX) {
    const shown = typeof value === "string" ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : String(value);
    throw new HelperRangeError(
      t(
        `{{roman}} cần một số nguyên từ ${ROMAN_MIN} đến ${ROMAN_MAX}, nhận được ${shown}`,
        `{{roman}} needs a whole number from ${ROMAN_MIN} to ${ROMAN_MAX}, got ${shown}`,
      ),
    );
  }
  return toRoman(n);
}

/** {{day x}} / {{month x}}: a whole number in the calendar's range. */
export function calendarNumber(helper: "day" | "month", value: unknown): number {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  const max = helper === "day" ? 31 : 12;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new HelperRangeError(
      t(`{{${helper}}} cần một số nguyên từ 1 đến ${max}, nhận được ${String(value)}`, `{{${helper}}} needs a whole number from 1 to ${max}, got ${String(value)}`),
    );
  }
  return n;
}
