import { describe, expect, it } from "vitest";
import { GroupedMemo } from "../../src/cache/grouped-memo.js";

/** Offers each key twice (a value is kept from its key's second sighting). */
const keep = <V>(memo: GroupedMemo<V>, group: string, entries: [string, V][]): void => {
  for (const [key, value] of entries) {
    memo.offer(group, key, value);
    memo.offer(group, key, value);
  }
};

describe("GroupedMemo", () => {
  it("keeps a value from its key's second sighting in its group, and finds it by group and key", () => {
    const memo = new GroupedMemo<string>({ maxEntries: 10 });
    memo.offer("tiêu đề", "Na Dương", "a");
    expect(memo.get("tiêu đề", "Na Dương")).toBeUndefined();
    memo.offer("tiêu đề", "Na Dương", "b");
    expect(memo.get("tiêu đề", "Na Dương")).toBe("b");
    expect(memo.get("nơi nhận", "Na Dương")).toBeUndefined();
    memo.offer("nơi nhận", "Na Dương", "c");
    expect(memo.get("nơi nhận", "Na Dương")).toBeUndefined();
    expect(memo.size).toBe(1);
  });

  it("counts a key once however often it is kept again", () => {
    const memo = new GroupedMemo<number>({ maxEntries: 10 });
    keep(memo, "g", [["k", 1], ["k", 2]]);
    expect([memo.size, memo.get("g", "k")]).toEqual([1, 2]);
  });

  it("empties when full, without a test of what is still useful", () => {
    const memo = new GroupedMemo<number>({ maxEntries: 2 });
    keep(memo, "g", [["a", 1], ["b", 2], ["c", 3]]);
    expect([memo.size, memo.get("g", "a"), memo.get("g", "c")]).toEqual([1, undefined, 3]);
  });

  it("when full, drops what is no longer useful first, in every group", () => {
    const memo = new GroupedMemo<{ used: number }>({ maxEntries: 4, stillUseful: (v) => v.used > 0 });
    const used = { used: 1 };
    keep(memo, "g1", [["a", used], ["b", { used: 0 }]]);
    keep(memo, "g2", [["c", { used: 0 }], ["d", { used: 0 }]]);
    keep(memo, "g2", [["e", { used: 0 }]]);
    expect(memo.size).toBe(2);
    expect(memo.get("g1", "a")).toBe(used);
    expect([memo.get("g1", "b"), memo.get("g2", "c"), memo.get("g2", "d")]).toEqual([undefined, undefined, undefined]);
    expect(memo.get("g2", "e")).toEqual({ used: 0 });
  });

  it("empties all the same when half the room is still taken by useful values", () => {
    const memo = new GroupedMemo<{ used: number }>({ maxEntries: 4, stillUseful: (v) => v.used > 0 });
    keep(memo, "g", [["a", { used: 1 }], ["b", { used: 1 }], ["c", { used: 0 }], ["d", { used: 0 }]]);
    keep(memo, "g", [["e", { used: 0 }]]);
    expect([memo.size, memo.get("g", "a"), memo.get("g", "e")]).toEqual([1, undefined, { used: 0 }]);
  });

  it("forgets a key met once after `seenPerGroup` other keys of its group", () => {
    const memo = new GroupedMemo<number>({ maxEntries: 100, seenPerGroup: 2 });
    memo.offer("g", "x", 1);
    memo.offer("g", "y", 1);
    memo.offer("g", "z", 1); // the record was full: it starts over
    memo.offer("g", "x", 2);
    expect(memo.get("g", "x")).toBeUndefined();
  });
});
