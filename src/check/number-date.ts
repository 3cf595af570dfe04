import { formatDay, formatMonth } from "../render/date-line.js";

/**
 * Reading "Số: 12/KH-UBND" and "Lạng Sơn, ngày 05 tháng 02 năm 2026" back into their parts, for
 * the header rules and for comparing an appendix's "(Kèm theo Kế hoạch số …)" with them. Blank
 * parts (gaps of spaces or no-break spaces, left for the văn thư) read as "".
 */

export interface NumberLine {
  readonly number: string;
  readonly symbol: string;
}

/** Lenient on "&" and on spaces around "/" and "-" (warnings, nd30-spec rule 17), strict on the rest. */
const NUMBER_LINE = /^Số:\s*([0-9]*)\s*\/\s*(KH(?:\s*-\s*[A-ZĐ][A-ZĐ0-9&]*)+)$/u;

export function parseNumberLine(text: string): NumberLine | undefined {
  const m = NUMBER_LINE.exec(text.normalize("NFC").trim());
  return m ? { number: m[1]!, symbol: m[2]! } : undefined;
}

export interface DateLine {
  readonly place: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

const DATE_LINE = /^(\S.*?), ngày (?:(\S+) )?tháng (?:(\S+) )?năm (\S+)$/u;

/** Whitespace runs (blanks included) collapse to one space, so a blank day reads as "". */
export function parseDateLine(text: string): DateLine | undefined {
  const m = DATE_LINE.exec(text.normalize("NFC").replace(/\s+/gu, " ").trim());
  return m ? { place: m[1]!, day: m[2] ?? "", month: m[3] ?? "", year: m[4]! } : undefined;
}

/** "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 02 năm 2026 của …)" */
const REFERENCE = /^\(Kèm theo Kế hoạch số ?(\S*?) ?\/(KH-\S+) ngày (?:(\S+) )?tháng (?:(\S+) )?năm ([0-9]{4}) của .+\)$/u;

export interface Reference {
  readonly number: string;
  readonly symbol: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export function parseReference(text: string): Reference | undefined {
  const m = REFERENCE.exec(text.normalize("NFC").replace(/\s+/gu, " ").trim());
  return m ? { number: m[1]!, symbol: m[2]!, day: m[3] ?? "", month: m[4] ?? "", year: m[5]! } : undefined;
}

/** PL I, II.4: written exactly as kehoach writes it (day 01–09 with a zero; months 01, 02 with a zero, 3–9 without). */
export const isDayForm = (day: string): boolean => /^[0-9]+$/.test(day) && Number(day) >= 1 && Number(day) <= 31 && formatDay(Number(day)) === day;
export const isMonthForm = (month: string): boolean => /^[0-9]+$/.test(month) && Number(month) >= 1 && Number(month) <= 12 && formatMonth(Number(month)) === month;
