import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { t, type LocalText } from "../i18n/text.js";
import { missingSoffice } from "./find-soffice.js";

/**
 * One LibreOffice process converting a list of files. The traps of the Node wrappers
 * (../shared/peers.md §2.E) are handled here, once:
 * - a private, throw-away user profile per process, so parallel conversions never fight over
 *   the profile lock (with a shared one they fail silently);
 * - a timeout that restarts whenever LibreOffice reports progress, so a long list is not cut
 *   short while one stuck document is;
 * - on timeout (and after every run) the whole process group is killed: `soffice` is a shell
 *   script that starts oosplash, which starts soffice.bin; killing only the child we spawned
 *   would leave soffice.bin running.
 */

export interface SofficeRun {
  /** Index in `inputs` → the PDF's bytes. */
  readonly pdfs: Map<number, Uint8Array>;
  /** Index → why it has no PDF (LibreOffice could not load it, it hung, it crashed on it). */
  readonly failed: Map<number, LocalText>;
  /** Indexes not attempted because the process died before them: run them again in a new process. */
  readonly retry: number[];
}

export interface SofficeOptions {
  readonly soffice: string;
  /** Longest wait for the next sign of progress (the first one includes LibreOffice's start-up). */
  readonly timeoutMs: number;
  /** The --convert-to target, e.g. `pdf:writer_pdf_Export:{…}`. */
  readonly target: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Process groups still running, killed if this process exits first (Ctrl-C, an uncaught error). */
const live = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number): void {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // ESRCH: the group is already gone.
  }
}

function track(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const pid of live) killGroup(pid);
    });
  }
  if (child.pid !== undefined) live.add(child.pid);
}

/**
 * Waits (briefly) until no live process of the group is left. SIGKILL is asynchronous: a
 * killed process may still be tearing down when its parent's "close" arrives. Linux only
 * (/proc); zombies waiting for their reaper do not count, they run nothing.
 */
async function groupGone(pgid: number, limitMs = 5000): Promise<void> {
  if (process.platform !== "linux") return;
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    const pids = (await readdir("/proc").catch(() => [] as string[])).filter((d) => /^\d+$/.test(d));
    let alive = false;
    for (const pid of pids) {
      const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
      // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so split after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z" && fields[0] !== "X") {
        alive = true;
        break;
      }
    }
    if (!alive) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A PDF is complete when its last bytes hold the end-of-file marker. */
export function looksComplete(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64))).toString("latin1");
  return bytes.length > 64 && Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-" && /%%EOF\s*$/.test(tail);
}

/**
 * Converts `inputs` (absolute .docx paths with distinct base names) into `outDir` in one
 * LibreOffice process. Never throws for a document's failure; only a spawn failure (no such
 * executable) rejects.
 */
export async function runSoffice(inputs: readonly string[], outDir: string, options: SofficeOptions): Promise<SofficeRun> {
  const profile = await mkdtemp(path.join(tmpdir(), "kehoach-soffice-"));
  const pdfs = new Map<number, Uint8Array>();
  const failed = new Map<number, LocalText>();
  const retry: number[] = [];
  let timedOut = false;
  let stderr = "";
  let exit: { code: number | null; signal: NodeJS.Signals | null } = { code: null, signal: null };
  try {
    const child = spawn(
      options.soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck", "--convert-to", options.target, "--outdir", outDir, ...inputs],
      // Its own process group (detached), so a timeout can kill soffice.bin too.
      { detached: process.platform !== "win32", stdio: ["ignore", "pipe", "pipe"], env: options.env ?? process.env, windowsHide: true },
    );
    track(child);
    exit = await new Promise<typeof exit>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) killGroup(child.pid);
        }, options.timeoutMs);
      };
      arm();
      // "convert a.docx -> a.pdf using filter …" is printed as each document starts saving.
      child.stdout!.on("data", () => arm());
      child.stderr!.on("data", (chunk: Buffer) => {
        if (stderr.length < 8192) stderr += chunk.toString("utf8");
      });
      child.once("error", (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(missingSoffice(t(`${options.soffice} (${err.code ?? err.message})`, `${options.soffice} (${err.code ?? err.message})`)));
      });
      child.once("close", (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal });
      });
    }).finally(async () => {
      // Whatever happened, nothing of this run may outlive it.
      if (child.pid !== undefined) {
        killGroup(child.pid);
        await groupGone(child.pid);
        live.delete(child.pid);
      }
    });
  } finally {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }

  let culpritFound = false;
  for (let i = 0; i < inputs.length; i++) {
    const pdf = path.join(outDir, `${path.basename(inputs[i]!, path.extname(inputs[i]!))}.pdf`);
    const bytes = await readFile(pdf).catch(() => undefined);
    if (bytes && looksComplete(bytes)) {
      pdfs.set(i, bytes);
      continue;
    }
    const died = timedOut || exit.signal !== null || (exit.code !== 0 && exit.code !== null);
    if (!died) {
      failed.set(i, t(`LibreOffice không chuyển được tệp này${reasonOf(stderr)}`, `LibreOffice could not convert this file${reasonOf(stderr)}`));
    } else if (!culpritFound) {
      // Documents are converted in order: the first one without a PDF is the one the process was on.
      culpritFound = true;
      failed.set(
        i,
        timedOut
          ? t(`LibreOffice quá ${Math.round(options.timeoutMs / 1000)} giây không xong tệp này; đã dừng nó`, `LibreOffice did not finish this file within ${Math.round(options.timeoutMs / 1000)} s; it was stopped`)
          : t(`LibreOffice dừng bất thường (${exit.signal ?? `mã ${exit.code}`})${reasonOf(stderr)}`, `LibreOffice stopped abnormally (${exit.signal ?? `code ${exit.code}`})${reasonOf(stderr)}`),
      );
    } else {
      retry.push(i);
    }
  }
  return { pdfs, failed, retry };
}

/** The first meaningful stderr line (LibreOffice prints Java and locale noise there too). */
function reasonOf(stderr: string): string {
  const line = stderr
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "" && !/javaldx|java may not function/i.test(l));
  return line ? `: ${line.slice(0, 200)}` : "";
}
