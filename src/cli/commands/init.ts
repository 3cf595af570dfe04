import type { Command } from "commander";
import { t } from "../../i18n/text.js";
import { TIERS } from "../../schema/tier.js";
import type { CliContext } from "../io.js";
import type { InitFlags } from "./init-run.js";

/** `kehoach init`: a commented starter plan for a tier that validates and builds as it stands. */
export function registerInit(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("init")
    .description(say(t("tạo tệp kế hoạch khởi đầu (có chú thích) cho một cấp ban hành", "write a commented starter plan for an issuing tier")))
    .option("--tier <tier>", say(t(`cấp ban hành: ${TIERS.join(", ")} (mặc định: theo --unit, hoặc commune)`, `issuing tier: ${TIERS.join(", ")} (default: from --unit, else commune)`)))
    .option("--unit <name>", say(t("tên tỉnh hoặc xã theo danh sách 01/7/2025, ví dụ \"Thất Khê\", \"Thất Khê, Lạng Sơn\"", "a province or commune of the 1 July 2025 list, e.g. \"Thất Khê\", \"Thất Khê, Lạng Sơn\"")))
    .option("--code <code>", say(t("mã đơn vị hành chính (tỉnh 2 chữ số, xã 5 chữ số)", "administrative unit code (province 2 digits, commune 5)")))
    .option("-o, --output <file>", say(t("tệp sẽ tạo (mặc định: plan.yaml); \"-\" để in ra stdout", "file to write (default: plan.yaml); \"-\" for stdout")))
    .option("--force", say(t("ghi đè tệp đã có", "overwrite an existing file")))
    // The command's code loads only when it runs: `--help` and `--version` stay light (docs/performance.md).
    .action(async (flags: InitFlags) => (await import("./init-run.js")).runInit(ctx, flags));
}
