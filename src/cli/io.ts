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
  /** Whether stdout is a terminal: binary output (a DOCX with `-o -`) is refused there. */
  readonly stdoutIsTTY?: boolean;
  /** stdout's width when it is a terminal (tables wrap to it). */
  readonly columns?: number;
  /** Standard input, for `build -`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

export interface CliContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly color: ChalkInstance;
  /** Picks the user's language. */
  readonly say: (text: LocalText) => string;
  /** Redraw-in-place output (progress bars): a terminal, and not CI (CI=true logs every frame). */
  readonly animate: boolean;
  /** Aborted on Ctrl-C (SIGINT); a command that stops gracefully sets `stopsGracefully`. */
  readonly interrupt: AbortSignal;
  /** Set by a command that finishes its work in flight on Ctrl-C (batch) instead of exiting at once. */
  stopsGracefully: boolean;
  /** The exit code the run will end with; commands raise it, never lower it. */
  exitCode: number;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    stdin: process.stdin,
  };
}

const truthy = (v: string | undefined): boolean => v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";

/**
 * Colour level, by the conventions users expect: FORCE_COLOR wins (0 = none, 1–3 = that many
 * colours, "true"/"" = basic), then NO_COLOR (any non-empty value) turns colour off, then a
 * terminal on stderr gets what it supports. Read from the given environment, not chalk's own
 * process-wide detection, so tests and library callers control it.
 */
export function colorLevel(io: Pick<CliIo, "env" | "isTTY">): 0 | 1 | 2 | 3 {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force.toLowerCase() === "false") return 0;
    const n = Number.parseInt(force, 10);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return 0;
  if (!io.isTTY || io.env.TERM === "dumb") return 0;
  return supportsColorStderr ? supportsColorStderr.level : 1;
}

export function createContext(io: CliIo, lang: Lang, interrupt: AbortSignal = new AbortController().signal): CliContext {
  return {
    io,
    lang,
    color: new Chalk({ level: colorLevel(io) }),
    say: (text) => text[lang],
    animate: io.isTTY && !truthy(io.env.CI),
    interrupt,
    stopsGracefully: false,
    exitCode: 0,
  };
}

/** Width to wrap tables to: the terminal's, or COLUMNS when set; undefined (no wrapping) for pipes and files. */
export function outputWidth(io: CliIo): number | undefined {
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? "", 10);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return fromEnv;
  return io.columns;
}

/** Records a failure; the first failure's code wins, so the exit code names the first problem. */
export function fail(ctx: CliContext, code: number): void {
  if (ctx.exitCode === 0) ctx.exitCode = code;
}
