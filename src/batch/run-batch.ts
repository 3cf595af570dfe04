import type { RuleLevels } from "../rules/levels.js";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { errorDiagnostic, KehoachError, toKehoachError, type Diagnostic } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { readSource } from "../load/read-source.js";
import { preparePlan } from "../pipeline.js";
import { diskTemplates } from "../templates-provider.js";
import { defaultJobs } from "./jobs.js";
import { checkFilterColumns, filterUnits, filterValueHint, type UnitFilter } from "./filter-units.js";
import { manifestName, toMessage, type ManifestEntry } from "./manifest.js";
import { BatchManifest, type OutputWriter } from "./manifest-state.js";
import { removeStaleTemps } from "./stale-temp.js";
import { writeErrorOf, writeOutputAtomicSync } from "../pack/write-output.js";
import { assignOutputNames } from "./output-name.js";
import { readUnits } from "./read-units.js";
import { createUnitRenderer, outputPath, settleOutput, type RendererSpec, type UnitOutcome, type UnitTask } from "./render-unit.js";
import { selectShard, type Shard } from "./shard.js";

/**
 * Batch stage 2: the loop. Reads the plan and the unit list once, filters and shards the units,
 * then renders them in the CLI's thread and (jobs > 1) in worker threads beside it, at most a
 * few units ahead of the writer, so memory stays flat however long the list: each document
 * is written (or compared) as soon as it is rendered and only its sha256 is kept. One unit's
 * failure is recorded and the batch goes on (unless failFast). Ends with manifest.json.
 */

export interface BatchOptions {
  /** Absolute paths. */
  readonly planFile: string;
  readonly unitsFile: string;
  readonly outDir: string;
  /** The folder manifest paths are written relative to (the CLI's cwd). */
  readonly cwd: string;
  readonly where?: readonly UnitFilter[];
  readonly shard?: Shard | undefined;
  /** Units rendered at once: in this thread and jobs − 1 worker threads (1: this thread only). Default: the number of cores. */
  readonly jobs?: number;
  /**
   * false: with jobs > 1, render in `jobs` worker threads and only hand out units and write
   * the manifest here (default true; bench/batch-country.js --main-thread no measures it).
   */
  readonly renderInMainThread?: boolean;
  readonly check?: boolean;
  readonly failFast?: boolean;
  readonly strict?: boolean;
  readonly templateDirs?: readonly string[];
  /** `--rule` levels, over the plan's `rules:`. */
  readonly ruleLevels?: RuleLevels;
  readonly sourceDateEpoch?: string | undefined;
  /** Workers return the bytes and this thread writes them (see RendererSpec.returnBytes). */
  readonly returnBytes?: boolean;
  /** Stops the batch like failFast (Ctrl-C): units in flight finish, the manifest is written, the rest are "skipped". */
  readonly signal?: AbortSignal;
  /** Called once the units are known, then after every unit, in completion order. */
  readonly onStart?: (units: readonly BatchUnit[]) => void;
  readonly onUnit?: (unit: BatchUnit, outcome: UnitOutcome, done: number) => void;
  /**
   * Writes every file of this thread (documents with --jobs 1 or returnBytes, and the
   * manifest): the atomic writer by default. Tests pass one that fails as a full disk would;
   * a system error it throws (code ENOSPC, EROFS…) is reported as the atomic writer would.
   */
  readonly writeOutput?: OutputWriter;
}

export interface BatchUnit {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  /** Output name inside outDir. */
  readonly file: string;
  /** 1-based line in the units file (0 for YAML). */
  readonly line: number;
  /** Its row cannot be rendered (read-units.ts): the unit fails with this, unrendered. */
  readonly problem?: Diagnostic;
  readonly task: UnitTask;
}

export interface BatchResult {
  readonly units: readonly BatchUnit[];
  /** By unit position; undefined = not attempted (after a --fail-fast stop). */
  readonly outcomes: readonly (UnitOutcome | undefined)[];
  /** Plan-level notices (input cleaned), reported once. */
  readonly notices: readonly Diagnostic[];
  readonly manifestFile: string | null;
  readonly threads: number;
  readonly stopped: boolean;
  /**
   * Why the run stopped early on its own: the disk is full or read-only (a document or the
   * manifest could not be written). The units done before it are in `outcomes`.
   */
  readonly fatal?: KehoachError;
  /** Temporary files of an earlier, killed run removed from the output folder. */
  readonly staleTemps?: readonly string[];
}

/** Write failures that will fail every following unit too: the batch stops with this cause. */
const DISK_FAILURES = new Set(["io-disk-full", "io-read-only"]);

