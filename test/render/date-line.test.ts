import { describe, expect, it } from "vitest";
import { BLANK, dateWords, formatDay, formatMonth, isRealDate, parseIssueDate } from "../../src/render/date-line.js";

describe("issue date (PL I, II.4b)", () => {
  it("pads days below 10 and months 1–2 only", () => {
    expect([1, 9, 10, 31].map(formatDay)).toEqual(["01", "09", "10", "31"]);
    expect([1, 2, 3, 9, 10, 12].map(formatMonth)).toEqual(["01", "02", "3", "9", "10", "12"]);
  });

  it("writes the date in words, leaving blanks where it is not known yet", () => {
    expect(dateWords(parseIssueDate("2026-02-05"))).toBe("ngày 05 tháng 02 năm 2026");
    expect(dateWords(parseIssueDate("2026-03-15"))).toBe("ngày 15 tháng 3 năm 2026");
    expect(dateWords(parseIssueDate("2026-05"))).toBe(`ngày ${BLANK} tháng 5 năm 2026`);
    expect(dateWords(parseIssueDate("2023"))).toBe(`ngày ${BLANK} tháng ${BLANK} năm 2023`);
  });

  it("knows which dates exist", () => {
    expect(isRealDate(parseIssueDate("2024-02-29"))).toBe(true);
    expect(isRealDate(parseIssueDate("2026-02-29"))).toBe(false);
    expect(isRealDate(parseIssueDate("2026-13"))).toBe(false);
    expect(isRealDate(parseIssueDate("2026-04-31"))).toBe(false);
  });
});
