import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";

/**
 * One private temporary folder per test run. Global setup creates it and points TMPDIR at it
 * before vitest starts its workers (they copy the environment when they start), so every
 * `os.tmpdir()` in a test, and in every child the tests start, lands in it; global teardown
 * removes it. Tests then need no cleanup of their own, and a failing or interrupted test leaves
 * nothing in /tmp but this one folder.
 */

/** The environment variable that names the run's folder (set by test/global-setup.ts). */
export const RUN_TMPDIR_ENV = "KEHOACH_TEST_TMPDIR";

/** Creates the run's folder (owner-only, as mkdtemp makes it) in the current temporary folder. */
export function createRunFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "kehoach-tests-"));
}

/** Whether `text` names `dir` itself or something inside it (not a sibling that shares its prefix). */
function names(text: string, dir: string): boolean {
  return text.includes(`${dir}/`) || text.includes(`${dir}\0`) || text.endsWith(dir);
}

function readProc(pid: string, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "latin1");
  } catch {
    return ""; // gone meanwhile, or another user's process
  }
}

/** The process's parent and whether it is still running (a zombie has ended, only its record remains). */
function statusOf(pid: string): { ppid: number; running: boolean } | undefined {
  const stat = readProc(pid, "stat");
  if (!stat) return undefined;
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { ppid: Number(fields[1]), running: fields[0] !== "Z" && fields[0] !== "X" };
}

/**
 * Live processes (Linux /proc; elsewhere none are found) whose command line or start-up
 * environment names `dir`: LibreOffice with a profile there, anything started with TMPDIR there.
 * The caller and, with `spareChildrenOf`, that process's direct children are left out
 * (vitest's own workers inherit TMPDIR and are closed by vitest after the teardown).
 */
export function processesUsing(dir: string, spareChildrenOf?: number): number[] {
  if (!existsSync("/proc/self/stat")) return [];
  const found: number[] = [];
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    const status = statusOf(pid);
    if (!status?.running || (spareChildrenOf !== undefined && status.ppid === spareChildrenOf)) continue;
    if (names(readProc(pid, "cmdline"), dir) || names(readProc(pid, "environ"), dir)) found.push(Number(pid));
  }
  return found;
}

/**
 * Ends the processes still using `dir` (they belong to a test run that is over: a LibreOffice
 * that outlived a timed-out conversion, a child a failed test did not stop), waits until they
 * are gone (at most 10 s), then removes the folder. Returns what was ended, with its command line.
 */
export async function removeRunFolder(dir: string, spareChildrenOf?: number): Promise<{ pid: number; command: string }[]> {
  const left = processesUsing(dir, spareChildrenOf).map((pid) => ({ pid, command: readProc(String(pid), "cmdline").replaceAll("\0", " ").trim() }));
  for (const { pid } of left) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // ended meanwhile
    }
  }
  // Polled, not waited on: these are not necessarily our children. The event loop stays free,
  // so a child of this process that was ended is reaped and stops counting as running.
  for (let waited = 0; waited < 10_000 && left.some(({ pid }) => statusOf(String(pid))?.running); waited += 50) await delay(50);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  return left;
}
