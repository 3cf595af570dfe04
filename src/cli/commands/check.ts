import path from "node:path";
import type { Command } from "commander";
// The DOCX reader and the rule checks load only when this command runs (docs/performance.md).
import type { CheckReport } from "../../check/check-docx.js";
import { EXIT_CODES, errorDiagnostic, KehoachError, toKehoachError, type Diagnostic } from "../../errors.js";
import { t } from "../../i18n/text.js";
import { mergeLevels, type RuleLevels } from "../../rules/levels.js";
import { parseRuleConfig, parseRuleFlags } from "../../rules/rule-config.js";
import { readDocxFile } from "../../load/read-docx-file.js";
import { readSmallText } from "../../load/read-source.js";
import { fail, outputWidth, type CliContext } from "../io.js";
import { diagnosticsJson, reportDiagnostics } from "../report.js";

interface CheckFlags {
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

/**
 * `kehoach check <file.docx…>`: every ND30 rule on each document, as a table (default) or JSON.
 * Exit 9 when an E rule fails in any file, 7 when a file cannot be read as a DOCX.
 */
export function registerCheck(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("check")
    .description(say(t("kiểm tra thể thức Nghị định 30 của văn bản DOCX (kể cả văn bản soạn bằng Word)", "check DOCX documents against Decree 30 (also documents typed in Word)")))
    .argument("<docx...>", say(t("tệp văn bản (.docx)", "documents (.docx)")))
    .option("--all", say(t("in mọi quy tắc, kể cả đạt và chưa đánh giá (mặc định: chỉ không đạt và cảnh báo)", "list every rule, also passed and not evaluated (default: failures and warnings only)")))
    .option("--format <format>", say(t("định dạng kết quả: text (bảng, mặc định) hoặc json", "output format: text (a table, default) or json")))
    .option("--config <file.yaml>", say(t("tệp YAML có nhóm rules: (mã quy tắc: error | warning | off), như trong kế hoạch", "a YAML file with a rules: map (rule id: error | warning | off), as in a plan")))
    .option("--rule <ID=LEVEL>", say(t("đặt mức một quy tắc: error, warning hoặc off (lặp lại được; ghi đè --config)", "set a rule's level: error, warning or off (repeatable; overrides --config)")), (v: string, prev: string[] = []) => [...prev, v])
    .action(async (files: string[], flags: CheckFlags) => {
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
    });
}
