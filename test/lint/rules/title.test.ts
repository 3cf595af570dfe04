import { describe, expect, it } from "vitest";
import { titleCapsRule } from "../../../src/lint/rules/title.js";
import { lint, MINIMAL_PLAN } from "../lint-helpers.js";

const withTitle = (title: string) => MINIMAL_PLAN.replace("title: Tổ chức các hoạt động văn hóa, thể thao năm 2026", `title: ${title}`);

describe("ND30-trich-yeu-in-hoa", () => {
  it("refuses a trích yếu typed in capitals, as legal websites print it", () => {
    expect(lint(withTitle("TUYÊN TRUYỀN, QUẢNG BÁ ASEAN NĂM 2026"), titleCapsRule)).toEqual([
      expect.objectContaining({ code: "ND30-trich-yeu-in-hoa", severity: "error", path: "title", line: 6, column: 8 }),
    ]);
  });

  it("accepts sentence case with acronyms and proper names", () => {
    expect(lint(withTitle("Tuyên truyền, quảng bá ASEAN năm 2026"), titleCapsRule)).toEqual([]);
    expect(lint(withTitle("ASEAN"), titleCapsRule)).toEqual([]);
  });
});
