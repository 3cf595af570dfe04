import type { Command } from "commander";
import { t } from "../../i18n/text.js";
import { TIERS } from "../../schema/tier.js";
import type { CliContext } from "../io.js";
import type { TemplatesFlags } from "./templates-run.js";

/** `kehoach templates`: which file wins for every template and partial, per tier. */
export function registerTemplates(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("templates")
    .description(say(t("liệt kê các mẫu đang dùng và tệp nào được chọn", "list the templates in use and which file wins")))
    .option("--tier <tier>", say(t(`chỉ một cấp: ${TIERS.join(", ")}`, `one tier only: ${TIERS.join(", ")}`)))
    .option("--templates <dir>", say(t("thư mục mẫu ghi đè (lặp lại được)", "override folder (repeatable)")), (v: string, prev: string[] = []) => [...prev, v])
    // The command's code loads only when it runs: `--help` and `--version` stay light (docs/performance.md).
    .action(async (flags: TemplatesFlags) => (await import("./templates-run.js")).runTemplates(ctx, flags));
}
