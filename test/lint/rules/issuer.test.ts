import { describe, expect, it } from "vitest";
import { issuerCaseRule, issuerNameRule } from "../../../src/lint/rules/issuer.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

const named = (name: string, tier = "commune") => MINIMAL_PLAN.replace("  name: Ủy ban nhân dân xã Thất Khê", `  name: ${name}`).replace("tier: commune", `tier: ${tier}`);

describe("ND30-ten-co-quan", () => {
  it("refuses an abbreviated Ủy ban nhân dân, with the full name in the hint", () => {
    expect(lint(named("UBND xã Thất Khê"), issuerNameRule)).toEqual([
      expect.objectContaining({ code: "ND30-ten-co-quan", severity: "error", path: "issuer.name", line: 3, column: 9, hint: "ghi name: Ủy ban nhân dân xã Thất Khê (chỉ dòng cơ quan chủ quản mới được viết tắt)" }),
    ]);
  });

  it("accepts full names, and leaves a Sở's name alone", () => {
    expect(lint(MINIMAL_PLAN, issuerNameRule)).toEqual([]);
    expect(lint(named("UBND Sở Nội vụ", "department").replace("  name: UBND Sở Nội vụ", "  name: UBND Sở Nội vụ\n  code: SNV\n  province: Lạng Sơn"), issuerNameRule)).toEqual([]);
  });
});

describe("ND30-viet-hoa", () => {
  it.each([
    ["Ủy Ban Nhân Dân xã Thất Khê", "ghi name: Ủy ban nhân dân xã Thất Khê"],
    ["Ủy ban nhân dân Tỉnh Lạng Sơn", "ghi name: Ủy ban nhân dân tỉnh Lạng Sơn"],
    ["ỦY BAN NHÂN DÂN XÃ THẤT KHÊ", "ghi name: Ủy ban nhân dân xã THẤT KHÊ"],
  ])("warns about %j", (name, hint) => {
    expect(lint(named(name), issuerCaseRule)).toEqual([expect.objectContaining({ code: "ND30-viet-hoa", severity: "warning", line: 3, column: 9, hint })]);
  });

  it.each(["Ủy ban nhân dân xã Thất Khê", "Uỷ ban nhân dân xã Thất Khê", "Ủy ban nhân dân Phường Lương Văn Tri", "Ủy ban nhân dân phường Lương Văn Tri", "Ủy ban nhân dân Quận 1"])("accepts %j", (name) => {
    expect(lint(named(name), issuerCaseRule)).toEqual([]);
  });
});
