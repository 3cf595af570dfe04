import { describe, expect, it } from "vitest";
import { parseInline } from "../../src/layout/inline-markup.js";

describe("parseInline", () => {
  it("reads *italic*, **bold** and ***both***", () => {
    expect(parseInline("a *b* **c** ***d*** e")).toEqual([
      { text: "a " },
      { text: "b", italic: true },
      { text: " " },
      { text: "c", bold: true },
      { text: " " },
      { text: "d", bold: true, italic: true },
      { text: " e" },
    ]);
  });

  it("keeps stray and escaped asterisks as typed", () => {
    expect(parseInline("5 * 3 = 15")).toEqual([{ text: "5 * 3 = 15" }]);
    expect(parseInline("\\*ghi chú\\*")).toEqual([{ text: "*ghi chú*" }]);
  });

  it("applies a base format to every run", () => {
    expect(parseInline("Căn cứ *Luật*", { italic: true })).toEqual([{ text: "Căn cứ Luật", italic: true }]);
  });
});
