import { describe, expect, it } from "vitest";
import { headerWidthRule } from "../../../src/lint/rules/header-width.js";
import { renderYaml } from "../../helpers/build.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

const withHeader = (lines: string[], size?: number) =>
  MINIMAL_PLAN.replace(
    "  name: Ủy ban nhân dân xã Thất Khê\n",
    `  name: Ủy ban nhân dân xã Thất Khê\n  header: [${lines.map((l) => JSON.stringify(l)).join(", ")}]\n${size ? `  header_size: ${size}\n` : ""}`,
  );

describe("ND30-ten-co-quan-vua-cot: every issuer line fits the header column", () => {
  it("says nothing about lines that fit, written or derived", () => {
    expect(lint(MINIMAL_PLAN, headerWidthRule)).toEqual([]);
    expect(lint(withHeader(["ỦY BAN NHÂN DÂN", "XÃ THẤT KHÊ"]), headerWidthRule)).toEqual([]);
  });

  it("warns about a written line that will wrap, offering header_size: 12 when that fits", () => {
    const [f, ...rest] = lint(withHeader(["ĐOÀN KIỂM TRA SỞ NỘI VỤ"]), headerWidthRule);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "ND30-ten-co-quan-vua-cot", severity: "warning", path: "issuer.header", line: 4 });
    expect(f!.vi).toMatch(/^dòng "ĐOÀN KIỂM TRA SỞ NỘI VỤ" rộng \d+ mm, quá cột tiêu đề 60 mm/);
    expect(f!.hint).toContain("issuer.header_size: 12");
  });

  it("is satisfied by header_size: 12, which the header then uses", async () => {
    const yaml = withHeader(["ĐOÀN KIỂM TRA SỞ NỘI VỤ"], 12);
    expect(lint(yaml, headerWidthRule)).toEqual([]);
    const { layout } = await renderYaml(yaml);
    expect(layout.header.issuerSizePt).toBe(12);
  });

  it("asks for a line break when even 12 pt is too wide", () => {
    const [f] = lint(withHeader(["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ VÀ THÔNG TIN TUYÊN TRUYỀN XÃ"]), headerWidthRule);
    expect(f!.hint).toContain("ngắt dòng này thành hai dòng");
  });
});
