import { RULES as DOCX_RULES } from "../check/rules/index.js";
import type { Rule } from "../check/rule.js";
import type { LocalText } from "../i18n/text.js";
import type { LintRule } from "../lint/rule.js";
import { RULES as PLAN_RULES } from "../lint/rules/index.js";

/** Which side a rule looks at: the plan (lint, in validate/build/batch), the DOCX (check), or both. */
export type Side = "plan" | "docx";

/**
 * One rule id and what it covers. An id is one rule of ND30 whichever side checks it: where
 * both sides check it (ND30-so-ky-hieu: the number typed in the plan, the «Số:» line of the
 * DOCX), one `rules:` setting governs both, so `validate` and `check` never disagree on it.
 */
export interface RegistryEntry {
  readonly id: string;
  readonly sides: readonly Side[];
  /** The default level: an error (fails validate/build/check) or a warning. */
  readonly level: "error" | "warning";
  readonly clause: string;
  readonly summary: LocalText;
  readonly plan?: LintRule;
  readonly docx?: Rule;
}

const docxLevel = (r: Rule): "error" | "warning" => (r.level === "E" ? "error" : "warning");

function buildRegistry(): RegistryEntry[] {
  const byId = new Map<string, RegistryEntry>();
  for (const rule of PLAN_RULES) {
    byId.set(rule.id, { id: rule.id, sides: ["plan"], level: rule.severity, clause: rule.clause ?? "", summary: rule.summary, plan: rule });
  }
  for (const rule of DOCX_RULES) {
    const plan = byId.get(rule.id);
    const entry: RegistryEntry = plan
      ? { ...plan, sides: ["plan", "docx"], level: plan.level === "error" || rule.level === "E" ? "error" : "warning", docx: rule }
      : { id: rule.id, sides: ["docx"], level: docxLevel(rule), clause: rule.clause, summary: rule.title, docx: rule };
    byId.set(rule.id, entry);
  }
  return [...byId.values()];
}

/** Every rule id kehoach knows, plan rules first (document order), then DOCX-only rules. */
export const REGISTRY: readonly RegistryEntry[] = buildRegistry();

export const RULE_IDS: readonly string[] = REGISTRY.map((e) => e.id);

export const isRuleId = (id: string): boolean => RULE_IDS.includes(id);
