import { EXIT_CODES } from "../errors.js";
import { t } from "../i18n/text.js";
import type { CliContext } from "./io.js";

/** The conventional exit code after SIGINT (128 + 2), what shells and CI expect from Ctrl-C. */
export const SIGINT_EXIT = 130;

/**
 * What a real process needs beyond the streams: Ctrl-C and closed pipes.
 * - SIGINT: says "đang dừng…" at once, then either lets the command stop gracefully (batch
 *   finishes its units in flight and writes the manifest, then exits 130) or exits 130 now.
 *   A second Ctrl-C always exits at once.
 * - EPIPE on stdout (`kehoach templates | head -1`): the reader has gone, nothing more can be
 *   said, so the process ends quietly with the code it had — no stack trace.
 * Returns the function that detaches the SIGINT listener; the pipe listener stays, because
 * buffered writes can fail after the command has returned.
 */
export function attachProcess(ctx: CliContext, interrupt: AbortController): () => void {
  let count = 0;
  const onSigint = (): void => {
    count += 1;
    if (count === 1) ctx.io.stderr.write(`${ctx.say(t("đang dừng… (Ctrl-C lần nữa để dừng ngay)", "stopping… (Ctrl-C again to stop at once)"))}\n`);
    ctx.exitCode = SIGINT_EXIT;
    interrupt.abort();
    if (count > 1 || !ctx.stopsGracefully) process.exit(SIGINT_EXIT);
  };
  const onPipeError = (err: NodeJS.ErrnoException): void => {
    if (err.code === "EPIPE") process.exit(ctx.exitCode || EXIT_CODES.ok);
    throw err;
  };
  process.on("SIGINT", onSigint);
  process.stdout.on("error", onPipeError);
  return () => {
    process.removeListener("SIGINT", onSigint);
  };
}
