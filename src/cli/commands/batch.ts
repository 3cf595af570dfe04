import type { Command } from "commander";
import { t } from "../../i18n/text.js";
import { defaultJobs } from "../../batch/jobs.js";
import type { CliContext } from "../io.js";
import type { BatchFlags } from "./batch-run.js";

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export function registerBatch(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("batch")
    .description(say(t("soạn một kế hoạch cho mỗi đơn vị trong danh sách (xã, phường…) từ một kế hoạch mẫu", "build one plan per unit of a list (communes, wards…) from a model plan")))
    .argument("<plan>", say(t("kế hoạch mẫu (.yaml); {{unit.…}} là dữ liệu của từng đơn vị", "model plan (.yaml); {{unit.…}} is each unit's data")))
    .requiredOption("--units <file>", say(t("danh sách đơn vị (.csv có dòng tiêu đề, hoặc .yaml)", "unit list (.csv with a header row, or .yaml)")))
    .requiredOption("-o, --output <dir>", say(t("thư mục kết quả", "output folder")))
    .option(`--where ${say(t("<cột=giá_trị>", "<column=value>"))}`, say(t("chỉ các đơn vị có cột bằng giá trị (không phân biệt hoa thường, dấu); lặp lại = và", "only units whose column equals the value (ignoring case and diacritics); repeat = and")), collect)
    .option(
      "--jobs <n>",
      say(
        t(
          `số văn bản soạn cùng lúc: luồng chính và n − 1 luồng phụ (mặc định: số nhân, ở đây ${defaultJobs()}); 1 = chỉ luồng chính`,
          `units rendered at once: this thread and n − 1 worker threads (default: the cores, here ${defaultJobs()}); 1 = this thread only`,
        ),
      ),
    )
    .option("--shard <i/n>", say(t("chỉ làm phần thứ i trong n phần của danh sách (chia việc cho nhiều máy CI)", "only part i of n of the list (split the work across CI jobs)")))
    .option("--check", say(t("không ghi gì; báo lỗi (mã 8) nếu tệp trên đĩa khác với kết quả mới", "write nothing; fail (exit 8) when files on disk differ from a fresh build")))
    .option("--fail-fast", say(t("dừng ở đơn vị lỗi đầu tiên", "stop at the first failing unit")))
    .option("--quiet", say(t("chỉ in lỗi và dòng tổng kết", "print only errors and the summary")))
    .option("--json", say(t("in báo cáo JSON ra stdout", "print a JSON report to stdout")))
    .option("--templates <dir>", say(t("thư mục mẫu ghi đè mẫu có sẵn (lặp lại được)", "folder of templates overriding the built-in ones (repeatable)")), collect)
    .option("--strict", say(t("coi cảnh báo là lỗi của đơn vị", "treat warnings as the unit's errors")))
    .option("--rule <ID=LEVEL>", say(t("đặt mức một quy tắc: error, warning hoặc off (lặp lại được; ghi đè rules: của kế hoạch)", "set a rule's level: error, warning or off (repeatable; overrides the plan's rules:)")), collect)
    .option("--pdf", say(t("ghi thêm PDF cho mỗi đơn vị (LibreOffice, --jobs tiến trình); bỏ qua PDF có DOCX không đổi", "also write each unit's PDF (LibreOffice, --jobs processes); skips PDFs whose DOCX did not change")))
    .option("--pdfa", say(t("như --pdf, theo chuẩn lưu trữ PDF/A-2b", "as --pdf, in the archive format PDF/A-2b")))
    .option("--merge <file.pdf>", say(t("gộp PDF mọi đơn vị, theo thứ tự danh sách, vào một tệp in có mục lục (kèm --pdf)", "merge every unit's PDF, in list order, into one print file with bookmarks (implies --pdf)")))
    .option("--pdf-timeout <seconds>", say(t("thời gian chờ LibreOffice tối đa cho mỗi tệp (mặc định 120 giây)", "longest wait for LibreOffice per file (default 120 seconds)")))
    // The command's code loads only when it runs: `--help` and `--version` stay light (docs/performance.md).
    .action(async (plan: string, flags: BatchFlags) => (await import("./batch-run.js")).runBatchCommand(ctx, plan, flags));
}
