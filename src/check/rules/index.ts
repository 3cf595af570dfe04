import { DOCX_RULE_IDS } from "../../rules/registry.js";
import type { Rule } from "../rule.js";
import { APPENDIX_RULES } from "./appendices.js";
import { BODY_CONTENT_RULES } from "./body-content.js";
import { BODY_FORMAT_RULES } from "./body-format.js";
import { FONT_RULES } from "./fonts.js";
import { HEADER_TABLE_RULES } from "./header-table.js";
import { ISSUER_RULES } from "./issuer.js";
import { MARK_RULES } from "./marks.js";
import { NATIONAL_RULES } from "./national.js";
import { NUMBER_DATE_RULES } from "./number-date.js";
import { PAGE_NUMBER_RULES } from "./page-numbers.js";
import { PAGE_RULES } from "./page.js";
import { SIGNATURE_RULES } from "./signature.js";
import { TITLE_RULES } from "./title.js";

/**
 * The rules in the order of the registry's DOCX ids (src/rules/registry.ts: the order of the
 * page), which lists every id without loading this code. A rule missing from the list, or an
 * id listed with no rule, is a programming error: check refuses to start.
 */
export function inRegistryOrder(rules: readonly Rule[]): readonly Rule[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const unlisted = rules.filter((rule) => !DOCX_RULE_IDS.includes(rule.id)).map((rule) => rule.id);
  const missing = DOCX_RULE_IDS.filter((id) => !byId.has(id));
  if (unlisted.length > 0 || missing.length > 0 || byId.size !== rules.length) {
    throw new Error(`DOCX rules and src/rules/registry.ts disagree: not listed ${unlisted.join(", ") || "none"}; not implemented ${missing.join(", ") || "none"}`);
  }
  return DOCX_RULE_IDS.map((id) => byId.get(id)!);
}

/** Every DOCX rule, in the registry's order. */
export const RULES: readonly Rule[] = inRegistryOrder([
  ...PAGE_RULES,
  ...FONT_RULES,
  ...PAGE_NUMBER_RULES,
  ...HEADER_TABLE_RULES,
  ...NATIONAL_RULES,
  ...ISSUER_RULES,
  ...NUMBER_DATE_RULES,
  ...TITLE_RULES,
  ...BODY_FORMAT_RULES,
  ...BODY_CONTENT_RULES,
  ...SIGNATURE_RULES,
  ...APPENDIX_RULES,
  ...MARK_RULES,
]);
