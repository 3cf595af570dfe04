import type { Command } from "commander";
import { t } from "../../i18n/text.js";
import type { CliContext } from "../io.js";
import type { ValidateFlags } from "./validate-run.js";

/** `kehoach validate`: every check `build` makes, every problem at once, nothing written. */
export function registerValidate(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("validate")
    .description(
      say(
        t(
          "kiểm tra tệp kế hoạch (cú pháp, trường, mẫu, thể thức Nghị định 30) mà không ghi tệp; báo mọi lỗi một lần",
          "check plan files (syntax, fields, templates, ND30 rules) without writing anything; reports every problem at once",
        ),
      ),
    )
    .argument("<plan...>", say(t("tệp kế hoạch (.yaml)", "plan files (.yaml)")))
    .option("--format <format>", say(t("text (mặc định) hoặc json (các tệp đã kiểm tra và mọi chẩn đoán, ra stdout, cho CI)", "text (default) or json (the files checked and every diagnostic, on stdout, for CI)")))
    .option("--strict", say(t("coi cảnh báo là lỗi (mã thoát 9)", "treat warnings as errors (exit code 9)")))
    .option("--templates <dir>", say(t("thư mục mẫu ghi đè mẫu có sẵn (lặp lại được)", "folder of templates overriding the built-in ones (repeatable)")), (v: string, prev: string[] = []) => [...prev, v])
    .option("--rule <ID=LEVEL>", say(t("đặt mức một quy tắc: error, warning hoặc off (lặp lại được; ghi đè rules: của kế hoạch)", "set a rule's level: error, warning or off (repeatable; overrides the plan's rules:)")), (v: string, prev: string[] = []) => [...prev, v])
    // The command's code loads only when it runs: `--help` and `--version` stay light (docs/performance.md).
    .action(async (plans: string[], flags: ValidateFlags) => (await import("./validate-run.js")).runValidate(ctx, plans, flags));
}
