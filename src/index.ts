/**
 * kehoach library API — what the CLI calls and what tests call directly (docs/library.md).
 * Published as the package's "." export; everything a consumer may use is exported here.
 *
 *   const result = await buildPlanFile("plan.yaml");
 *   await writeOutputAtomic("plan.docx", result.bytes);
 */
import { readFile } from "node:fs/promises";
import { checkDocx, type CheckReport } from "./check/check-docx.js";
import { errorDiagnostic, KehoachError } from "./errors.js";
import { validateFile as validateWith, type ValidateResult } from "./lint/validate-file.js";
import { readFailure, readSource } from "./load/read-source.js";
import { renderSource, type RenderOptions, type RenderResult, type TemplateProvider } from "./pipeline.js";
import { diskTemplates } from "./templates-provider.js";

export { EXIT_CODES, KehoachError, type Diagnostic, type ErrorCode, type Position } from "./errors.js";
export { ND30 } from "./layout/nd30.js";
export { lintPlan } from "./lint/lint-plan.js";
export { RULES as LINT_RULES } from "./lint/rules/index.js";
export type { ValidateResult } from "./lint/validate-file.js";
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
export type { TemplateProvider } from "./pipeline.js";
// `kehoach check`: a DOCX's bytes → one result per ND30 rule.
export { checkDocx, type CheckReport } from "./check/check-docx.js";
export { RULES as CHECK_RULES } from "./check/rules/index.js";
export type { RuleResult, Finding } from "./check/rule.js";
// `kehoach batch`: one plan per unit of a list.
export { runBatch, type BatchOptions, type BatchResult, type BatchUnit } from "./batch/run-batch.js";
// `kehoach import`: a Word Kế hoạch's bytes → plan + YAML + diagnostics (docs/import.md).
export { importDocx, type ImportOptions, type ImportResult } from "./import/import-docx.js";
export type { ImportNote, NoteKind } from "./import/notes.js";
// PDF output (docs/pdf.md): toPdf below.
export type { PdfOptions } from "./pdf/to-pdf.js";

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

export interface ValidateOptions {
  /** Template folders overriding the built-in ones, searched in order. */
  readonly templateDirs?: readonly string[];
  /** A template provider instead of folders (tests, in-memory templates). */
  readonly templates?: TemplateProvider;
  /** Warnings fail the run too. */
  readonly strict?: boolean;
}

/** Everything `build` does short of writing: every problem of every stage, never throws for a bad plan. */
export async function validateFile(file: string, options: ValidateOptions = {}): Promise<ValidateResult> {
  return validateWith(file, { templates: options.templates ?? diskTemplates(options.templateDirs), strict: options.strict === true });
}

/** Reads a DOCX file and checks it against ND30. Throws KehoachError "io" when it is no readable DOCX. */
export async function checkDocxFile(file: string): Promise<CheckReport> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new KehoachError("io", errorDiagnostic("io-read", readFailure(err), { file }));
  }
  return checkDocx(bytes, { file });
}

/**
 * DOCX bytes → PDF bytes through LibreOffice headless (docs/pdf.md). Loaded on first use, so
 * callers that never write PDF never load pdf-lib.
 */
export async function toPdf(docx: Uint8Array, options: import("./pdf/to-pdf.js").PdfOptions = {}): Promise<Uint8Array> {
  const { toPdf: convert } = await import("./pdf/to-pdf.js");
  return convert(docx, options);
}
