#!/usr/bin/env node
/**
 * What creating a file costs on this machine: 1,500 files of 15 KB (a document's size) in one
 * folder, by one thread, by two threads at once, and by two threads that take turns (as the
 * batch does since both create files in one folder: src/batch/unit-claims.ts). Prints CPU
 * (user + system, whole process) and wall time per file. Every batch, kehoach's or
 * docxtemplater's, pays this per document.
 *
 * What it costs depends on what was deleted lately. The project's VM has ext4 without a
 * journal, and without one ext4 skips every inode freed in the last 60 s (360 s while its
 * inode table block is dirty) when it allocates a new one, checking each such inode again for
 * every file it creates (fs/ext4/ialloc.c: find_inode_bit → recently_deleted; `perf record`
 * shows it as most of the time in open()). After thousands of deletions (a test run, a
 * benchmark removing its output) creating a file costs 0.5–1 ms of kernel CPU; some minutes
 * later, about 0.03 ms. So this script deletes nothing until every mode has run, and
 * `--after-deleting N` first creates and deletes N files to show the other state.
 *
 *   node bench/file-creation.js [--files 1500] [--repeat 2] [--after-deleting 5000]
 *   (in os.tmpdir(); TMPDIR moves it)
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};

function create(dir, tag, count, lock) {
  const bytes = Buffer.alloc(15_000, 7);
  for (let i = 0; i < count; i++) {
    if (lock) while (Atomics.compareExchange(lock, 0, 0, 1) !== 0) Atomics.wait(lock, 0, 1);
    writeFileSync(path.join(dir, `${tag}-${i}.docx`), bytes, { flag: "wx" });
    if (lock) {
      Atomics.store(lock, 0, 0);
      Atomics.notify(lock, 0, 1);
    }
  }
}

if (!isMainThread) {
  create(workerData.dir, "worker", workerData.count, workerData.lock);
  parentPort.postMessage("done");
} else {
  const count = arg("--files", 1500);
  const repeat = arg("--repeat", 2);
  console.log(`command: node bench/file-creation.js ${process.argv.slice(2).join(" ")}`.trim());
  console.log(`load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const run = mkdtempSync(path.join(os.tmpdir(), "kh-files-run-"));
  const deleting = arg("--after-deleting", 0);
  if (deleting > 0) {
    const scratch = mkdtempSync(path.join(run, "deleted-"));
    for (let i = 0; i < deleting; i++) writeFileSync(path.join(scratch, `${i}`), "");
    rmSync(scratch, { recursive: true });
    console.log(`created and deleted ${deleting} files first`);
  }
  for (let r = 1; r <= repeat; r++) {
    for (const mode of ["one thread", "two threads at once", "two threads taking turns"]) {
      const dir = mkdtempSync(path.join(run, "kh-files-"));
      const cpu = process.cpuUsage();
      const start = performance.now();
      if (mode === "one thread") create(dir, "main", count);
      else {
        const lock = mode === "two threads taking turns" ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { dir, count, lock } });
        const done = new Promise((resolve, reject) => worker.once("message", resolve).once("error", reject));
        create(dir, "main", count, lock);
        await done;
        await worker.terminate();
      }
      const files = mode === "one thread" ? count : 2 * count;
      const u = process.cpuUsage(cpu);
      console.log(
        `round ${r}, ${mode}: CPU ${((u.user + u.system) / 1000 / files).toFixed(3)} ms per file (system ${(u.system / 1000 / files).toFixed(3)}), wall ${((performance.now() - start) / files).toFixed(3)} ms per file`,
      );
    }
  }
  rmSync(run, { recursive: true, force: true });
}
