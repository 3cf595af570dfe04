import { readFileSync } from "node:fs";
import { Command, CommanderError, Help } from "commander";
import { EXIT_CODES, errorDiagnostic, toKehoachError } from "../errors.js";
import { detectLang, t } from "../i18n/text.js";
import { registerBuild } from "./commands/build.js";
import { registerCheck } from "./commands/check.js";
import { registerTemplates } from "./commands/templates.js";
import { registerValidate } from "./commands/validate.js";
import { registerInit } from "./commands/init.js";
import { registerSchema } from "./commands/schema.js";
import { registerBatch } from "./commands/batch.js";
import { registerImport } from "./commands/import.js";
import { addHelpExamples } from "./help-examples.js";
import { attachProcess } from "./process-signals.js";
import { createContext, processIo, type CliContext, type CliIo } from "./io.js";
import { reportDiagnostics } from "./report.js";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Commander's help in Vietnamese: terms are translated before commander measures their width. */
const vietnameseTerms = (text: string): string => text.replace(/\[options\]/g, "[tùy chọn]").replace(/\[command\]/g, "[lệnh]");

class VietnameseHelp extends Help {
  override subcommandTerm(cmd: Command): string {
    return vietnameseTerms(super.subcommandTerm(cmd));
  }

  override formatHelp(cmd: Command, helper: Help): string {
    return vietnameseTerms(
      super
        .formatHelp(cmd, helper)
        .replace(/^Usage:/m, "Cách dùng:")
        .replace(/^Arguments:/m, "Tham số:")
        .replace(/^Options:/m, "Tùy chọn:")
        .replace(/^Commands:/m, "Lệnh:"),
    );
  }
}

/** Each command registers itself; adding a command is one line here. */
const COMMANDS: ((program: Command, ctx: CliContext) => void)[] = [registerBuild, registerTemplates, registerBatch, registerValidate, registerInit, registerSchema, registerCheck, registerImport];

function program(ctx: CliContext): Command {
  const say = ctx.say;
  const root = new Command("kehoach")
    .description(
      say(
        t(
          "Soạn Kế hoạch hành chính (DOCX) đúng thể thức Nghị định 30/2020/NĐ-CP từ tệp YAML",
          "Build Vietnamese administrative plans (DOCX) laid out per Decree 30/2020/NĐ-CP from YAML",
        ),
      ),
    )
    .version(VERSION, "-V, --version", say(t("in số phiên bản", "print the version")))
    .option("--lang <lang>", say(t("ngôn ngữ thông báo: vi (mặc định) hoặc en", "message language: vi (default) or en")))
    .helpOption("-h, --help", say(t("hiển thị trợ giúp", "show help")))
    .helpCommand("help [command]", say(t("trợ giúp cho một lệnh", "help for a command")))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      // Usage errors are reported below, in the user's language.
      outputError: () => undefined,
    });
  if (ctx.lang === "vi") root.createHelp = () => Object.assign(new VietnameseHelp(), root.configureHelp());
  for (const register of COMMANDS) register(root, ctx);
  for (const cmd of root.commands) {
    cmd.exitOverride().helpOption("-h, --help", say(t("hiển thị trợ giúp", "show help")));
    cmd.configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s), outputError: () => undefined });
    if (ctx.lang === "vi") cmd.createHelp = () => Object.assign(new VietnameseHelp(), cmd.configureHelp());
    addHelpExamples(cmd, ctx);
  }
  return root;
}

/** Commander's English messages, in the user's language (every code commander raises for a user). */
function usageMessage(err: CommanderError): ReturnType<typeof t> {
  const quoted = [...err.message.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const what = quoted[0] ?? "";
  switch (err.code) {
    case "commander.unknownOption":
      return t(`tùy chọn không hợp lệ: ${what}`, `unknown option: ${what}`);
    case "commander.unknownCommand":
      return t(`lệnh không hợp lệ: ${what}`, `unknown command: ${what}`);
    case "commander.missingArgument":
      return t(`thiếu tham số: ${what}`, `missing argument: ${what}`);
    case "commander.optionMissingArgument":
      return t(`tùy chọn ${what} cần một giá trị`, `option ${what} needs a value`);
    case "commander.missingMandatoryOptionValue":
      return t(`thiếu tùy chọn bắt buộc ${what}`, `the required option ${what} is missing`);
    case "commander.excessArguments": {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(err.message);
      const [expected, got] = counts ? [counts[1], counts[2]] : ["?", "?"];
      const cmd = what ? ` ${what}` : "";
      return t(`thừa tham số cho lệnh${cmd}: cần ${expected}, nhận ${got}`, `too many arguments for${cmd || " kehoach"}: expected ${expected}, got ${got}`);
    }
    case "commander.conflictingOption":
      return t(`không dùng được ${what} cùng với ${quoted[1] ?? ""}`, `${what} cannot be used with ${quoted[1] ?? ""}`);
    case "commander.invalidArgument":
      return t(`giá trị không hợp lệ cho ${what}: ${quoted[1] ?? ""}`, `invalid value for ${what}: ${quoted[1] ?? ""}`);
    default:
      return t(`dùng lệnh sai: ${err.message.replace(/^error: /, "")}`, err.message.replace(/^error: /, ""));
  }
}

/** The CLI: argv → exit code. The only place errors become exit codes (README, "Mã thoát" / "Exit codes"). */
export async function main(argv: readonly string[], given?: CliIo): Promise<number> {
  const io = given ?? processIo();
  const langFlag = argv.find((a, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const interrupt = new AbortController();
  const ctx = createContext(io, detectLang(langFlag, io.env), interrupt.signal);
  if (langFlag !== undefined && langFlag !== "vi" && langFlag !== "en") {
    const suggestion = /^en/i.test(langFlag) ? "en" : "vi";
    reportDiagnostics(ctx, [errorDiagnostic("usage", t(`ngôn ngữ không hỗ trợ: ${langFlag}`, `unsupported language: ${langFlag}`), { hint: t(`dùng --lang vi hoặc --lang en (có phải ý bạn là ${suggestion}?)`, `use --lang vi or --lang en (did you mean ${suggestion}?)`) })]);
    return EXIT_CODES.usage;
  }
  // Only a real process listens to signals and pipes; in-process callers (tests) do not.
  const detach = given === undefined ? attachProcess(ctx, interrupt) : () => undefined;
  try {
    await program(ctx).parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT_CODES.ok;
      const suggestion = /Did you mean ([^?]+)\?/.exec(err.message)?.[1];
      const hint = suggestion
        ? t(`có phải ý bạn là ${suggestion}?`, `did you mean ${suggestion}?`)
        : t("xem `kehoach --help`", "see `kehoach --help`");
      reportDiagnostics(ctx, [errorDiagnostic("usage", usageMessage(err), { hint })]);
      return EXIT_CODES.usage;
    }
    const e = toKehoachError(err);
    reportDiagnostics(ctx, e.diagnostics);
    return EXIT_CODES[e.code];
  } finally {
    detach();
  }
}
