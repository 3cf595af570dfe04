import { describe, expect, it } from "vitest";
import { appendixReferenceRule } from "../../../src/lint/rules/appendix-reference.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

const withReference = (reference?: string) =>
  `${MINIMAL_PLAN}appendices:\n  - title: Danh sách\n    body: Nội dung.\n${reference === undefined ? "" : `    reference: "${reference}"\n`}`;
const REFERENCE_LINE = withReference("x").split("\n").findIndex((l) => l.includes("reference:")) + 1;

describe("ND30-appendix-reference (plan side)", () => {
  it("accepts the line kehoach writes, and a hand-written one that says the same", () => {
    expect(lint(withReference(), appendixReferenceRule)).toEqual([]);
    expect(lint(withReference("(Kèm theo Kế hoạch số 03/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân xã Thất Khê)"), appendixReferenceRule)).toEqual([]);
    expect(lint(withReference(""), appendixReferenceRule)).toEqual([]);
  });

  it("refuses «số:» and a numeric date, at the reference field, with the line to write", () => {
    expect(lint(withReference("(Kèm theo Kế hoạch số: 03/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân xã Thất Khê)"), appendixReferenceRule)).toEqual([
      expect.objectContaining({
        code: "ND30-appendix-reference",
        severity: "error",
        path: "appendices.0.reference",
        line: REFERENCE_LINE,
        hint: 'ghi reference: "(Kèm theo Kế hoạch số 03/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân xã Thất Khê)", hoặc xóa dòng reference: để kehoach tự viết',
      }),
    ]);
  });

  it("refuses another plan's number or date", () => {
    const [found] = lint(withReference("(Kèm theo Kế hoạch số 04/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân xã Thất Khê)"), appendixReferenceRule);
    expect(found?.en).toBe("the reference line says number 04/KH-UBND, date 09/01/2026; the plan is 03/KH-UBND, 09/01/2026");
  });
});
