import { describe, expect, it } from "vitest";
import { SeenBefore } from "../../src/cache/seen-before.js";

describe("SeenBefore (batch caches keep what comes back)", () => {
  it("says a key was met only from its second use", () => {
    const seen = new SeenBefore();
    expect([seen.check("a"), seen.check("b"), seen.check("a"), seen.check("a")]).toEqual([false, false, true, true]);
  });

  it("starts over when full, so a key met once is let go", () => {
    const seen = new SeenBefore(4);
    seen.check("once");
    for (let i = 0; i < 4; i++) seen.check(`unit-${i}`);
    expect(seen.check("once")).toBe(false);
  });
});
