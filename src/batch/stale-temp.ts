import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { TEMP_PREFIX } from "../pack/write-output.js";

/** `.kehoach-<pid>-<hex>.tmp` (write-output.ts) and the older `.<name>.<pid>.<base36>.tmp`. */
const OURS = [new RegExp(`^${TEMP_PREFIX.replace(".", "\\.")}(\\d+)-[0-9a-f]+\\.tmp$`), /^\..+\.(\d+)\.[0-9a-z]+\.tmp$/];

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Temporary files left in the output folder by a kehoach that was killed (kill -9, power cut)
 * before it could rename or remove them. Only files named as kehoach names them, and only
 * those whose process is gone: a shard running beside this one in the same folder keeps its
 * own. Returns the names removed.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = OURS.map((re) => re.exec(name)?.[1]).find((m) => m !== undefined);
    if (pid === undefined || alive(Number(pid))) continue;
    await rm(path.join(dir, name), { force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}
