import type { Command } from "commander";
import { t, type LocalText } from "../i18n/text.js";
import type { CliContext } from "./io.js";

/**
 * Two or three examples per command, printed at the end of `kehoach <command> --help`. Kept in
 * one place so every command shows them the same way; a new command adds its entry here (a test
 * checks that every registered command has some).
 */
export const HELP_EXAMPLES: Readonly<Record<string, readonly (readonly [string, LocalText])[]>> = {
  build: [
    ["kehoach build plan.yaml", t("soạn plan.docx cạnh plan.yaml", "writes plan.docx beside plan.yaml")],
    ["kehoach build plan.yaml -o plan.pdf", t("soạn PDF (cần LibreOffice)", "writes a PDF (needs LibreOffice)")],
    ["kehoach build ke-hoach/*.yaml -o out/ --check", t("nhiều kế hoạch vào thư mục out/, kiểm tra thể thức trước khi ghi", "several plans into out/, checked against Decree 30 before writing")],
  ],
  validate: [
    ["kehoach validate plan.yaml", t("mọi lỗi, kèm dòng, cột và gợi ý", "every error, with line, column and a hint")],
    ["kehoach validate ke-hoach/*.yaml --format json", t("báo cáo JSON cho CI", "a JSON report for CI")],
    ["kehoach validate plan.yaml --strict", t("coi cảnh báo là lỗi", "treat warnings as errors")],
  ],
  init: [
    ["kehoach init --unit \"Na Dương\"", t("kế hoạch khởi đầu cho UBND xã Na Dương", "a starter plan for Na Dương commune")],
    ["kehoach init --tier province --unit \"Lạng Sơn\"", t("cho UBND tỉnh Lạng Sơn", "for the Lạng Sơn provincial committee")],
    ["kehoach init --tier department -o so.yaml", t("cho một Sở, ghi vào so.yaml", "for a department, written to so.yaml")],
  ],
  templates: [
    ["kehoach templates", t("mẫu của mọi cấp và tệp đang dùng", "every tier's templates and the files in use")],
    ["kehoach templates --tier commune --templates mau/", t("cấp xã, với thư mục mẫu ghi đè", "the commune tier with an override folder")],
  ],
  schema: [
    ["kehoach schema > plan.schema.json", t("JSON Schema mô tả tiếng Việt", "the JSON Schema with Vietnamese descriptions")],
    ["kehoach schema --lang en > plan.schema.en.json", t("mô tả tiếng Anh", "English descriptions")],
  ],
  batch: [
    ["kehoach batch mau.yaml --units data/communes-2025.csv --where province_name=\"Lạng Sơn\" -o out/", t("một kế hoạch cho mỗi xã, phường của Lạng Sơn", "one plan per commune and ward of Lạng Sơn")],
    ["kehoach batch mau.yaml --units data/communes-2025.csv -o out/ --shard 2/4", t("phần 2 trong 4 phần (ma trận CI)", "part 2 of 4 (a CI matrix)")],
    ["kehoach batch mau.yaml --units units.csv -o plans/ --check", t("CI: báo tệp đã lưu không còn khớp kế hoạch", "CI: report stored files that no longer match the plan")],
  ],
  check: [
    ["kehoach check ke-hoach.docx", t("quy tắc không đạt và cảnh báo", "failed rules and warnings")],
    ["kehoach check ke-hoach.docx --all", t("mọi quy tắc", "every rule")],
    ["kehoach check *.docx --format json", t("báo cáo JSON cho CI", "a JSON report for CI")],
  ],
  import: [
    ["kehoach import ke-hoach.docx -o plan.yaml", t("đọc kế hoạch Word thành plan.yaml", "reads a Word plan into plan.yaml")],
    ["kehoach import ke-hoach.docx && kehoach build ke-hoach.yaml", t("nhập rồi soạn lại", "import, then build again")],
  ],
};

export function addHelpExamples(cmd: Command, ctx: CliContext): void {
  const examples = HELP_EXAMPLES[cmd.name()];
  if (!examples?.length) return;
  const width = Math.max(...examples.map(([c]) => c.length));
  const lines = examples.map(([command, what]) => `  ${command.padEnd(width)}  # ${ctx.say(what)}`);
  cmd.addHelpText("after", `\n${ctx.say(t("Ví dụ:", "Examples:"))}\n${lines.join("\n")}\n`);
}
