import { t } from "../i18n/text.js";
import { textWidthPt } from "../layout/measure-text.js";
import type { Nd30Value } from "../layout/nd30.js";
import type { Placed } from "./anatomy.js";
import { mmText } from "./describe.js";
import { inkRuns, linesOf, runPt } from "./paragraph.js";
import { failed, judge, passed, type Finding } from "./rule.js";

/**
 * ND30 sizes the short lines under the issuing body and the trích yếu against the text above
 * them ("bằng 1/3 đến 1/2 độ dài của dòng chữ"): the longest line as set, never wider than its
 * column.
 */

/** Longest line of bold text as set (a line never wider than its column). */
export function longestLineTwips(lines: readonly Placed[]): number {
  return Math.max(
    0,
    ...lines.flatMap((x) => {
      const run = inkRuns(x.p)[0];
      const size = run ? runPt(run) : 14;
      return linesOf(x.p).map((l) => Math.min(x.width, textWidthPt(l, size, { bold: true }) * 20));
    }),
  );
}

/** The 1/3–1/2 ratio of ND30, with 1 % slack for rounding twips. */
export function fractionFinding(length: number, of: number, fraction: Nd30Value, what: string, whatEn: string): Finding {
  const ratio = of > 0 ? length / of : 0;
  const ok = ratio >= fraction.min - 0.01 && ratio <= fraction.max + 0.01;
  return judge(
    ok,
    t(`đường kẻ ${mmText(length)} = ${Math.round(ratio * 100)} % dòng ${what} dài nhất (${mmText(of)})`, `line ${mmText(length)} = ${Math.round(ratio * 100)} % of the longest ${whatEn} line (${mmText(of)})`),
    t("1/3–1/2 độ dài dòng chữ", "1/3–1/2 of the text line"),
  );
}


/** Whether the short solid line under the issuing body or the trích yếu is there (PL I, II.2 and 5b). */
export function lineUnderFinding(present: boolean, what: string, whatEn: string): Finding {
  return present
    ? passed(t(`có đường kẻ dưới ${what}`, `a line under the ${whatEn}`))
    : failed(t(`không có đường kẻ dưới ${what}, yêu cầu đường kẻ nét liền dài 1/3–1/2 dòng chữ`, `no line under the ${whatEn}, required a solid line 1/3–1/2 of the text`));
}
