import { describe, expect, it } from "vitest";
import { BlockMemo } from "../../src/docx/block-memo.js";

describe("BlockMemo", () => {
  it("stays bounded over a long batch and keeps the paragraphs that are reused", () => {
    const memo = new BlockMemo();
    const shared = { "w:p": ["shared"] };
    // Kept from its second use: what is met once (a paragraph naming one unit) is not kept.
    memo.remember("shared", { "w:p": ["shared"] });
    expect(memo.recall("shared")).toBeUndefined();
    memo.remember("shared", shared);
    for (let unit = 0; unit < 20_000; unit++) {
      expect(memo.recall("shared")).toBe(shared);
      // A paragraph naming the unit: seen once, never again.
      memo.remember(`unit-${unit}`, { "w:p": [`unit ${unit}`] });
      expect(memo.size).toBeLessThanOrEqual(BlockMemo.MAX_ENTRIES);
    }
    expect(memo.recall("shared")).toBe(shared);
    expect(memo.recall("unit-0")).toBeUndefined();
  });
});
