import { Chalk, supportsColorStderr, type ChalkInstance } from "chalk";
import type { Lang, LocalText } from "../i18n/text.js";

/** What a command may touch: streams, environment, working directory, language, colours. */
export interface CliIo {
  readonly stdout: { write(chunk: string | Uint8Array): unknown };
  readonly stderr: { write(chunk: string): unknown };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Whether stderr is a terminal (progress bars, colours). */
  readonly isTTY: boolean;
}

export interface CliContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly color: ChalkInstance;
  /** Picks the user's language. */
  readonly say: (text: LocalText) => string;
  /** The exit code the run will end with; commands raise it, never lower it. */
  exitCode: number;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), isTTY: Boolean(process.stderr.isTTY) };
}

export function createContext(io: CliIo, lang: Lang): CliContext {
  const level = io.isTTY && !io.env.NO_COLOR && supportsColorStderr ? supportsColorStderr.level : 0;
  return {
    io,
    lang,
    color: new Chalk({ level }),
    say: (text) => text[lang],
    exitCode: 0,
  };
}

/** Records a failure; the first failure's code wins, so the exit code names the first problem. */
export function fail(ctx: CliContext, code: number): void {
  if (ctx.exitCode === 0) ctx.exitCode = code;
}
