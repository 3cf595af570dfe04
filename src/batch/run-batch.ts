import { createHash } from "node:crypto";
import path from "node:path";
import { KehoachError, toKehoachError } from "../errors.js";
import { readSource } from "../load/read-source.js";
import { preparePlan } from "../pipeline.js";
import { diskTemplates } from "../templates-provider.js";
import { defaultJobs } from "./jobs.js";
import { manifestName, toMessage } from "./manifest.js";
import { BatchManifest, type OutputWriter } from "./manifest-state.js";
import { removeStaleTemps } from "./stale-temp.js";
import { writeErrorOf, writeOutputAtomicSync } from "../pack/write-output.js";
import { createUnitRenderer, outputPath, settleOutput, type RendererSpec, type UnitOutcome, type UnitRenderer } from "./render-unit.js";
import { DISK_FAILURES } from "./stops-batch.js";
import { claimBoard, claimNext, claimsStopped, creatingFile, MAIN_THREAD, stopClaims, unclaimed } from "./unit-claims.js";
import { WorkerLanes } from "./worker-lanes.js";
import { workerFile } from "./worker-file.js";
import type { BatchOptions, BatchResult } from "./batch-options.js";
import { batchUnits, unitEntry } from "./batch-units.js";

/**
 * Batch stage 2: the loop. Reads the plan and the unit list once (batch-units.ts), then renders
 * the units in the CLI's thread and (jobs > 1) in worker threads beside it; every thread takes
 * the next unit itself and writes its file at once, so memory stays flat however long the list:
 * only each document's sha256 is kept. One unit's failure is recorded and the
 * batch goes on (unless failFast). Ends with manifest.json.
 */

export type { BatchOptions, BatchResult, BatchUnit } from "./batch-options.js";
export { workerFile } from "./worker-file.js";

const posix = (p: string): string => p.split(path.sep).join("/");
export { defaultJobs };

