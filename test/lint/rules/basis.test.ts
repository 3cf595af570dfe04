import { describe, expect, it } from "vitest";
import { basisRule } from "../../../src/lint/rules/basis.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

const withBasis = (yaml: string) => MINIMAL_PLAN.replace("sections:", `${yaml}\nsections:`);

describe("ND30-can-cu", () => {
  it("accepts căn cứ lines with or without their own end punctuation, and a closing 'Theo đề nghị'", () => {
    const plan = withBasis("basis:\n  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n  - Căn cứ Nghị định số 30/2020/NĐ-CP.\n  - Theo đề nghị của Trưởng phòng Văn hóa - Xã hội");
    expect(lint(plan, basisRule)).toEqual([]);
  });

  it("refuses a line that is not a căn cứ (check would too), at that line of a block", () => {
    const plan = withBasis("basis: |\n  Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025\n  Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh");
    expect(lint(plan, basisRule)).toEqual([
      expect.objectContaining({ code: "ND30-can-cu", severity: "error", line: 9, column: 3, path: "basis.0", vi: 'dòng căn cứ không bắt đầu bằng "Căn cứ": "Thực hiện Kế hoạch số 12/KH-UB…"' }),
    ]);
  });

  it("warns about a lower-case 'căn cứ' and two căn cứ on one line", () => {
    const found = lint(withBasis("basis:\n  - căn cứ Luật Tổ chức chính quyền địa phương; Căn cứ Nghị định số 30/2020/NĐ-CP"), basisRule);
    expect(found.map((f) => [f.severity, f.vi, f.line, f.column])).toEqual([
      ["warning", 'dòng căn cứ bắt đầu bằng chữ thường "căn cứ"', 8, 5],
      ["warning", "nhiều căn cứ viết chung một dòng", 8, 49],
    ]);
  });
});
