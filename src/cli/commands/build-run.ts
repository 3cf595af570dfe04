import path from "node:path";
import { KehoachError, errorDiagnostic } from "../../errors.js";
import { t } from "../../i18n/text.js";
import { diskTemplates } from "../../templates-provider.js";
import { buildOne, reportBuildError, type BuildFlags, type BuildRun } from "../build-one.js";
import { parseFormat, parseTimeout } from "../build-targets.js";
import { parseRuleFlags } from "../../rules/rule-config.js";
import { fail, type CliContext } from "../io.js";
import { SIGINT_EXIT } from "../process-signals.js";

const shown = (ctx: CliContext, file: string): string => path.relative(ctx.io.cwd, file) || file;

/** The action of `kehoach build` (options: build.ts). */
export async function runBuild(ctx: CliContext, plans: string[], flags: BuildFlags): Promise<void> {
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
}
