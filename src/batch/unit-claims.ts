/**
 * The batch's work list, shared by every rendering thread: each thread takes the next unit
 * itself (one atomic add) instead of being handed units by the main thread, so a worker never
 * waits for the main thread to finish rendering its own unit before it gets more work, and no
 * message crosses threads per unit (worker-lanes.ts). The board lives in SharedArrayBuffers,
 * passed to each worker once.
 */

const NEXT = 0;
const STOP = 1;
const GO = 2;
const FILE_LOCK = 3;

export interface ClaimBoard {
  /** [next unit, stop flag, go flag, file lock]. */
  readonly control: Int32Array;
  /** Per unit: the thread that took it (0: nobody yet; 1: the main thread; 2…: workers). */
  readonly owners: Int32Array;
}

export const MAIN_THREAD = 1;

export function claimBoard(units: number): ClaimBoard {
  return {
    control: new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT)),
    owners: new Int32Array(new SharedArrayBuffer(Math.max(1, units) * Int32Array.BYTES_PER_ELEMENT)),
  };
}

/** The next unit for thread `who`, or undefined when the list is done or the batch stopped. */
export function claimNext(board: ClaimBoard, who: number): number | undefined {
  if (Atomics.load(board.control, STOP) !== 0) return undefined;
  const i = Atomics.add(board.control, NEXT, 1);
  if (i >= board.owners.length) return undefined;
  Atomics.store(board.owners, i, who);
  return i;
}

/** No thread takes a unit after this (units already taken are finished). */
export function stopClaims(board: ClaimBoard): void {
  Atomics.store(board.control, STOP, 1);
}

export const claimsStopped = (board: ClaimBoard): boolean => Atomics.load(board.control, STOP) !== 0;

/** Units nobody took yet (they are "skipped" when the batch stops). */
export const unclaimed = (board: ClaimBoard): boolean => Atomics.load(board.control, NEXT) < board.owners.length;

/** Lets workers start taking units (they prepare the plan first, before the manifest is written). */
export function openClaims(board: ClaimBoard): void {
  Atomics.store(board.control, GO, 1);
  Atomics.notify(board.control, GO);
}

/** In a worker: blocks until openClaims (or stopClaims followed by openClaims). */
export function waitForClaims(board: ClaimBoard): void {
  Atomics.wait(board.control, GO, 0);
}

/** How long a thread waits for another's file creation before it goes ahead anyway. */
export const FILE_LOCK_PATIENCE_MS = 1_000;

/**
 * Runs `create` (a new file written and renamed into place) while no other thread of the
 * batch creates one. Creating files in one folder from two threads at once makes each
 * creation cost about twice the CPU in the kernel (`node bench/file-creation.js`: 1.06–1.25 ms
 * per file against 0.55–0.58 ms taking turns; docs/performance.md). A waiting thread sleeps
 * (Atomics.wait), it does not spin.
 *
 * The lock only saves CPU; nothing depends on it for correctness. So a thread never waits
 * long: a holder that died while creating (a worker out of memory) or hangs on a slow disk
 * is overtaken after `patienceMs`, and the batch goes on in bounded time.
 */
export function creatingFile<T>(board: ClaimBoard, who: number, create: () => T, patienceMs = FILE_LOCK_PATIENCE_MS): T {
  const c = board.control;
  for (;;) {
    const holder = Atomics.compareExchange(c, FILE_LOCK, 0, who);
    if (holder === 0) break;
    if (Atomics.wait(c, FILE_LOCK, holder, patienceMs) === "timed-out" && Atomics.compareExchange(c, FILE_LOCK, holder, who) === holder) break;
  }
  try {
    return create();
  } finally {
    // Not ours any more if another thread overtook us meanwhile.
    if (Atomics.compareExchange(c, FILE_LOCK, who, 0) === who) Atomics.notify(c, FILE_LOCK, 1);
  }
}
