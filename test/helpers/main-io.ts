import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";

export interface MainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured streams, a fixed colourless environment and a cwd. */
export async function runMain(argv: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<MainRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (chunk: string | Uint8Array) => (stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { LANG: "C.UTF-8", NO_COLOR: "1", ...options.env },
    cwd: options.cwd ?? process.cwd(),
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export const tempDir = (prefix = "kehoach-"): string => mkdtempSync(path.join(tmpdir(), prefix));
