import { parseDateLine, parseNumberLine, parseReference } from "../../check/number-date.js";
import { t } from "../../i18n/text.js";
import { dateWords } from "../../render/date-line.js";
import { numberText } from "../../render/document-number.js";
import type { Finding, LintRule } from "../rule.js";

/**
 * The same rule `check` applies to the DOCX (ND30-appendix-reference), on the plan: the
 * "(Kèm theo Kế hoạch số …)" line of each appendix, as kehoach will print it, must read like
 * ND30's and carry the plan's own number, symbol and date. A hand-written `reference:` with
 * "số:" or a numeric date ("ngày /5/2026") passed validate and then failed `build --check`.
 */
export const appendixReferenceRule: LintRule = {
  id: "ND30-appendix-reference",
  severity: "error",
  clause: "Phụ lục I, Phần III, mục I, khoản 1, điểm b",
  summary: t(
    "dòng «(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm … của …)» của phụ lục đúng dạng, cùng số và ngày với văn bản",
    "each appendix's «(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm … của …)» line well formed, with the plan's own number and date",
  ),
  check({ plan, resolved }) {
    const own = parseNumberLine(`Số: ${numberText(resolved.number)}/${resolved.symbol}`);
    const date = parseDateLine(`${resolved.place}, ${dateWords(resolved.date)}`);
    const expected = own && date ? `(Kèm theo Kế hoạch số ${own.number}/${own.symbol} ${dateWords(resolved.date)} của ${resolved.issuer.name})` : undefined;
    const findings: Finding[] = [];
    resolved.appendices.forEach((a, i) => {
      if (a.reference === "") return;
      const written = plan.appendices?.[i]?.reference !== undefined;
      const path = written ? ["appendices", i, "reference"] : ["appendices", i];
      const text = a.reference.startsWith("(") ? a.reference : `(${a.reference})`;
      const parsed = parseReference(text);
      const fix = expected ? t(`ghi reference: "${expected}", hoặc xóa dòng reference: để kehoach tự viết`, `write reference: "${expected}", or remove the reference: line and let kehoach write it`) : t("xóa dòng reference: để kehoach tự viết", "remove the reference: line and let kehoach write it");
      if (!parsed) {
        findings.push({
          path,
          message: t(`dòng kèm theo của phụ lục không đúng dạng «(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm … của …)»: "${text}"`, `the appendix's reference line is not of the form «(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm … của …)»: "${text}"`),
          hint: fix,
        });
        return;
      }
      if (!own || !date) return;
      const same = parsed.number === own.number && parsed.symbol === own.symbol && parsed.day === date.day && parsed.month === date.month && parsed.year === date.year;
      if (same) return;
      findings.push({
        path,
        message: t(
          `dòng kèm theo ghi số ${parsed.number || "…"}/${parsed.symbol}, ngày ${parsed.day || "…"}/${parsed.month || "…"}/${parsed.year}; văn bản là số ${own.number || "…"}/${own.symbol}, ngày ${date.day || "…"}/${date.month || "…"}/${date.year}`,
          `the reference line says number ${parsed.number || "…"}/${parsed.symbol}, date ${parsed.day || "…"}/${parsed.month || "…"}/${parsed.year}; the plan is ${own.number || "…"}/${own.symbol}, ${date.day || "…"}/${date.month || "…"}/${date.year}`,
        ),
        hint: fix,
      });
    });
    return findings;
  },
};
