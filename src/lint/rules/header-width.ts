import { t } from "../../i18n/text.js";
import { agencyBreakPreference, breakLines } from "../../layout/break-lines.js";
import { upperKeepingCase } from "../../layout/inline-markup.js";
import { textWidthMm } from "../../layout/measure-text.js";
import { CELL_PADDING_MM, HEADER_COLUMNS_MM } from "../../layout/page-grid.js";
import type { FieldPath, Finding, LintRule } from "../rule.js";

const COLUMN_MM = HEADER_COLUMNS_MM[0] - 2 * CELL_PADDING_MM;

/**
 * Every line of the issuer block (parent and issuing body), written or derived, measured
 * against the header column at the size it will print: a wider line wraps in Word, mid-phrase.
 */
export const headerWidthRule: LintRule = {
  id: "ND30-ten-co-quan-vua-cot",
  severity: "warning",
  clause: "Phụ lục I, Phần II, khoản 2",
  summary: t(
    "mỗi dòng tên cơ quan vừa cột tiêu đề (không tự xuống dòng giữa chừng); ND30 cho phép cỡ 12–13",
    "each issuer line fits the header column (no wrap mid-phrase); ND30 allows 12–13 pt",
  ),
  check({ plan, resolved }) {
    const size = resolved.issuer.headerSizePt;
    const out: Finding[] = [];
    const lines = (list: readonly string[], asWritten: boolean, bold: boolean) =>
      list.flatMap((l) => {
        const upper = upperKeepingCase(l);
        return asWritten ? [upper] : breakLines(upper, COLUMN_MM, (s) => textWidthMm(s, size, { bold }), agencyBreakPreference);
      });
    const groups: { lines: string[]; bold: boolean; path: FieldPath }[] = [
      {
        lines: lines(resolved.issuer.parentLines, resolved.issuer.parentAsWritten, false),
        bold: false,
        path: plan.issuer.parent_header ? ["issuer", "parent_header"] : plan.issuer.parent !== undefined ? ["issuer", "parent"] : ["issuer"],
      },
      {
        lines: lines(resolved.issuer.headerLines, resolved.issuer.headerAsWritten, true),
        bold: true,
        path: plan.issuer.header ? ["issuer", "header"] : ["issuer", "name"],
      },
    ];
    for (const group of groups) {
      for (const line of group.lines) {
        const width = textWidthMm(line, size, { bold: group.bold });
        if (width <= COLUMN_MM) continue;
        const fitsSmaller = size > 12 && textWidthMm(line, 12, { bold: group.bold }) <= COLUMN_MM;
        out.push({
          path: group.path,
          message: t(
            `dòng "${line}" rộng ${width.toFixed(0)} mm, quá cột tiêu đề ${COLUMN_MM.toFixed(0)} mm: Word sẽ tự xuống dòng giữa chừng`,
            `the line "${line}" is ${width.toFixed(0)} mm wide, more than the ${COLUMN_MM.toFixed(0)} mm header column: Word will wrap it mid-phrase`,
          ),
          hint: fitsSmaller
            ? t("ghi issuer.header_size: 12 (ND30 cho phép cỡ 12–13), hoặc tự ngắt dòng ở issuer.header", "set issuer.header_size: 12 (ND30 allows 12–13 pt), or break the line yourself in issuer.header")
            : t(
                `ngắt dòng này thành hai dòng (hoặc nhiều hơn) ở issuer.header (hoặc issuer.parent_header), mỗi dòng không rộng quá ${COLUMN_MM.toFixed(0)} mm`,
                `break this line in two (or more) in issuer.header (or issuer.parent_header), each line at most ${COLUMN_MM.toFixed(0)} mm wide`,
              ),
        });
      }
    }
    return out;
  },
};
