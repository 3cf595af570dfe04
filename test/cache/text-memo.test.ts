import { describe, expect, it } from "vitest";
import { memoByText } from "../../src/cache/text-memo.js";

describe("memoByText", () => {
  it("computes a text twice, then hands out the kept value (the same object)", () => {
    const calls: string[] = [];
    const blocks = memoByText((text: string) => {
      calls.push(text);
      return { text };
    });
    const first = blocks("Tuyên truyền");
    const second = blocks("Tuyên truyền");
    const third = blocks("Tuyên truyền");
    expect(calls).toEqual(["Tuyên truyền", "Tuyên truyền"]);
    expect(third).toBe(second);
    expect(first).toEqual(second);
  });

  it("keeps values that are undefined too, and stays bounded", () => {
    let calls = 0;
    const nothing = memoByText(() => {
      calls++;
      return undefined;
    }, 2);
    for (let i = 0; i < 3; i++) nothing("x");
    expect(calls).toBe(2);
    for (const t of ["a", "a", "b", "b", "c", "c"]) nothing(t);
    // Full at two kept texts: "x" was dropped and is computed again.
    const before = calls;
    nothing("x");
    expect(calls).toBe(before + 1);
  });
});
