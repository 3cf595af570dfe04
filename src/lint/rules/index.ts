import type { LintRule } from "../rule.js";
import { appendixReferenceRule } from "./appendix-reference.js";
import { basisRule } from "./basis.js";
import { districtRule, futureDateRule } from "./date.js";
import { typedNumberRule } from "./headings.js";
import { headerWidthRule } from "./header-width.js";
import { issuerCaseRule, issuerNameRule } from "./issuer.js";
import { mergedLineRule } from "./merged-line.js";
import { placeRule } from "./place.js";
import { archiveRule, recipientsRule } from "./recipients.js";
import { academicTitleRule, signerChainRule, signerNameRule, signerPrefixFormRule } from "./signer.js";
import { spellingRule } from "./spelling.js";
import { titleCapsRule } from "./title.js";
import { numberRule, symbolRule } from "./number.js";

/** Every content rule, in the order of the document's parts (ô 1 → ô 9), then the YAML ones. README lists them. */
export const RULES: readonly LintRule[] = [
  districtRule,
  issuerNameRule,
  issuerCaseRule,
  headerWidthRule,
  numberRule,
  symbolRule,
  placeRule,
  futureDateRule,
  titleCapsRule,
  basisRule,
  typedNumberRule,
  signerPrefixFormRule,
  signerChainRule,
  academicTitleRule,
  signerNameRule,
  recipientsRule,
  archiveRule,
  appendixReferenceRule,
  spellingRule,
  mergedLineRule,
];
