import path from "node:path";
import type { Command } from "commander";
import { KehoachError, errorDiagnostic } from "../../errors.js";
import { t } from "../../i18n/text.js";
import { diskTemplates } from "../../templates-provider.js";
import { buildOne, reportBuildError, type BuildFlags, type BuildRun } from "../build-one.js";
import { parseFormat, parseTimeout } from "../build-targets.js";
import { parseRuleFlags } from "../../rules/rule-config.js";
import { fail, type CliContext } from "../io.js";
import { SIGINT_EXIT } from "../process-signals.js";

const shown = (ctx: CliContext, file: string): string => path.relative(ctx.io.cwd, file) || file;

export function registerBuild(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("build")
    .description(say(t("soạn văn bản DOCX (hoặc PDF) từ tệp kế hoạch YAML", "build the DOCX (or PDF) from YAML plan files")))
    .argument("<plan...>", say(t("tệp kế hoạch (.yaml); \"-\" đọc từ stdin", "plan files (.yaml); \"-\" reads stdin")))
    .option("-o, --output <path>", say(t("tệp kết quả (mặc định: cùng tên, đuôi .docx; đuôi .pdf = PDF); \"-\" để ghi ra stdout; một thư mục (kết thúc bằng / hoặc đã có) để ghi vào", "output file (default: the plan's name with .docx; a .pdf name = PDF); \"-\" for stdout; a folder (ending in / or existing) to write into")))
    .option("--format <docx|pdf>", say(t("định dạng kết quả, bất kể đuôi tên tệp", "output format, whatever the file name says")))
    .option("--pdf", say(t("ghi thêm tệp PDF cạnh tệp DOCX (cần LibreOffice)", "also write a PDF beside the DOCX (needs LibreOffice)")))
    .option("--pdfa", say(t("PDF theo chuẩn lưu trữ PDF/A-2b (nhúng phông, siêu dữ liệu XMP)", "PDF for the archive: PDF/A-2b (embedded fonts, XMP metadata)")))
    .option("--pdf-timeout <seconds>", say(t("thời gian chờ LibreOffice tối đa (mặc định 120 giây)", "longest wait for LibreOffice (default 120 seconds)")))
    .option("--watch", say(t("theo dõi kế hoạch và thư mục mẫu, soạn lại mỗi lần lưu (Ctrl-C để dừng)", "watch the plans and template folders, rebuild on each save (Ctrl-C to stop)")))
    .option("--templates <dir>", say(t("thư mục mẫu ghi đè mẫu có sẵn (lặp lại được)", "folder of templates overriding the built-in ones (repeatable)")), (v: string, prev: string[] = []) => [...prev, v])
    .option("--rule <ID=LEVEL>", say(t("đặt mức một quy tắc: error, warning hoặc off (lặp lại được; ghi đè rules: của kế hoạch)", "set a rule's level: error, warning or off (repeatable; overrides the plan's rules:)")), (v: string, prev: string[] = []) => [...prev, v])
    .option("--strict", say(t("coi cảnh báo là lỗi", "treat warnings as errors")))
    .option("--check", say(t("kiểm tra thể thức Nghị định 30 của văn bản vừa soạn (như `kehoach check`); không ghi tệp nếu có lỗi", "check the built document against Decree 30 (as `kehoach check`); write nothing on a failure")))
    .action(async (plans: string[], flags: BuildFlags) => {
      const many = plans.length > 1;
      let ruleLevels: BuildRun["ruleLevels"];
      try {
        ruleLevels = parseRuleFlags(flags.rule);
        parseFormat(flags.format);
        parseTimeout(flags.pdfTimeout);
        if (many && flags.output === "-") {
          throw new KehoachError("usage", errorDiagnostic("usage", t("không thể ghi nhiều văn bản ra stdout (-o -)", "cannot write several documents to stdout (-o -)")));
        }
        const toStdout = flags.output === "-" || (flags.output === undefined && plans.includes("-"));
        if (toStdout && ctx.io.stdoutIsTTY) {
          throw new KehoachError(
            "usage",
            errorDiagnostic("build-binary-to-terminal", t("không ghi tệp DOCX/PDF (dữ liệu nhị phân) ra màn hình", "will not write a DOCX/PDF (binary data) to the terminal"), {
              hint: t("chuyển hướng vào một tệp (… -o - > plan.docx) hoặc dùng -o plan.docx", "redirect to a file (… -o - > plan.docx) or use -o plan.docx"),
            }),
          );
        }
        if (plans.filter((p) => p === "-").length > 1) {
          throw new KehoachError("usage", errorDiagnostic("usage", t("chỉ đọc được một kế hoạch từ stdin (-)", "only one plan can be read from stdin (-)")));
        }
        if (flags.watch && flags.output === "-") {
          throw new KehoachError("usage", errorDiagnostic("usage", t("--watch không ghi ra stdout (-o -)", "--watch cannot write to stdout (-o -)")));
        }
      } catch (err) {
        fail(ctx, reportBuildError(ctx, err, ""));
        return;
      }
      const templateDirs = (flags.templates ?? []).map((d) => path.resolve(ctx.io.cwd, d));
      const run: BuildRun = { ctx, flags, templates: diskTemplates(templateDirs), many, ruleLevels, fontChecked: false };
      if (flags.watch) {
        const { watchBuild } = await import("../watch-build.js");
        // Ctrl-C is how watching ends: the normal way out, so exit 0 rather than 130.
        ctx.stopsGracefully = true;
        await watchBuild(run, plans, templateDirs);
        if (ctx.interrupt.aborted && ctx.exitCode === SIGINT_EXIT) ctx.exitCode = 0;
        return;
      }
      for (const plan of plans) {
        try {
          const written = await buildOne(run, plan);
          const files = written.filter((f) => f !== "-").map((f) => shown(ctx, f));
          if (files.length) ctx.io.stderr.write(`${ctx.color.green("✔")} ${plan} → ${files.join(", ")}\n`);
        } catch (err) {
          fail(ctx, reportBuildError(ctx, err, path.resolve(ctx.io.cwd, plan)));
        }
      }
    });
}
