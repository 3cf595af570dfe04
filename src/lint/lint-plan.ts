import type { Diagnostic } from "../errors.js";
import type { PreparedPlan } from "../pipeline.js";
import type { ResolvedPlan } from "../resolve/resolved-plan.js";

/**
 * ND30 content rules on a plan (issue: authoring without surprises). Runs inside `build` and
 * `validate`; returns warnings and errors, each with its rule id and clause.
 */
export function lintPlan(_prepared: PreparedPlan, _resolved: ResolvedPlan): Diagnostic[] {
  return [];
}
