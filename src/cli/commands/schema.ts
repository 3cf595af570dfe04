import type { Command } from "commander";
import { t } from "../../i18n/text.js";
import type { CliContext } from "../io.js";

/** `kehoach schema`: the JSON Schema of the plan format, for `# yaml-language-server: $schema=…`. */
export function registerSchema(program: Command, ctx: CliContext): void {
  const say = ctx.say;
  program
    .command("schema")
    .description(
      say(
        t(
          "in JSON Schema của tệp kế hoạch (gợi ý trường, mô tả trong trình soạn thảo; --lang en cho mô tả tiếng Anh)",
          "print the JSON Schema of the plan format (field completion and help in editors; --lang en for English descriptions)",
        ),
      ),
    )
    // The schema (zod) loads only when the command runs: `--help` and `--version` stay light.
    .action(async () => {
      const { planJsonSchemaText } = await import("../../schema/json-schema.js");
      ctx.io.stdout.write(planJsonSchemaText(ctx.lang));
    });
}
