import { t, type LocalText } from "../i18n/text.js";

/**
 * Messages for an issue date the schema refuses, with the YEAR-MONTH-DAY form to write: clerks
 * type dates the way they print them ("09/01/2026", "ngày 9 tháng 1 năm 2026", "2026/01/09").
 */

const FORMAT = t(
  "ngày ban hành phải có dạng NĂM-THÁNG-NGÀY (2026-05-12), NĂM-THÁNG (2026-05) hoặc NĂM (2026)",
  "date must be YEAR-MONTH-DAY (2026-05-12), YEAR-MONTH (2026-05) or YEAR (2026)",
);

const pad = (n: number): string => String(n).padStart(2, "0");
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why year/month/day is no calendar date, or undefined when it is one. */
function impossible(year: number, month: number, day: number | undefined): LocalText | undefined {
  if (month < 1 || month > 12) return t(`không có tháng ${month}`, `there is no month ${month}`);
  if (day === undefined) return undefined;
  const last = daysIn(year, month);
  if (day >= 1 && day <= last) return undefined;
  if (day < 1) return t(`không có ngày ${day}`, `there is no day ${day}`);
  return t(`tháng ${month} năm ${year} chỉ có ${last} ngày`, `month ${month} of ${year} has only ${last} days`);
}

/** The parts of a date written day first, year first with slashes, or in words. */
function readTyped(typed: string): { year: number; month: number; day?: number } | undefined {
  const dayFirst = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(typed);
  if (dayFirst) return { year: Number(dayFirst[3]), month: Number(dayFirst[2]), day: Number(dayFirst[1]) };
  const yearFirst = /^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$/.exec(typed);
  if (yearFirst) return { year: Number(yearFirst[1]), month: Number(yearFirst[2]), day: Number(yearFirst[3]) };
  const words = /^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*,?\s*năm\s*(\d{4})$/iu.exec(typed.normalize("NFC"));
  if (words) return { year: Number(words[3]), month: Number(words[2]), day: Number(words[1]) };
  const monthFirst = /^(?:tháng\s*)?(\d{1,2})\s*(?:[/.-]|\s*năm\s*)\s*(\d{4})$/iu.exec(typed.normalize("NFC"));
  if (monthFirst) return { year: Number(monthFirst[2]), month: Number(monthFirst[1]) };
  return undefined;
}

/** The date-format error: "…; ghi 2026-01-09", or why the date typed does not exist and what to write. */
export function dateFormatMessage(typed: string): LocalText {
  const parts = readTyped(typed.trim());
  if (!parts) return FORMAT;
  const { year, month, day } = parts;
  const why = impossible(year, month, day);
  if (!why) {
    const iso = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return t(`${FORMAT.vi}; ghi ${iso}`, `${FORMAT.en}; write ${iso}`);
  }
  const fix = suggestion(year, month, day);
  return t(`ngày "${typed}" không có thật (${why.vi}); ${fix.vi}`, `the date "${typed}" does not exist (${why.en}); ${fix.en}`);
}

/** For a date that does not exist: the ISO form of the likeliest one (swapped day and month, the month's last day). */
function suggestion(year: number, month: number, day: number | undefined): LocalText {
  if ((month < 1 || month > 12) && day !== undefined && day >= 1 && day <= 12 && month <= daysIn(year, day)) {
    const iso = `${year}-${pad(day)}-${pad(month)}`;
    return t(`viết theo dạng NĂM-THÁNG-NGÀY: ghi ${iso} nếu ${day} là tháng và ${month} là ngày`, `write it as YEAR-MONTH-DAY: write ${iso} if ${day} is the month and ${month} the day`);
  }
  if (month >= 1 && month <= 12 && day !== undefined) {
    const iso = `${year}-${pad(month)}-${pad(daysIn(year, month))}`;
    return t(`sửa lại ngày và viết theo dạng NĂM-THÁNG-NGÀY: ghi ${iso} nếu là ngày cuối tháng`, `correct the day and write it as YEAR-MONTH-DAY: write ${iso} for the last day of the month`);
  }
  if (day === undefined) return t(`sửa lại tháng và viết theo dạng NĂM-THÁNG (ví dụ ${year}-05)`, `correct the month and write it as YEAR-MONTH (e.g. ${year}-05)`);
  return t(`sửa lại ngày, tháng và viết theo dạng NĂM-THÁNG-NGÀY (ví dụ ${year}-05-12)`, `correct the day and month and write it as YEAR-MONTH-DAY (e.g. ${year}-05-12)`);
}

/** For an ISO date the calendar does not have (2026-02-30, 2026-13): why, in the clerk's words. */
export function unrealDateMessage(year: number, month: number | undefined, day: number | undefined): LocalText {
  const why = month === undefined ? undefined : impossible(year, month, day);
  return why
    ? t(`ngày không có thật trên lịch: ${why.vi}`, `not a real calendar date: ${why.en}`)
    : t("ngày không có thật trên lịch (kiểm tra ngày và tháng)", "not a real calendar date (check the day and month)");
}
