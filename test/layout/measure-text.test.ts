import { describe, expect, it } from "vitest";
import { textWidthMm } from "../../src/layout/measure-text.js";

describe("textWidthMm", () => {
  // Reference widths measured in nd30-spec.md §6 (Liberation Serif, LibreOffice).
  it("measures the Quốc hiệu at 13 pt bold as about 95.7 mm", () => {
    expect(textWidthMm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, { bold: true })).toBeCloseTo(95.7, 0);
  });
  it("measures the motto at 14 pt bold as about 60.5 mm", () => {
    expect(textWidthMm("Độc lập - Tự do - Hạnh phúc", 14, { bold: true })).toBeCloseTo(60.4, 0);
  });
  it("gives Vietnamese letters the width of their base letter, ơ/ư keeping the horn", () => {
    expect(textWidthMm("Ế", 14)).toBe(textWidthMm("E", 14));
    expect(textWidthMm("ợ", 14)).toBe(textWidthMm("ơ", 14));
    expect(textWidthMm("ơ", 14)).not.toBe(textWidthMm("o", 14));
  });
  it("treats NFD input like NFC", () => {
    expect(textWidthMm("Thất Khê".normalize("NFD"), 13, { bold: true })).toBe(textWidthMm("Thất Khê", 13, { bold: true }));
  });
});
