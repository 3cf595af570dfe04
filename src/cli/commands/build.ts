import path from "node:path";
import type { Command } from "commander";
import { assertNd30 } from "../../check/check-docx.js";
import { EXIT_CODES, KehoachError, errorDiagnostic, hasErrors, toKehoachError } from "../../errors.js";
import { t } from "../../i18n/text.js";
import { readSource } from "../../load/read-source.js";
import { writeOutputAtomic } from "../../pack/write-output.js";
import { preparePlan, renderPrepared, ruleLevelsOf } from "../../pipeline.js";
import type { RuleLevels } from "../../rules/levels.js";
import { parseRuleFlags } from "../../rules/rule-config.js";
import { diskTemplates } from "../../templates-provider.js";
import { fail, type CliContext } from "../io.js";
import { reportDiagnostics } from "../report.js";

interface BuildFlags {
  output?: string;
  templates?: string[];
  strict?: boolean;
  check?: boolean;
  rule?: string[];
}

/** plan.yaml → plan.docx beside it; with several plans, -o names a folder. */
export function outputPathFor(plan: string, output: string | undefined, many: boolean): string {
  const base = `${path.basename(plan).replace(/\.(ya?ml)$/i, "")}.docx`;
  if (output === undefined) return path.join(path.dirname(plan), base);
  return many ? path.join(output, base) : output;
}

export function registerBuild(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("build")
    .description(say(t("soạn văn bản DOCX từ tệp kế hoạch YAML", "build the DOCX from YAML plan files")))
    .argument("<plan...>", say(t("tệp kế hoạch (.yaml)", "plan files (.yaml)")))
    .option("-o, --output <path>", say(t("tệp kết quả (mặc định: cùng tên, đuôi .docx); \"-\" để ghi ra stdout; một thư mục khi có nhiều kế hoạch", "output file (default: the plan's name with .docx); \"-\" for stdout; a folder with several plans")))
    .option("--templates <dir>", say(t("thư mục mẫu ghi đè mẫu có sẵn (lặp lại được)", "folder of templates overriding the built-in ones (repeatable)")), (v: string, prev: string[] = []) => [...prev, v])
    .option("--strict", say(t("coi cảnh báo là lỗi", "treat warnings as errors")))
    .option("--check", say(t("kiểm tra thể thức Nghị định 30 của văn bản vừa soạn (như `kehoach check`); không ghi tệp nếu có lỗi", "check the built document against Decree 30 (as `kehoach check`); write nothing on a failure")))
    .option("--rule <ID=LEVEL>", say(t("đặt mức một quy tắc: error, warning hoặc off (lặp lại được; ghi đè rules: của kế hoạch)", "set a rule's level: error, warning or off (repeatable; overrides the plan's rules:)")), (v: string, prev: string[] = []) => [...prev, v])
    .action(async (plans: string[], flags: BuildFlags) => {
      const many = plans.length > 1;
      if (many && flags.output === "-") {
        reportDiagnostics(ctx, [errorDiagnostic("usage", t("không thể ghi nhiều văn bản ra stdout (-o -)", "cannot write several documents to stdout (-o -)"))]);
        fail(ctx, EXIT_CODES.usage);
        return;
      }
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
      for (const plan of plans) {
        const file = path.resolve(ctx.io.cwd, plan);
        try {
          const prepared = preparePlan(await readSource(file));
          const result = await renderPrepared(prepared, { templates, sourceDateEpoch: ctx.io.env.SOURCE_DATE_EPOCH, ruleLevels });
          reportDiagnostics(ctx, result.diagnostics);
          if (hasErrors(result.diagnostics)) {
            throw new KehoachError("nd30", errorDiagnostic("nd30-errors", t("kế hoạch sai thể thức Nghị định 30 (xem các lỗi trên); không ghi tệp", "the plan breaks ND30 rules (see the errors above); nothing written"), { file }));
          }
          if (flags.strict && result.diagnostics.some((d) => d.severity === "warning")) {
            throw new KehoachError("nd30", errorDiagnostic("strict", t("có cảnh báo và đang dùng --strict; không ghi tệp", "warnings with --strict; nothing written"), { file }));
          }
          // Throws on any E failure, before anything is written.
          if (flags.check) reportDiagnostics(ctx, assertNd30(result.bytes, file, ruleLevelsOf(prepared.plan, ruleLevels)));
          if (flags.output === "-") {
            ctx.io.stdout.write(result.bytes);
            continue;
          }
          const out = path.resolve(ctx.io.cwd, outputPathFor(plan, flags.output, many));
          await writeOutputAtomic(out, result.bytes);
          ctx.io.stderr.write(`${ctx.color.green("✔")} ${plan} → ${path.relative(ctx.io.cwd, out) || out}\n`);
        } catch (err) {
          const e = toKehoachError(err);
          reportDiagnostics(ctx, e.diagnostics.map((d) => (d.file ? d : { ...d, file })));
          fail(ctx, EXIT_CODES[e.code]);
        }
      }
    });
}
