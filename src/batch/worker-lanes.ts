import { Worker } from "node:worker_threads";
import { toKehoachError, type KehoachError } from "../errors.js";
import type { UnitOutcome } from "./render-unit.js";
import { MAIN_THREAD, openClaims, stopClaims, type ClaimBoard } from "./unit-claims.js";
import type { WorkerInput, WorkerMessage } from "./worker.js";

/**
 * The worker threads of a batch. Each takes units from the shared board by itself and sends
 * its outcomes back in batches (worker.ts); this side only passes them on. A worker that dies
 * (out of memory, a bug) fails the units it had taken and not reported, not the batch: the
 * other threads take the rest.
 */
export interface WorkerLanesOptions {
  readonly file: string;
  readonly count: number;
  readonly input: Omit<WorkerInput, "id">;
  /** Outcomes as they arrive, in completion order. */
  readonly onOutcome: (outcome: UnitOutcome) => void;
  /** A worker died: the units it had taken and not reported (by position), and why. */
  readonly onLost: (units: readonly number[], error: KehoachError) => void;
}

export class WorkerLanes {
  private readonly workers: Worker[] = [];
  /** Settles once every worker has finished or died. */
  readonly finished: Promise<void>;

  constructor(private readonly options: WorkerLanesOptions) {
    const board = options.input.board;
    const reported = new Uint8Array(board.owners.length);
    const lanes: Promise<void>[] = [];
    for (let k = 0; k < options.count; k++) {
      const id = MAIN_THREAD + 1 + k;
      const worker = new Worker(options.file, {
        workerData: { ...options.input, id } satisfies WorkerInput,
        // The old generation: far above what one plan needs, yet it makes V8 size the worker's
        // heap for that ceiling rather than for this machine's RAM. The young generation: a
        // unit's short-lived objects fit many times over in 24 MB (semi-spaces of 8 MB rather
        // than 16), which takes about 24 MB off each worker's peak memory at the same CPU
        // (docs/performance.md).
        resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 24 },
      });
      this.workers.push(worker);
      lanes.push(
        new Promise<void>((resolve) => {
          let failure: unknown;
          let done = false;
          worker.on("message", (message: WorkerMessage) => {
            if (message.kind === "done") {
              done = true;
              return;
            }
            for (const outcome of message.outcomes) {
              reported[outcome.index] = 1;
              options.onOutcome(outcome);
            }
          });
          worker.on("error", (err) => (failure ??= err));
          worker.on("exit", (code) => {
            if (!done) {
              const lost: number[] = [];
              for (let i = 0; i < board.owners.length; i++) if (Atomics.load(board.owners, i) === id && !reported[i]) lost.push(i);
              if (lost.length > 0) options.onLost(lost, toKehoachError(failure ?? new Error(`batch worker exited with code ${code}`)));
            }
            resolve();
          });
        }),
      );
    }
    this.finished = Promise.all(lanes).then(() => undefined);
  }

  /** Workers prepare the plan as soon as they start, and take units only from here on. */
  start(): void {
    openClaims(this.options.input.board);
  }

  /** Stops and ends the workers (a batch that failed before it started). */
  async destroy(): Promise<void> {
    stopClaims(this.options.input.board);
    openClaims(this.options.input.board);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
