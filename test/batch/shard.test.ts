import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { parseShard, selectShard, shardRange } from "../../src/batch/shard.js";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("--shard i/n", () => {
  it("parses i/n and refuses what is not a part of a whole", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "2", "2/4/8", "-1/4", "1.5/4", ""]) {
      expect(() => parseShard(bad), bad).toThrow(KehoachError);
    }
    try {
      parseShard("5/4");
    } catch (err) {
      expect((err as KehoachError).code).toBe("usage");
      expect((err as KehoachError).diagnostics[0]!.message.vi).toContain("5/4");
    }
  });

  it("splits any list into disjoint parts that together hold every unit once, in order", () => {
    for (const length of [0, 1, 2, 3, 7, 65, 100, 3321]) {
      for (const count of [1, 2, 3, 4, 7, 10]) {
        const items = range(length);
        const parts = range(count).map((i) => selectShard(items, { index: i + 1, count }));
        expect(parts.flat()).toEqual(items);
        const sizes = parts.map((p) => p.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it("is stable: the same list and n give the same parts, contiguous runs of the list", () => {
    expect(shardRange(3321, { index: 1, count: 4 })).toEqual([0, 830]);
    expect(shardRange(3321, { index: 2, count: 4 })).toEqual([830, 1660]);
    expect(shardRange(3321, { index: 4, count: 4 })).toEqual([2490, 3321]);
    const items = range(65).map((i) => `u${i}`);
    expect(selectShard(items, { index: 3, count: 4 })).toEqual(selectShard([...items], { index: 3, count: 4 }));
    expect(selectShard(items, undefined)).toEqual(items);
  });

  it("leaves a part empty when there are more parts than units", () => {
    expect(selectShard(["a", "b"], { index: 3, count: 4 })).toEqual([]);
    expect(range(4).flatMap((i) => selectShard(["a", "b"], { index: i + 1, count: 4 }))).toEqual(["a", "b"]);
  });
});
