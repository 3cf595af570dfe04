import { describe, expect, it } from "vitest";
import { claimBoard, claimNext, claimsStopped, MAIN_THREAD, stopClaims, unclaimed } from "../../src/batch/unit-claims.js";

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
