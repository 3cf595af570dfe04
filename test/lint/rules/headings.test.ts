import { describe, expect, it } from "vitest";
import { typedNumberRule } from "../../../src/lint/rules/headings.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

const withTitle = (title: string, extra = "") => MINIMAL_PLAN.replace("  - title: Mục đích, yêu cầu", `  - title: ${title}${extra}`);

describe("ND30-danh-so-muc", () => {
  it.each([["I. Mục đích, yêu cầu", "I."], ["1. Mục đích", "1."], ["2.1. Nội dung", "2.1."], ["a) Đối với xã", "a)"], ["Phần I. Tình hình", "Phần I."]])("warns about %j", (title, label) => {
    expect(lint(withTitle(title), typedNumberRule)).toEqual([
      expect.objectContaining({ code: "ND30-danh-so-muc", severity: "warning", path: "sections.0.title", line: 8, column: 12, hint: `xóa "${label}" khỏi title, hoặc ghi label: "${label}" để dùng số viết tay` }),
    ]);
  });

  it("finds them in nested sections too", () => {
    const plan = MINIMAL_PLAN.replace("    body: |\n      - Tổ chức tốt các hoạt động.\n", "    sections:\n      - title: 1. Mục đích\n");
    expect(lint(plan, typedNumberRule)).toEqual([expect.objectContaining({ path: "sections.0.sections.0.title", line: 10, column: 16 })]);
  });

  it.each([["3 nhiệm vụ trọng tâm"], ["Năm 2026"], ["Công tác I-ốt"]])("accepts %j", (title) => {
    expect(lint(withTitle(title), typedNumberRule)).toEqual([]);
  });

  it("accepts a typed number when the section sets its own label", () => {
    expect(lint(withTitle("I. Mục đích", '\n    label: ""'), typedNumberRule)).toEqual([]);
  });
});
