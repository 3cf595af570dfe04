import { describe, expect, it } from "vitest";
import { sectionLabel } from "../../src/layout/numbering.js";

describe("sectionLabel", () => {
  it("numbers Roman-first: I. / 1. / 1.1. / a)", () => {
    expect(sectionLabel("roman", [1])).toBe("II.");
    expect(sectionLabel("roman", [1, 2])).toBe("3.");
    expect(sectionLabel("roman", [1, 2, 0])).toBe("3.1.");
    expect(sectionLabel("roman", [1, 2, 0, 4])).toBe("đ)");
  });

  it("numbers Arabic-first: 1. / 1.1. / 1.1.1.", () => {
    expect(sectionLabel("arabic", [3])).toBe("4.");
    expect(sectionLabel("arabic", [3, 1])).toBe("4.2.");
    expect(sectionLabel("arabic", [3, 1, 0])).toBe("4.2.1.");
  });
});
