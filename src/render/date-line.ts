/** YEAR, YEAR-MONTH or YEAR-MONTH-DAY, as the plan's `date` field takes it. */
export const DATE_PATTERN = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** An issue date as far as it is known; blanks are left for the văn thư to fill in by hand. */
export interface IssueDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export function parseIssueDate(text: string): IssueDate {
  const m = DATE_PATTERN.exec(text.trim());
  if (!m) throw new Error(`not a date: ${text}`);
  return {
    year: Number(m[1]),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[3] ? { day: Number(m[3]) } : {}),
  };
}

/** Gap left for a hand-written day or month (and number): wide enough to write two digits. */
export const BLANK = "\u00A0".repeat(6);

/** ND30 PL I, II.4.b: day < 10 and months 1–2 take a leading zero; other months none. */
export const formatDay = (day: number): string => (day < 10 ? `0${day}` : String(day));
export const formatMonth = (month: number): string => (month <= 2 ? `0${month}` : String(month));

/** "ngày 05 tháng 02 năm 2026", with blanks where the date is not yet known. */
export function dateWords(date: IssueDate): string {
  const day = date.day === undefined ? BLANK : formatDay(date.day);
  const month = date.month === undefined ? BLANK : formatMonth(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** Whether the parts form a real calendar date (29/02 only in leap years). */
export function isRealDate(date: IssueDate): boolean {
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return false;
  if (date.day === undefined) return true;
  if (date.month === undefined) return false;
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return d.getUTCMonth() === date.month - 1 && d.getUTCDate() === date.day;
}

/** ISO form for metadata (unknown parts become the first of the period). */
export const isoDate = (date: IssueDate): string =>
  `${String(date.year).padStart(4, "0")}-${String(date.month ?? 1).padStart(2, "0")}-${String(date.day ?? 1).padStart(2, "0")}`;
