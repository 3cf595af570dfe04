import type { Rule } from "../check/rule.js";
import { RULES as DOCX_RULES } from "../check/rules/index.js";
import type { LocalText } from "../i18n/text.js";
import type { LintRule } from "../lint/rule.js";
import { RULES as PLAN_RULES } from "../lint/rules/index.js";
import { RULE_IDS } from "./registry.js";

/**
 * The registry's rules in full, both sides' implementations joined by id, for the rules'
 * reference (docs/rules.md) and its tests. It loads the DOCX side's code: `validate`, `build`
 * and `batch` use src/rules/registry.ts, which lists the ids without it.
 */

/** Which side a rule looks at: the plan (lint, in validate/build/batch), the DOCX (check), or both. */
export type Side = "plan" | "docx";

/** One rule id and what it covers. */
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
  return RULE_IDS.map((id) => byId.get(id)!);
}

/** Every rule kehoach knows, in the order of RULE_IDS: plan rules first, then DOCX-only rules. */
export const REGISTRY: readonly RegistryEntry[] = buildRegistry();
