import type { RuleLevels } from "../rules/levels.js";
import type { Diagnostic, KehoachError } from "../errors.js";
import type { UnitFilter } from "./filter-units.js";
import type { UnitOutcome, UnitTask } from "./render-unit.js";
import type { Shard } from "./shard.js";
import type { OutputWriter } from "./manifest-state.js";

/** What `runBatch` (run-batch.ts) takes and gives: the batch's library API. */

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
