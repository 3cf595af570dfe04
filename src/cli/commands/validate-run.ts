import path from "node:path";
import { EXIT_CODES, errorDiagnostic, toKehoachError, type Diagnostic } from "../../errors.js";
import type { RuleLevels } from "../../rules/levels.js";
import { parseRuleFlags } from "../../rules/rule-config.js";
import { t } from "../../i18n/text.js";
import { validateFile } from "../../lint/validate-file.js";
import { diskTemplates } from "../../templates-provider.js";
import { fail, type CliContext } from "../io.js";
import { diagnosticsJson, reportDiagnostics } from "../report.js";

export interface ValidateFlags {
  format?: string;
  strict?: boolean;
  templates?: string[];
  rule?: string[];
}

const count = (list: readonly Diagnostic[], severity: Diagnostic["severity"]): number => list.filter((d) => d.severity === severity).length;

/** The action of `kehoach validate` (its options: validate.ts). */
export async function runValidate(ctx: CliContext, plans: string[], flags: ValidateFlags): Promise<void> {
  const say = ctx.say;
  const format = flags.format ?? "text";
  if (format !== "text" && format !== "json") {
    reportDiagnostics(ctx, [errorDiagnostic("usage", t(`định dạng không hợp lệ: ${flags.format ?? ""}`, `unknown format: ${flags.format ?? ""}`), { hint: t("dùng --format text hoặc --format json", "use --format text or --format json") })]);
    fail(ctx, EXIT_CODES.usage);
    return;
  }
  const json = format === "json";
  let ruleLevels: RuleLevels;
  try {
    ruleLevels = parseRuleFlags(flags.rule);
  } catch (err) {
    const e = toKehoachError(err);
    reportDiagnostics(ctx, e.diagnostics);
    fail(ctx, EXIT_CODES[e.code]);
    return;
  }
  const templates = diskTemplates((flags.templates ?? []).map((d) => path.resolve(ctx.io.cwd, d)));
  const all: Diagnostic[] = [];
  const checked: { file: string; ok: boolean; errors: number; warnings: number }[] = [];
  for (const plan of plans) {
    const result = await validateFile(path.resolve(ctx.io.cwd, plan), { templates, strict: flags.strict === true, ruleLevels });
    all.push(...result.diagnostics);
    if (result.failure) fail(ctx, EXIT_CODES[result.failure]);
    const errors = count(result.diagnostics, "error");
    const warnings = count(result.diagnostics, "warning");
    checked.push({ file: plan, ok: result.failure === undefined, errors, warnings });
    if (json) continue;
    reportDiagnostics(ctx, result.diagnostics);
    const mark = result.failure ? ctx.color.red("✖") : ctx.color.green("✔");
    const summary =
      errors + warnings === 0
        ? t("hợp lệ", "valid")
        : t(`${errors} lỗi, ${warnings} cảnh báo`, `${errors} error(s), ${warnings} warning(s)`);
    ctx.io.stderr.write(`${mark} ${plan}: ${say(summary)}\n`);
  }
  // The files checked come first, so CI sees which plans a clean run covered.
  if (json) ctx.io.stdout.write(`${JSON.stringify({ files: checked, diagnostics: diagnosticsJson(ctx, all) }, null, 2)}\n`);
}
