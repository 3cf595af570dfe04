import type { Document } from "docx";
import type { Diagnostic } from "./errors.js";
import { buildLayout } from "./layout/build-layout.js";
import type { LayoutDoc } from "./layout/layout-model.js";
import { locate } from "./load/locate.js";
import { locateInValue } from "./load/locate-in-value.js";
import { parsePlanYaml } from "./load/parse-yaml.js";
import type { PlanSource } from "./load/plan-source.js";
import type { SourceText } from "./load/source-text.js";
import type { TemplateSet } from "./load/template-set.js";
import { buildTimeIso } from "./pack/build-time.js";
import { packDocx } from "./pack/pack-docx.js";
import { TemplateEngine } from "./render/handlebars-env.js";
import { resolvePlan, type UnitRecord } from "./resolve/resolve-plan.js";
import type { ResolvedPlan } from "./resolve/resolved-plan.js";
import type { Plan } from "./schema/plan-schema.js";
import { checkTableRows } from "./schema/table-limits.js";
import { resolveTierAlias } from "./schema/tier-alias.js";
import { validatePlan } from "./schema/validate-plan.js";
import type { Tier } from "./schema/tier.js";
import { writeDocx } from "./docx/write-docx.js";
import { lintPlan } from "./lint/lint-plan.js";
import { punctuationNotices } from "./lint/punctuation-notices.js";
import { mergeLevels, type RuleLevels } from "./rules/levels.js";
import { planRuleDiagnostics } from "./rules/rule-config.js";
import { KehoachError } from "./errors.js";

/** Gives the templates of a tier; the CLI's provider reads them from disk once per tier. */
export type TemplateProvider = (tier: Tier) => { templates: TemplateSet; engine: TemplateEngine };

export interface RenderOptions {
  readonly templates: TemplateProvider;
  /** SOURCE_DATE_EPOCH, when the caller honours it; otherwise the issue date stamps the file. */
  readonly sourceDateEpoch?: string | undefined;
  /** One unit's record, as the `unit` context of every template (batch). */
  readonly unit?: UnitRecord | undefined;
  /** Rule levels from the command line (`--rule`), over the plan's own `rules:`. */
  readonly ruleLevels?: RuleLevels | undefined;
}

export interface RenderResult {
  readonly bytes: Uint8Array;
  readonly layout: LayoutDoc;
  readonly diagnostics: readonly Diagnostic[];
}

/** A plan parsed and validated once, ready to render many times (batch renders it per unit). */
export interface PreparedPlan {
  readonly source: PlanSource;
  readonly plan: Plan;
  readonly notices: readonly Diagnostic[];
}

/** Stages 1–2 on text already read: parse with positions, validate. */
export function preparePlan(source: SourceText): PreparedPlan {
  const { plan: parsed, notices: tierNotices } = resolveTierAlias(parsePlanYaml(source));
  let plan: Plan;
  try {
    plan = validatePlan(parsed);
  } catch (err) {
    // The tier read from an alias is still worth saying beside the plan's other problems.
    if (err instanceof KehoachError && tierNotices.length > 0) throw new KehoachError(err.code, [...tierNotices, ...err.diagnostics]);
    throw err;
  }
  const unknownRules = planRuleDiagnostics(parsed, plan.rules);
  if (unknownRules.length > 0) throw new KehoachError("schema", unknownRules);
  checkTableRows(parsed, plan);
  const notices: Diagnostic[] = [...source.cleaned.map((message): Diagnostic => ({ severity: "notice", code: "input-cleaned", message, file: source.file })), ...tierNotices];
  return { source: parsed, plan, notices };
}

/** Stage 3: templates and defaults. */
export function resolvePrepared(prepared: PreparedPlan, options: RenderOptions): ResolvedPlan {
  const { templates, engine } = options.templates(prepared.plan.tier);
  engine.beginDocument();
  return resolvePlan({
    plan: prepared.plan,
    templates,
    engine,
    unit: options.unit,
    locateField: (path, valueOffset) => {
      const position = valueOffset === undefined ? locate(prepared.source, path) : locateInValue(prepared.source, path, valueOffset);
      return { file: prepared.source.source.file, ...(position ? { position } : {}) };
    },
  });
}

/** The rule levels a plan runs with: its `rules:`, then the command line's. */
export const ruleLevelsOf = (plan: Plan, cli: RuleLevels | undefined): RuleLevels => mergeLevels(plan.rules, cli);

/** Stages 3–5: resolve → layout, and the lint of the resolved plan. */
export function renderLayout(prepared: PreparedPlan, options: RenderOptions): { layout: LayoutDoc; diagnostics: Diagnostic[] } {
  const resolved = resolvePrepared(prepared, options);
  const layout = buildLayout(resolved);
  const diagnostics = [...prepared.notices, ...resolved.warnings, ...lintPlan(prepared, resolved, { levels: ruleLevelsOf(prepared.plan, options.ruleLevels) }), ...punctuationNotices(prepared, resolved)];
  return { layout, diagnostics };
}

/** Stages 3–6: resolve → layout → docx Document (no packing). */
export function renderDocument(prepared: PreparedPlan, options: RenderOptions): { document: Document; layout: LayoutDoc; diagnostics: Diagnostic[] } {
  const { layout, diagnostics } = renderLayout(prepared, options);
  return { document: writeDocx(layout), layout, diagnostics };
}

/** Stages 3–7: a prepared plan → DOCX bytes. */
export async function renderPrepared(prepared: PreparedPlan, options: RenderOptions): Promise<RenderResult> {
  const { document, layout, diagnostics } = renderDocument(prepared, options);
  const bytes = await packDocx(document, buildTimeIso(layout.meta.isoDate, options.sourceDateEpoch));
  return { bytes, layout, diagnostics };
}

/** Stages 1–7 on text already read. */
export async function renderSource(source: SourceText, options: RenderOptions): Promise<RenderResult> {
  return renderPrepared(preparePlan(source), options);
}
