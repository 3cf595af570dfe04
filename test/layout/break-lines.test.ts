import { describe, expect, it } from "vitest";
import { agencyBreakPreference, breakLines, isCompound, titleBreakPreference } from "../../src/layout/break-lines.js";
import { textWidthMm } from "../../src/layout/measure-text.js";

const bold13 = (s: string) => textWidthMm(s, 13, { bold: true });

describe("breakLines", () => {
  it("keeps text that fits on one line", () => {
    expect(breakLines("TỈNH LẠNG SƠN", 60, bold13)).toEqual(["TỈNH LẠNG SƠN"]);
  });

  it("breaks a Sở's name before VÀ, as offices write it", () => {
    expect(breakLines("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", 59.7, bold13, agencyBreakPreference)).toEqual([
      "SỞ VĂN HÓA, THỂ THAO",
      "VÀ DU LỊCH",
    ]);
  });

  it("balances a long trích yếu instead of leaving one word alone", () => {
    const title = "Triển khai thực hiện Chương trình hành động của Chính phủ về tuyên truyền, quảng bá ASEAN năm 2023 trên địa bàn tỉnh Sóc Trăng";
    const lines = breakLines(title, 165, (s) => textWidthMm(s, 14, { bold: true }));
    expect(lines).toHaveLength(2);
    expect(lines.join(" ")).toBe(title);
    const [a, b] = lines.map((l) => textWidthMm(l, 14, { bold: true }));
    expect(Math.abs(a! - b!)).toBeLessThan(40);
  });
});

describe("titleBreakPreference", () => {
  it("keeps 'chuyển đổi số' together by breaking before a preposition", () => {
    const title = "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 trên địa bàn tỉnh Lạng Sơn và các xã, phường";
    const lines = breakLines(title, 165, (s) => textWidthMm(s, 14, { bold: true }), titleBreakPreference);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^(năm|trên|và) /);
  });
});

describe("compounds (data/vi-compounds.txt)", () => {
  const bold14 = (s: string) => textWidthMm(s, 14, { bold: true });
  const pairs = (lines: string[]) => lines.slice(0, -1).map((l, i) => `${l.split(" ").at(-1)} ${lines[i + 1]!.split(" ")[0]}`.toLocaleLowerCase("vi"));

  it("knows common two-syllable words, in any case, and not across a comma", () => {
    expect(isCompound("mục", "tiêu")).toBe(true);
    expect(isCompound("ĐẠI", "BIỂU")).toBe(true);
    expect(isCompound("mục,", "tiêu")).toBe(false);
    expect(isCompound("năm", "2026")).toBe(false);
  });

  it.each([
    "Tổ chức lấy ý kiến cử tri và đại biểu Hội đồng nhân dân về dự thảo Nghị quyết phát triển kinh tế - xã hội năm 2026",
    "Thực hiện các mục tiêu, nhiệm vụ trọng tâm về chuyển đổi số, phát triển chính quyền số trên địa bàn xã Thất Khê",
  ])("never ends a trích yếu line inside a listed word: %s", (title) => {
    for (const width of [120, 140, 165]) {
      const lines = breakLines(title, width, bold14, titleBreakPreference);
      expect(lines.join(" ")).toBe(title);
      for (const pair of pairs(lines)) expect(isCompound(...(pair.split(" ") as [string, string])), `${width}: ${pair}`).toBe(false);
    }
  });

  it("splits a listed word only when nothing else fits", () => {
    expect(breakLines("MỤC TIÊU", 20, bold13, agencyBreakPreference)).toEqual(["MỤC", "TIÊU"]);
  });
});
