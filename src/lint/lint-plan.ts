import type { Diagnostic } from "../errors.js";
import { locate } from "../load/locate.js";
import type { PreparedPlan } from "../pipeline.js";
import type { ResolvedPlan } from "../resolve/resolved-plan.js";
import type { Finding, LintContext, LintRule } from "./rule.js";
import { RULES } from "./rules/index.js";
import { levelOf, type RuleLevels } from "../rules/levels.js";

export interface LintOptions {
  /** "Today" for date rules; the real clock by default. */
  readonly today?: Date;
  readonly rules?: readonly LintRule[];
  /** The user's rule levels (`rules:`, `--rule`): "off" skips a rule, else it sets the severity. */
  readonly levels?: RuleLevels;
}

/**
 * What the plan-only rules found, by plan: a batch lints every unit, and units without
 * overrides share the plan object (batch/render-unit.ts), so these rules run once per plan.
 * The plan object comes with its source (preparePlan), so it keys both. Weak keys: a plan's
 * entry goes with it.
 */
const planOnlyFindings = new WeakMap<object, Map<LintRule, readonly Finding[]>>();

function findingsOf(rule: LintRule, ctx: LintContext): readonly Finding[] {
  if (!rule.planOnly) return rule.check(ctx);
  let byRule = planOnlyFindings.get(ctx.plan);
  if (!byRule) planOnlyFindings.set(ctx.plan, (byRule = new Map()));
  let found = byRule.get(rule);
  if (!found) byRule.set(rule, (found = rule.check(ctx)));
  return found;
}

/**
 * ND30 content rules on a plan (issue: authoring without surprises). Runs inside `build` and
 * `validate`; returns warnings and errors, each with its rule id, clause and position.
 */
export function lintPlan(prepared: PreparedPlan, resolved: ResolvedPlan, options: LintOptions = {}): Diagnostic[] {
  const ctx: LintContext = { plan: prepared.plan, resolved, source: prepared.source, today: options.today ?? new Date() };
  const file = prepared.source.source.file;
  const diagnostics: Diagnostic[] = [];
  for (const rule of options.rules ?? RULES) {
    const level = levelOf(rule.id, rule.severity, options.levels);
    if (level === "off") continue;
    const configured = options.levels !== undefined && Object.hasOwn(options.levels, rule.id);
    for (const f of findingsOf(rule, ctx)) {
      const severity = configured ? level : (f.severity ?? level);
      const position = f.position ?? locate(prepared.source, f.path);
      diagnostics.push({
        severity,
        code: rule.id,
        message: f.message,
        file,
        ...(position ? { position } : {}),
        path: f.path,
        ...(f.hint ? { hint: f.hint } : {}),
        ...(rule.clause ? { clause: rule.clause } : {}),
      });
    }
  }
  return diagnostics.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0));
}
