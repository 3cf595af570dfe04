import { describe, expect, it } from "vitest";
import { ND30, nd30Values, pageTextWidthMm } from "../../src/layout/nd30.js";

describe("ND30 constants", () => {
  it("keep every value within the decree's range and cite a clause", () => {
    const values = nd30Values();
    expect(values.length).toBeGreaterThan(25);
    for (const { name, value } of values) {
      expect(value.value, name).toBeGreaterThanOrEqual(value.min);
      expect(value.value, name).toBeLessThanOrEqual(value.max);
      expect(value.ref, name).not.toBe("");
    }
  });

  it("allow only the two first-line indents the decree names (1 cm, 1.27 cm)", () => {
    expect([10, 12.7]).toContain(ND30.body.firstLineIndentMm.value);
  });

  it("derive the text width of A4 from the margins", () => {
    expect(pageTextWidthMm("portrait")).toBe(165);
    expect(pageTextWidthMm("landscape")).toBe(252);
  });
});
