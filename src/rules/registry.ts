import { RULES as PLAN_RULES } from "../lint/rules/index.js";

/**
 * The one list of rule ids. An id is one rule of ND30 whichever side checks it: the plan (lint
 * in validate/build/batch) or the DOCX (check), or both (ND30-so-ky-hieu: the number typed in
 * the plan, the «Số:» line of the DOCX), and one `rules:` setting governs both, so `validate`
 * and `check` never disagree on it.
 *
 * The plan side's ids are its rules' own (src/lint/rules/, which every build runs). The DOCX
 * side's are listed here, in the order check reports them (page setup, header, title, content
 * signature, appendices, marks): its implementations (src/check/rules/, about 125 KB of code)
 * load only when check runs, and take their order from this list (src/check/rules/index.ts
 * refuses a rule missing from it). Each rule's level, clause and summary stay with its
 * implementation; src/rules/registry-entries.ts joins both sides for the rules' reference.
 */
export const DOCX_RULE_IDS: readonly string[] = [
  // page.ts
  "ND30-page-size", "ND30-margins", "ND30-margins-landscape", "ND30-landscape-use",
  // fonts.ts
  "ND30-font", "ND30-color", "ND30-nfc",
  // page-numbers.ts
  "ND30-page-number", "ND30-page-number-first", "ND30-page-number-style", "ND30-page-number-first-header",
  "ND30-page-number-footer", "ND30-page-number-format", "ND30-page-number-start",
  // header-table.ts
  "ND30-header-table",
  // national.ts
  "ND30-quoc-hieu", "ND30-tieu-ngu", "ND30-tieu-ngu-size", "ND30-motto-spacing", "ND30-motto-line-spacing",
  "ND30-motto-rule", "ND30-motto-rule-length",
  // issuer.ts
  "ND30-issuer", "ND30-issuer-caps", "ND30-issuer-rule", "ND30-issuer-rule-length",
  // number-date.ts
  "ND30-so-ky-hieu", "ND30-so-ky-hieu-style", "ND30-date-line", "ND30-date-place", "ND30-so-date-row",
  // title.ts
  "ND30-title-type", "ND30-trich-yeu", "ND30-trich-yeu-in-hoa", "ND30-trich-yeu-rule",
  "ND30-trich-yeu-rule-length",
  // body-format.ts
  "ND30-body-align", "ND30-body-indent", "ND30-body-size", "ND30-body-upright", "ND30-list-indent",
  "ND30-paragraph-spacing", "ND30-line-spacing", "ND30-body-size-consistent",
  // body-content.ts
  "ND30-can-cu", "ND30-can-cu-italic", "ND30-headings", "ND30-heading-style", "ND30-list-marks",
  "ND30-closing-mark",
  // signature.ts
  "ND30-signature-table", "ND30-signature-alignment", "ND30-recipients-heading", "ND30-recipients-list",
  "ND30-luu", "ND30-signer-title", "ND30-chu-viet-tat-ky", "ND30-signer-name", "ND30-signature-space",
  "ND30-signature-keep",
  // appendices.ts
  "ND30-appendix-label", "ND30-appendix-label-case", "ND30-appendix-numbering", "ND30-appendix-title",
  "ND30-appendix-reference", "ND30-appendix-page-numbers", "ND30-appendix-page-header",
  // marks.ts
  "ND30-urgency-mark", "ND30-urgency-mark-size", "ND30-circulation-mark",
];

/** Every rule id kehoach knows, plan rules first (document order), then DOCX-only rules. */
export const RULE_IDS: readonly string[] = [...new Set([...PLAN_RULES.map((rule) => rule.id), ...DOCX_RULE_IDS])];

export const isRuleId = (id: string): boolean => RULE_IDS.includes(id);
