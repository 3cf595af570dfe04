import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { createUnitRenderer, type RendererSpec, type UnitOutcome, type UnitTask } from "./render-unit.js";
import { claimNext, creatingFile, stopClaims, waitForClaims, type ClaimBoard } from "./unit-claims.js";
import { writeOutputAtomicSync } from "../pack/write-output.js";
import { stopsBatch } from "./stops-batch.js";

/**
 * Worker-thread entry (worker-lanes.ts). Prepares the plan and reads the templates once, then
 * takes units from the shared board (unit-claims.ts) until none is left, writing each file
 * itself. Outcomes go back in small batches, not one message per unit. Node 20 cannot start a
 * .ts worker, so this runs compiled (dist/bundle/worker.js for the CLI, dist/batch/worker.js).
 */
export interface WorkerInput {
  readonly spec: RendererSpec;
  readonly tasks: readonly UnitTask[];
  readonly board: ClaimBoard;
  /** This thread's number on the board (2, 3…). */
  readonly id: number;
  readonly failFast: boolean;
}

/** Messages to the main thread: outcomes so far, then "done" once no unit is left to take. */
export type WorkerMessage = { readonly kind: "outcomes"; readonly outcomes: readonly UnitOutcome[] } | { readonly kind: "done" };

/** Outcomes are sent when this many wait, or when this long passed since the last message. */
const FLUSH_COUNT = 32;
const FLUSH_MS = 50;

async function run(input: WorkerInput): Promise<void> {
  const port = parentPort!;
  // One thread of the batch creates a file at a time (unit-claims.ts).
  const render = createUnitRenderer(input.spec, (file, bytes) => creatingFile(input.board, input.id, () => writeOutputAtomicSync(file, bytes)));
  waitForClaims(input.board);
  let pending: UnitOutcome[] = [];
  let transfer: ArrayBuffer[] = [];
  let last = performance.now();
  const flush = (): void => {
    if (pending.length === 0) return;
    port.postMessage({ kind: "outcomes", outcomes: pending } satisfies WorkerMessage, transfer);
    pending = [];
    transfer = [];
    last = performance.now();
  };
  for (let i = claimNext(input.board, input.id); i !== undefined; i = claimNext(input.board, input.id)) {
    const outcome = await render(input.tasks[i]!);
    // Stop the others at once rather than when the main thread reads this outcome.
    if (stopsBatch(outcome, input.failFast)) stopClaims(input.board);
    pending.push(outcome);
    // Only with returnBytes: hand the document's buffer over instead of copying it.
    if (outcome.bytes) transfer.push(outcome.bytes.buffer as ArrayBuffer);
    if (pending.length >= FLUSH_COUNT || performance.now() - last >= FLUSH_MS) flush();
  }
  flush();
  port.postMessage({ kind: "done" } satisfies WorkerMessage);
}

if (!isMainThread && parentPort) await run(workerData as WorkerInput);
