import type { Command } from "commander";
import { t } from "../../i18n/text.js";
import type { CliContext } from "../io.js";
import type { CheckFlags } from "./check-run.js";

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
    // The command's code loads only when it runs: `--help` and `--version` stay light (docs/performance.md).
    .action(async (files: string[], flags: CheckFlags) => (await import("./check-run.js")).runCheck(ctx, files, flags));
}
