import type { Command } from "commander";
import { t } from "../../i18n/text.js";
import type { BuildFlags } from "../build-one.js";
import type { CliContext } from "../io.js";

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
    // The pipeline (yaml, zod, handlebars, docx) loads only when the command runs, so
    // `--help` and `--version` stay light (docs/performance.md).
    .action(async (plans: string[], flags: BuildFlags) => (await import("./build-run.js")).runBuild(ctx, plans, flags));
}
