import type { Diagnostic, Position, Severity } from "../errors.js";
import type { LocalText } from "../i18n/text.js";
import type { PlanSource } from "../load/plan-source.js";
import type { ResolvedPlan } from "../resolve/resolved-plan.js";
import type { Plan } from "../schema/plan-schema.js";

export type FieldPath = readonly (string | number)[];

/** What every rule may look at: the plan as written, as resolved, and its YAML source. */
export interface LintContext {
  readonly plan: Plan;
  readonly resolved: ResolvedPlan;
  readonly source: PlanSource;
  /** "Today", for rules about dates; injected so tests are stable. */
  readonly today: Date;
}

/** One problem a rule found: what, where (a plan field, or an exact position), how to fix it. */
export interface Finding {
  readonly message: LocalText;
  readonly path: FieldPath;
  /** An exact position inside the field (e.g. one word of a paragraph); else the field's own. */
  readonly position?: Position;
  readonly hint?: LocalText;
  /**
   * A milder level for this finding than the rule's own (a lower-case "căn cứ" is a warning
   * where a line that is no căn cứ at all is an error). A level the user sets applies to all.
   */
  readonly severity?: "warning";
}

/**
 * An ND30 content rule. `id` is stable (it appears in output and in the README table);
 * `clause` cites where the rule comes from, in the words ND30 uses.
 */
export interface LintRule {
  readonly id: string;
  readonly severity: Exclude<Severity, "notice">;
  /** Absent for rules about the YAML itself rather than ND30. */
  readonly clause?: string;
  /** One line for the README table and `--help`. */
  readonly summary: LocalText;
  /**
   * The rule reads only `plan` and `source`, never `resolved` or `today`
   * (test/lint/plan-only-rules.test.ts runs it with those two unreadable): a batch, whose units
   * share the plan, runs it once per plan.
   */
  readonly planOnly?: true;
  check(ctx: LintContext): Finding[];
}

export type { Diagnostic };
