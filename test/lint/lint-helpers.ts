import { lintPlan } from "../../src/lint/lint-plan.js";
import type { LintRule } from "../../src/lint/rule.js";
import { resolvePrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml } from "../helpers/build.js";

const templates = diskTemplates();

export interface Found {
  readonly code: string;
  readonly severity: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly path: string;
  readonly vi: string;
  readonly en: string;
  readonly hint: string | undefined;
}

/** Lints a plan given as YAML with one rule (or all), "today" being 12 May 2026. */
export function lint(yaml: string, rule?: LintRule): Found[] {
  const prepared = prepareYaml(yaml);
  const resolved = resolvePrepared(prepared, { templates });
  return lintPlan(prepared, resolved, { today: new Date(2026, 4, 12), ...(rule ? { rules: [rule] } : {}) }).map((d) => ({
    code: d.code,
    severity: d.severity,
    line: d.position?.line,
    column: d.position?.column,
    path: (d.path ?? []).join("."),
    vi: d.message.vi,
    en: d.message.en,
    hint: d.hint?.vi,
  }));
}

/** MINIMAL_PLAN with its signer block replaced by these lines (each indented under signer:). */
export const withSigner = (...lines: string[]): string =>
  MINIMAL_PLAN.replace("signer:\n  name: Nguyễn Văn An\n", `signer:\n${lines.map((l) => `  ${l}\n`).join("")}`);

export { MINIMAL_PLAN };