const relative = (cwd: string, file: string): string => posix(path.relative(cwd, file) || ".");

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const check = options.check ?? false;
  const templateDirs = [...(options.templateDirs ?? [])];
  // Plan-level problems stop everything, before any worker starts: they would fail every unit.
  const source = await readSource(options.planFile);
  const prepared = preparePlan(source);
  diskTemplates(templateDirs)(prepared.plan.tier);

  const where = options.where ?? [];
  const units = await batchUnits(options);
  options.onStart?.(units);

  const spec: RendererSpec = {
    source,
    templateDirs,
    sourceDateEpoch: options.sourceDateEpoch,
    outDir: options.outDir,
    mode: check ? "check" : "write",
    strict: options.strict ?? false,
    ...(options.ruleLevels ? { ruleLevels: options.ruleLevels } : {}),
    unitsFile: options.unitsFile,
    returnBytes: options.returnBytes ?? false,
  };
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const todo = units.filter((u) => u.code.trim() !== "");
  // --jobs N renders N units at once: in this thread and in N − 1 worker threads. This thread
  // would otherwise only wait for outcomes and write the manifest; rendering here too saves a
  // whole V8 heap (docs/performance.md) at the same speed. Starting a worker costs about as
  // much as rendering a few dozen units, so short lists use fewer threads.
  const threads = Math.min(jobs, Math.max(1, Math.ceil(todo.length / 16)));
  const mainRenders = threads === 1 || (options.renderInMainThread ?? true);
  const workers = mainRenders ? threads - 1 : threads;
  const failFast = options.failFast ?? false;
  // Every thread takes the next unit from this board itself (unit-claims.ts).
  const board = claimBoard(units.length);
  const tasks = units.map((u) => u.task);

  const outcomes: (UnitOutcome | undefined)[] = new Array(units.length).fill(undefined);
  let done = 0;
  let stopped = false;
  let fatal: KehoachError | undefined;
  const stop = (): void => {
    stopped = true;
    stopClaims(board);
  };
  const onAbort = (): void => stopClaims(board);
  options.signal?.addEventListener("abort", onAbort);
  if (options.signal?.aborted) onAbort();
  const injected = options.writeOutput;
  const write: OutputWriter = injected
    ? (file, bytes) => {
        try {
          return injected(file, bytes);
        } catch (err) {
          throw err instanceof KehoachError ? err : writeErrorOf(err, file);
        }
      }
    : writeOutputAtomicSync;
  // With workers, one thread of the batch creates a document file at a time (unit-claims.ts).
  const writeUnit: OutputWriter = workers > 0 ? (file, bytes) => creatingFile(board, MAIN_THREAD, () => write(file, bytes)) : write;
  let manifest: BatchManifest | undefined;
  const settle = (raw: UnitOutcome): void => {
    const unit = units[raw.index]!;
    let outcome = raw;
    if (raw.bytes) {
      const { bytes, ...rest } = raw;
      try {
        outcome = { ...rest, status: settleOutput(outputPath(options.outDir, unit.file), bytes, spec.mode, writeUnit) };
      } catch (err) {
        const e = toKehoachError(err);
        outcome = { ...rest, status: "failed", sha256: null, error: toMessage(e.diagnostics[0]!), errorDiagnostics: e.diagnostics, errorCode: e.code };
      }
    }
    outcomes[unit.index] = outcome;
    done++;
    if (outcome.status === "failed" && failFast) stop();
    const cause = outcome.errorDiagnostics.find((d) => DISK_FAILURES.has(d.code));
    if (cause && !fatal) {
      fatal = new KehoachError("io", cause);
      stop();
    }
    manifest?.record(unit.index, unitEntry(unit, outcome));
    if (manifest?.failure && !fatal) {
      fatal = manifest.failure;
      stop();
    }
    options.onUnit?.(unit, outcome, done);
  };
  const failedOutcome = (index: number, e: KehoachError): UnitOutcome => ({
    index,
    status: "failed",
    sha256: null,
    warnings: [],
    warningDiagnostics: [],
    error: toMessage(e.diagnostics[0]!),
    errorDiagnostics: e.diagnostics,
    errorCode: e.code,
  });

  // Workers start now: they prepare the plan while this thread readies the output folder, and
  // take units only once the manifest says "in-progress" (lanes.start()).
  const lanes =
    workers > 0
      ? new WorkerLanes({
          file: workerFile(),
          count: workers,
          input: { spec, tasks, board, failFast },
          onOutcome: settle,
          // A worker that died (out of memory, a bug) fails its units, not the batch.
          onLost: (lost, e) => lost.forEach((i) => settle(failedOutcome(i, e))),
        })
      : undefined;

  try {
    // Before any document is written: remove what a killed run left, and replace its manifest
    // (which may describe files this run changes) by one that says "in-progress".
    const staleTemps = check ? [] : await removeStaleTemps(options.outDir);
    manifest = check
      ? undefined
      : await BatchManifest.begin(
          path.join(options.outDir, manifestName(options.shard)),
          {
            plan: relative(options.cwd, options.planFile),
            plan_sha256: createHash("sha256").update(source.text).digest("hex"),
            units: relative(options.cwd, options.unitsFile),
            where: where.map((f) => `${f.field}=${f.value}`),
            shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
          },
          units.map((u) => unitEntry(u, undefined, true)),
          write,
        );
    if (manifest?.failure) throw manifest.failure;
    lanes?.start();

    // This thread's lane: render, compare and write synchronously, with a turn of the event
    // loop per unit so that the workers' outcomes and a signal (Ctrl-C) are taken in.
    let local: UnitRenderer | undefined;
    const mainLane = async (): Promise<void> => {
      for (let i = claimNext(board, MAIN_THREAD); i !== undefined; i = claimNext(board, MAIN_THREAD)) {
        local ??= createUnitRenderer(spec, writeUnit);
        let outcome: UnitOutcome;
        try {
          outcome = await local(tasks[i]!);
        } catch (err) {
          outcome = failedOutcome(i, toKehoachError(err));
        }
        settle(outcome);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all([lanes?.finished, mainRenders ? mainLane() : undefined]);
    // Every worker died before the list was done: this thread renders the rest.
    if (!claimsStopped(board) && unclaimed(board)) await mainLane();

    const halted = stopped || (options.signal?.aborted ?? false);
    if (manifest) {
      await manifest.finish(
        halted ? "stopped" : "complete",
        units.map((unit) => unitEntry(unit, outcomes[unit.index])),
      );
      if (manifest.failure && !fatal) fatal = manifest.failure;
    }
    const manifestFile = manifest && !manifest.failure ? manifest.file : null;
    return { units, outcomes, notices: prepared.notices, manifestFile, threads, stopped: halted, ...(fatal ? { fatal } : {}), ...(staleTemps.length ? { staleTemps } : {}) };
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await lanes?.destroy();
  }
}
