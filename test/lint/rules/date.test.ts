import { describe, expect, it } from "vitest";
import { districtRule, futureDateRule } from "../../../src/lint/rules/date.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

describe("ND30-ngay-ban-hanh", () => {
  it("warns about a year more than one year ahead of today (12 May 2026)", () => {
    expect(lint(MINIMAL_PLAN.replace("date: 2026-01-09", "date: 2062-01-09"), futureDateRule)).toEqual([
      expect.objectContaining({ code: "ND30-ngay-ban-hanh", severity: "warning", line: 4, column: 7, vi: "ngày ban hành ở năm 2062, còn xa trong tương lai" }),
    ]);
  });

  it.each(["2027-12-31", "2026", "2020-03-05", "1998-10-02"])("accepts %s", (date) => {
    expect(lint(MINIMAL_PLAN.replace("date: 2026-01-09", `date: ${date}`), futureDateRule)).toEqual([]);
  });
});

describe("ND30-district-after-reform", () => {
  const district = MINIMAL_PLAN.replace("tier: commune", "tier: district").replace("xã Thất Khê", "huyện Tràng Định");

  it("warns about a district plan dated from 1 July 2025", () => {
    expect(lint(district.replace("2026-01-09", "2025-07-01"), districtRule)).toEqual([
      expect.objectContaining({ code: "ND30-district-after-reform", severity: "warning", path: "tier", line: 1, column: 7 }),
    ]);
    // Only the year known: taken as 1 January, still after the reform for 2026.
    expect(lint(district.replace("2026-01-09", "2026"), districtRule)).toHaveLength(1);
  });

  it("accepts a district plan dated before, and other tiers at any date", () => {
    expect(lint(district.replace("2026-01-09", "2025-06-30"), districtRule)).toEqual([]);
    expect(lint(MINIMAL_PLAN, districtRule)).toEqual([]);
  });
});
