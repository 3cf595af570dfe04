import type { Command } from "commander";
import { t } from "../../i18n/text.js";
import type { CliContext } from "../io.js";
import type { ImportFlags } from "./import-run.js";

/**
 * `kehoach import <file.docx…>`: a Word Kế hoạch → a plan YAML that rebuilds it. The plan goes
 * beside the input (same name, .yaml), to -o, or to stdout with -o -; an existing file is never
 * overwritten without --force. The report (recognised / guessed / kept as text) goes to stderr,
 * as text or, with --format json, as JSON. Exit 7 when a file cannot be read or written.
 */
export function registerImport(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("import")
    .description(say(t("chuyển văn bản Kế hoạch (Word .docx; .doc/.odt qua LibreOffice) thành tệp kế hoạch YAML", "turn a Kế hoạch document (Word .docx; .doc/.odt through LibreOffice) into a plan YAML")))
    .argument("<docx...>", say(t("văn bản (.docx, .doc, .odt)", "documents (.docx, .doc, .odt)")))
    .option("-o, --output <file>", say(t("tệp YAML sẽ tạo (mặc định: cạnh văn bản, đuôi .yaml); \"-\" để in ra stdout", "YAML file to write (default: beside the document, .yaml); \"-\" for stdout")))
    .option("--force", say(t("ghi đè tệp đã có", "overwrite an existing file")))
    .option("--format <format>", say(t("định dạng báo cáo trên stderr: text (mặc định) hoặc json", "report format on stderr: text (default) or json")))
    // The command's code loads only when it runs: `--help` and `--version` stay light (docs/performance.md).
    .action(async (files: string[], flags: ImportFlags) => (await import("./import-run.js")).runImport(ctx, files, flags));
}
