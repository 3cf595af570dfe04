/**
 * kehoach library API — what the CLI calls and what tests call directly.
 *
 *   const result = await buildPlanFile("plan.yaml");
 *   await writeOutputAtomic("plan.docx", result.bytes);
 */
import { readSource } from "./load/read-source.js";
import { renderSource, type RenderOptions, type RenderResult } from "./pipeline.js";
import { diskTemplates } from "./templates-provider.js";

export { EXIT_CODES, KehoachError, type Diagnostic, type ErrorCode, type Position } from "./errors.js";
export { ND30 } from "./layout/nd30.js";
export { lintPlan } from "./lint/lint-plan.js";
export { RULES as LINT_RULES } from "./lint/rules/index.js";
export { validateFile, type ValidateOptions, type ValidateResult } from "./lint/validate-file.js";
export type { LayoutDoc } from "./layout/layout-model.js";
export { readSource } from "./load/read-source.js";
export { decodeSource } from "./load/source-text.js";
export { loadTemplates } from "./load/load-templates.js";
export { writeOutputAtomic } from "./pack/write-output.js";
export { preparePlan, renderPrepared, renderSource, type PreparedPlan, type RenderOptions, type RenderResult } from "./pipeline.js";
export { planJsonSchema } from "./schema/json-schema.js";
export { PlanSchema, type Plan } from "./schema/plan-schema.js";
export { TIERS, type Tier } from "./schema/tier.js";
export { diskTemplates } from "./templates-provider.js";

export interface BuildOptions {
  readonly templateDirs?: readonly string[];
  readonly sourceDateEpoch?: string;
}

/** Reads and renders one plan file; writes nothing. */
export async function buildPlanFile(file: string, options: BuildOptions = {}): Promise<RenderResult> {
  const renderOptions: RenderOptions = {
    templates: diskTemplates(options.templateDirs),
    sourceDateEpoch: options.sourceDateEpoch,
  };
  return renderSource(await readSource(file), renderOptions);
}

export type { PdfOptions } from "./pdf/to-pdf.js";

/**
 * DOCX bytes → PDF bytes through LibreOffice headless (docs/pdf.md). Loaded on first use, so
 * callers that never write PDF never load pdf-lib.
 */
export async function toPdf(docx: Uint8Array, options: import("./pdf/to-pdf.js").PdfOptions = {}): Promise<Uint8Array> {
  const { toPdf: convert } = await import("./pdf/to-pdf.js");
  return convert(docx, options);
}
