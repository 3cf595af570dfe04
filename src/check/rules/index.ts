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

/** Every rule, in the order of the page: setup, header, title, content, signature, appendices, marks. */
export const RULES: readonly Rule[] = [
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
];
