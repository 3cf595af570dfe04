import { describe, expect, it } from "vitest";
import { mergedLineRule } from "../../../src/lint/rules/merged-line.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

describe("yaml-merged-list-item", () => {
  it("warns when a deeper '- ' line is folded into the item above", () => {
    const plan = MINIMAL_PLAN.replace("  - UBND tỉnh Lạng Sơn\n", "  - UBND tỉnh Lạng Sơn\n    - Thường trực Đảng ủy xã\n");
    expect(lint(plan, mergedLineRule)).toEqual([
      expect.objectContaining({
        code: "yaml-merged-list-item",
        severity: "warning",
        path: "recipients.0",
        line: 13,
        column: 5,
        vi: 'dòng "- Thường trực Đảng ủy xã" thụt lề sâu hơn dòng trên nên bị gộp vào mục trước: "UBND tỉnh Lạng Sơn - Thường trực Đảng ủy xã"',
      }),
    ]);
  });

  it("accepts an ordinary continuation line and '- ' lines inside a | block", () => {
    const plan = MINIMAL_PLAN.replace("  - UBND tỉnh Lạng Sơn\n", "  - UBND tỉnh Lạng Sơn\n    (để báo cáo)\n");
    expect(lint(plan, mergedLineRule)).toEqual([]);
    expect(lint(MINIMAL_PLAN, mergedLineRule)).toEqual([]);
  });
});
