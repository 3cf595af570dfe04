import path from "node:path";
// The DOCX reader and the rule checks load only when this command runs (docs/performance.md).
import type { CheckReport } from "../../check/check-docx.js";
import { EXIT_CODES, errorDiagnostic, toKehoachError, type Diagnostic } from "../../errors.js";
import { t } from "../../i18n/text.js";
import { mergeLevels, type RuleLevels } from "../../rules/levels.js";
import { parseRuleConfig, parseRuleFlags } from "../../rules/rule-config.js";
import { readDocxFile } from "../../load/read-docx-file.js";
import { readSmallText } from "../../load/read-source.js";
import { fail, outputWidth, type CliContext } from "../io.js";
import { diagnosticsJson, reportDiagnostics } from "../report.js";

export interface CheckFlags {
  format?: string;
  all?: boolean;
  rule?: string[];
  config?: string;
}

const FORMATS = ["text", "json"] as const;


/** `--config` then `--rule` flags, later ones winning. */
async function ruleLevelsFor(ctx: CliContext, flags: CheckFlags): Promise<RuleLevels> {
  let fromFile: RuleLevels | undefined;
  if (flags.config !== undefined) {
    const file = path.resolve(ctx.io.cwd, flags.config);
    const text = await readSmallText(file);
    fromFile = parseRuleConfig(text, file);
  }
  return mergeLevels(fromFile, parseRuleFlags(flags.rule));
}

/** The action of `kehoach check` (its options: check.ts). */
export async function runCheck(ctx: CliContext, files: string[], flags: CheckFlags): Promise<void> {
  const format = flags.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    reportDiagnostics(ctx, [errorDiagnostic("usage", t(`định dạng không hợp lệ: ${format} (text hoặc json)`, `unknown format: ${format} (text or json)`))]);
    fail(ctx, EXIT_CODES.usage);
    return;
  }
  let levels: RuleLevels;
  try {
    levels = await ruleLevelsFor(ctx, flags);
  } catch (err) {
    const e = toKehoachError(err);
    reportDiagnostics(ctx, e.diagnostics);
    fail(ctx, EXIT_CODES[e.code]);
    return;
  }
  const json: object[] = [];
  for (const name of files) {
    const file = path.resolve(ctx.io.cwd, name);
    const shown = path.relative(ctx.io.cwd, file) || file;
    const { checkDocx } = await import("../../check/check-docx.js");
    const { formatReportText, reportJson } = await import("../../check/report.js");
    let report: CheckReport;
    try {
      report = checkDocx(await readDocxFile(file), { file, levels });
    } catch (err) {
      const e = toKehoachError(err);
      const diagnostics: Diagnostic[] = e.diagnostics.map((d) => (d.file ? d : { ...d, file }));
      reportDiagnostics(ctx, diagnostics);
      json.push({ file: shown, ok: false, error: diagnosticsJson(ctx, diagnostics) });
      fail(ctx, EXIT_CODES[e.code]);
      continue;
    }
    if (!report.ok) fail(ctx, EXIT_CODES.nd30);
    if (format === "json") json.push(reportJson(report, ctx.lang, shown));
    else ctx.io.stdout.write(`${formatReportText(report, { lang: ctx.lang, color: ctx.color, title: shown, all: flags.all === true, width: outputWidth(ctx.io) })}\n`);
  }
  if (format === "json") ctx.io.stdout.write(`${JSON.stringify({ files: json }, null, 2)}\n`);
}
