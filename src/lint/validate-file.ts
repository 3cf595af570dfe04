import { hasErrors, toKehoachError, type Diagnostic, type ErrorCode } from "../errors.js";
import { readSource } from "../load/read-source.js";
import type { RuleLevels } from "../rules/levels.js";
import type { SourceText } from "../load/source-text.js";
import { preparePlan, renderDocument, type TemplateProvider } from "../pipeline.js";

export interface ValidateOptions {
  readonly templates: TemplateProvider;
  /** Warnings fail the run too. */
  readonly strict?: boolean;
  /** `--rule` levels, over the plan's `rules:`. */
  readonly ruleLevels?: RuleLevels;
}

export interface ValidateResult {
  readonly file: string;
  /** Every problem found, notices included, in the order the stages found them. */
  readonly diagnostics: readonly Diagnostic[];
  /** The error class that fails the run (its exit code), or undefined when the plan is clean. */
  readonly failure: ErrorCode | undefined;
}

const withFile = (file: string, list: readonly Diagnostic[]): Diagnostic[] => list.map((d) => (d.file ? d : { ...d, file }));

const cleanedNotices = (source: SourceText): Diagnostic[] =>
  source.cleaned.map((message) => ({ severity: "notice", code: "input-cleaned", message, file: source.file }));

/**
 * Everything `build` does short of packing and writing: read, parse, validate, resolve every
 * template, lint, lay out and build the document. A stage that fails stops the ones after it
 * (there is nothing sound to give them), but each stage reports all of its own problems.
 */
export async function validateFile(file: string, options: ValidateOptions): Promise<ValidateResult> {
  let source: SourceText;
  try {
    source = await readSource(file);
  } catch (err) {
    const e = toKehoachError(err);
    return { file, diagnostics: withFile(file, e.diagnostics), failure: e.code };
  }
  let diagnostics: Diagnostic[];
  try {
    const prepared = preparePlan(source);
    diagnostics = renderDocument(prepared, { templates: options.templates, ruleLevels: options.ruleLevels }).diagnostics;
  } catch (err) {
    const e = toKehoachError(err);
    // preparePlan's notices are lost with its result: report them here, once.
    return { file, diagnostics: [...cleanedNotices(source), ...withFile(file, e.diagnostics)], failure: e.code };
  }
  const failing = hasErrors(diagnostics) || (options.strict === true && diagnostics.some((d) => d.severity === "warning"));
  return { file, diagnostics, failure: failing ? "nd30" : undefined };
}