const posix = (p: string): string => p.split(path.sep).join("/");
export { defaultJobs };

const relative = (cwd: string, file: string): string => posix(path.relative(cwd, file) || ".");

/**
 * dist/batch/worker.js next to this module when running compiled (the CLI); from the sources
 * (vitest runs src/*.ts) the compiled copy in dist/, which the test setup builds.
 */
export function workerFile(): string {
  const here = import.meta.url;
  const url = here.endsWith(".ts") ? new URL("../../dist/batch/worker.js", here) : new URL("./worker.js", here);
  const file = fileURLToPath(url);
  if (!existsSync(file)) {
    throw new KehoachError(
      "internal",
      errorDiagnostic("batch-worker-missing", t(`không tìm thấy ${file}`, `${file} not found`), {
        hint: t("chạy `npm run build`, hoặc dùng --jobs 1", "run `npm run build`, or use --jobs 1"),
      }),
    );
  }
  return file;
}

function noUnitsError(filters: readonly UnitFilter[], file: string, hint?: LocalText): KehoachError {
  const what = filters.map((f) => `${f.field}=${f.value}`).join(" ");
  return new KehoachError(
    "batch",
    errorDiagnostic("batch-no-units", filters.length ? t(`không có đơn vị nào khớp ${what}`, `no unit matches ${what}`) : t("danh sách đơn vị trống", "the unit list is empty"), {
      file,
      ...(filters.length ? { hint: hint ?? t("kiểm tra chính tả giá trị lọc", "check the spelling of the filter value") } : {}),
    }),
  );
}

const failedRow = (unit: BatchUnit, d: Diagnostic): UnitOutcome => ({
  index: unit.index,
  status: "failed",
  sha256: null,
  warnings: [],
  warningDiagnostics: [],
  error: toMessage(d),
  errorDiagnostics: [d],
  errorCode: "batch",
});

