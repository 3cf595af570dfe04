import { describe, expect, it } from "vitest";
import { claimBoard, claimNext, claimsStopped, creatingFile, MAIN_THREAD, stopClaims, unclaimed } from "../../src/batch/unit-claims.js";

describe("unit claims", () => {
  it("gives each unit once, in order, and records who took it", () => {
    const board = claimBoard(3);
    expect([claimNext(board, MAIN_THREAD), claimNext(board, 2), claimNext(board, 3), claimNext(board, 2)]).toEqual([0, 1, 2, undefined]);
    expect([...board.owners]).toEqual([MAIN_THREAD, 2, 3]);
    expect(unclaimed(board)).toBe(false);
  });

  it("gives nothing more once stopped; the units not taken stay unclaimed", () => {
    const board = claimBoard(4);
    claimNext(board, 2);
    stopClaims(board);
    expect(claimNext(board, 2)).toBeUndefined();
    expect(claimsStopped(board)).toBe(true);
    expect(unclaimed(board)).toBe(true);
    expect([...board.owners]).toEqual([2, 0, 0, 0]);
  });
});

describe("one thread creates a file at a time", () => {
  it("never lets two threads inside at once (a slow read-then-write counter loses no update)", async () => {
    const board = claimBoard(1);
    const counter = new Int32Array(new SharedArrayBuffer(4));
    // Not Atomics.add: a plain read, some work, then the write. Two threads inside at once lose updates.
    const body = `
      const { creatingFile } = await import(${JSON.stringify(new URL("../../dist/batch/unit-claims.js", import.meta.url).href)});
      const { workerData, parentPort } = await import("node:worker_threads");
      const { board, counter, rounds } = workerData;
      for (let r = 0; r < rounds; r++) {
        creatingFile(board, workerData.id, () => {
          const seen = counter[0];
          let spin = 0;
          for (let i = 0; i < 20000; i++) spin += i % 7;
          counter[0] = seen + 1 + (spin < 0 ? 1 : 0);
        });
      }
      parentPort.postMessage("done");`;
    const { Worker } = await import("node:worker_threads");
    const rounds = 300;
    const workers = [2, 3, 4].map((id) => new Worker(`(async () => {${body}})()`, { eval: true, workerData: { board, counter, rounds, id } }));
    await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.once("message", resolve).once("error", reject))));
    await Promise.all(workers.map((w) => w.terminate()));
    expect(counter[0]).toBe(3 * rounds);
  });

  it("goes ahead after its patience when the holder never lets go (a worker that died while creating)", () => {
    const board = claimBoard(1);
    // Thread 7 took the lock and is gone.
    board.control[3] = 7;
    const made: string[] = [];
    expect(creatingFile(board, MAIN_THREAD, () => made.push("main") && "done", 5)).toBe("done");
    expect(made).toEqual(["main"]);
    // Released: the next creation does not wait.
    expect(board.control[3]).toBe(0);
  });
});
