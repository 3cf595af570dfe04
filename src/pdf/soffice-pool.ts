import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { toKehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { runSoffice } from "./run-soffice.js";

/**
 * A pool of N LibreOffice processes. Starting LibreOffice costs about as much as converting
 * several plans, so each process is given a whole share of the list in one start (carbone keeps
 * workers warm for the same reason); N processes use N cores. Documents are staged under
 * private names in a temporary folder, so units with the same file name in different folders
 * never collide and nothing half-written ever appears under a target name: the caller gets
 * finished bytes and writes them atomically.
 */

export interface PoolJob {
  /** A DOCX on disk, or its bytes. */
  readonly docx: string | Uint8Array;
}

export interface PoolOptions {
  readonly soffice: string;
  /** Processes at once (batch: --jobs). */
  readonly processes: number;
  readonly timeoutMs: number;
  readonly target: string;
  readonly env?: NodeJS.ProcessEnv;
  /** A finished PDF, as soon as its process ends; a rejection fails that job only. */
  readonly onPdf: (index: number, pdf: Uint8Array) => Promise<void>;
  readonly onFail: (index: number, reason: LocalText) => void;
}

/** Splits 0..n-1 into `parts` contiguous shares of nearly equal size (list order within each). */
export function shares(n: number, parts: number): number[][] {
  const k = Math.max(1, Math.min(parts, n));
  const out: number[][] = [];
  for (let p = 0, start = 0; p < k; p++) {
    const size = Math.floor(n / k) + (p < n % k ? 1 : 0);
    out.push(Array.from({ length: size }, (_, i) => start + i));
    start += size;
  }
  return out.filter((s) => s.length > 0);
}

export async function convertPool(jobs: readonly PoolJob[], options: PoolOptions): Promise<void> {
  if (jobs.length === 0) return;
  const stage = await mkdtemp(path.join(tmpdir(), "kehoach-pdf-"));
  try {
    await Promise.all(shares(jobs.length, options.processes).map((share, lane) => runLane(jobs, share, path.join(stage, String(lane)), options)));
  } finally {
    await rm(stage, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}

async function runLane(jobs: readonly PoolJob[], share: readonly number[], dir: string, options: PoolOptions): Promise<void> {
  const inDir = path.join(dir, "in");
  const outDir = path.join(dir, "out");
  await mkdir(inDir, { recursive: true });
  await mkdir(outDir, { recursive: true });
  const inputs = new Map<number, string>();
  for (const index of share) {
    const file = path.join(inDir, `${index}.docx`);
    const docx = jobs[index]!.docx;
    try {
      await (typeof docx === "string" ? copyFile(docx, file) : writeFile(file, docx));
      inputs.set(index, file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      options.onFail(index, t(`không đọc được tệp DOCX (${code})`, `cannot read the DOCX file (${code})`));
    }
  }
  // A process that dies takes its culprit down with it; the documents after it get a new process.
  let todo = share.filter((i) => inputs.has(i));
  while (todo.length > 0) {
    const run = await runSoffice(
      todo.map((i) => inputs.get(i)!),
      outDir,
      { soffice: options.soffice, timeoutMs: options.timeoutMs, target: options.target, ...(options.env ? { env: options.env } : {}) },
    );
    for (const [k, reason] of run.failed) options.onFail(todo[k]!, reason);
    for (const [k, pdf] of run.pdfs) {
      const index = todo[k]!;
      try {
        await options.onPdf(index, pdf);
      } catch (err) {
        options.onFail(index, toKehoachError(err).diagnostics[0]!.message);
      }
    }
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    todo = run.retry.map((k) => todo[k]!);
  }
}