const missingCode = (unit: BatchUnit, unitsFile: string): UnitOutcome =>
  failedRow(
    unit,
    errorDiagnostic("batch-no-code", t("đơn vị không có mã (cột code trống)", "the unit has no code (empty code column)"), {
      file: unitsFile,
      ...(unit.line ? { position: { line: unit.line, column: 1 } } : {}),
    }),
  );

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const check = options.check ?? false;
  const templateDirs = [...(options.templateDirs ?? [])];
  // Plan-level problems stop everything, before any worker starts: they would fail every unit.
  const source = await readSource(options.planFile);
  const prepared = preparePlan(source);
  diskTemplates(templateDirs)(prepared.plan.tier);

  const table = await readUnits(options.unitsFile);
  const where = options.where ?? [];
  checkFilterColumns(where, table.columns);
  // Names come from the whole list, so filters and shards never rename a file.
  const names = assignOutputNames(table.rows.map((r) => r.record));
  const filtered = filterUnits(table.rows, where);
  if (filtered.length === 0) throw noUnitsError(where, options.unitsFile, filterValueHint(table.rows, where));
  const units: BatchUnit[] = selectShard(filtered, options.shard).map((row, index) => {
    const file = names[row.index]!;
    return {
      index,
      code: row.record.code ?? "",
      name: [row.record.type, row.record.name].filter((s) => s && s.trim() !== "").join(" "),
      file,
      line: row.line,
      ...(row.problem ? { problem: row.problem } : {}),
      task: { index, record: row.record, file, line: row.line },
    };
  });
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
  // would otherwise only hand out units and write the manifest; rendering here too saves a
  // whole V8 heap (about 55 MB: README "Hiệu năng") at the same speed. Starting a worker costs
  // about as much as rendering a few dozen units, so short lists use fewer threads.
  const threads = Math.min(jobs, Math.max(1, Math.ceil(todo.length / 16)));
  const mainRenders = threads === 1 || (options.renderInMainThread ?? true);
  const workers = mainRenders ? threads - 1 : threads;
  const pool =
    workers > 0
      ? new Piscina<UnitTask, UnitOutcome>({
          filename: workerFile(),
          minThreads: workers,
          maxThreads: workers,
          // Each worker holds a second unit while it renders one, so it never waits for this
          // thread to finish rendering its own unit before it gets more work.
          concurrentTasksPerWorker: 2,
          idleTimeout: 60_000,
          // Far above what one plan needs, yet it makes V8 size the worker's heap for that
          // ceiling rather than for this machine's RAM: the country's peak RSS falls from about
          // 320 to 270 MB at the same speed (measured: README "Hiệu năng").
          resourceLimits: { maxOldGenerationSizeMb: 512 },
          workerData: spec,
        })
      : undefined;
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
  const local = mainRenders ? createUnitRenderer(spec, write) : undefined;

  const outcomes: (UnitOutcome | undefined)[] = new Array(units.length).fill(undefined);
  let done = 0;
  let stopped = false;
  let fatal: KehoachError | undefined;
  const entryOf = (unit: BatchUnit, o: UnitOutcome | undefined, pending = false): ManifestEntry => ({
    code: unit.code,
    name: unit.name,
    file: o?.status === "failed" && unit.code.trim() === "" ? null : unit.file,
    sha256: o?.sha256 ?? null,
    status: o === undefined ? (pending ? "pending" : "skipped") : o.status === "failed" ? "failed" : o.status === "unchanged" ? "unchanged" : "written",
    warnings: o?.warnings ?? [],
    error: o?.error ?? null,
  });
  // Before any document is written: remove what a killed run left, and replace its manifest
  // (which may describe files this run changes) by one that says "in-progress".
  const staleTemps = check ? [] : await removeStaleTemps(options.outDir);
  const manifest = check
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
        units.map((u) => entryOf(u, undefined, true)),
        write,
      );
  if (manifest?.failure) {
    await pool?.destroy();
    throw manifest.failure;
  }
  const settle = async (unit: BatchUnit, raw: UnitOutcome): Promise<void> => {
    let outcome = raw;
    if (raw.bytes) {
      const { bytes, ...rest } = raw;
      try {
        outcome = { ...rest, status: settleOutput(outputPath(options.outDir, unit.file), bytes, spec.mode, write) };
      } catch (err) {
        const e = toKehoachError(err);
        outcome = { ...rest, status: "failed", sha256: null, error: toMessage(e.diagnostics[0]!), errorDiagnostics: e.diagnostics, errorCode: e.code };
      }
    }
    outcomes[unit.index] = outcome;
    done++;
    if (outcome.status === "failed" && options.failFast) stopped = true;
    const cause = outcome.errorDiagnostics.find((d) => DISK_FAILURES.has(d.code));
    if (cause && !fatal) {
      fatal = new KehoachError("io", cause);
      stopped = true;
    }
    manifest?.record(unit.index, entryOf(unit, outcome));
    if (manifest?.failure && !fatal) {
      fatal = manifest.failure;
      stopped = true;
    }
    options.onUnit?.(unit, outcome, done);
  };
  type Render = (task: UnitTask) => Promise<UnitOutcome>;
  const runOne = async (unit: BatchUnit, render: Render): Promise<UnitOutcome> => {
    if (unit.code.trim() === "") return missingCode(unit, options.unitsFile);
    if (unit.problem) return failedRow(unit, unit.problem);
    try {
      return await render(unit.task);
    } catch (err) {
      // A worker that died (out of memory, a bug) fails its unit, not the batch.
      const e = toKehoachError(err);
      return { index: unit.index, status: "failed", sha256: null, warnings: [], warningDiagnostics: [], error: toMessage(e.diagnostics[0]!), errorDiagnostics: e.diagnostics, errorCode: e.code };
    }
  };

  try {
    // Lanes take the next unit as soon as they are free: this thread's, and two per worker.
    // Only the units in the lanes are in flight, never the whole list.
    let next = 0;
    const halted = (): boolean => stopped || (options.signal?.aborted ?? false);
    const take = (): BatchUnit | undefined => (halted() || next >= units.length ? undefined : units[next++]);
    const lane = async (render: Render): Promise<void> => {
      for (let unit = take(); unit; unit = take()) {
        await settle(unit, await runOne(unit, render));
        // A turn of the event loop per unit, so a signal (Ctrl-C) is delivered even while this
        // thread's lane renders and writes unit after unit without waiting on anything.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    // Workers first: this thread's lane renders, compares and writes synchronously, so the
    // workers get their next units before it starts.
    const lanes = [...Array.from({ length: pool ? workers * 2 : 0 }, () => lane((task) => pool!.run(task))), ...(local ? [lane(local)] : [])];
    await Promise.all(lanes);
  } finally {
    await pool?.destroy();
  }

  const halted = stopped || (options.signal?.aborted ?? false);
  if (manifest) {
    await manifest.finish(
      halted ? "stopped" : "complete",
      units.map((unit) => entryOf(unit, outcomes[unit.index])),
    );
    if (manifest.failure && !fatal) fatal = manifest.failure;
  }
  const manifestFile = manifest && !manifest.failure ? manifest.file : null;
  return { units, outcomes, notices: prepared.notices, manifestFile, threads, stopped: halted, ...(fatal ? { fatal } : {}), ...(staleTemps.length ? { staleTemps } : {}) };
}
