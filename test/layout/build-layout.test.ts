import { describe, expect, it } from "vitest";
import { columnWidths } from "../../src/layout/appendix-layout.js";
import { withEndMark } from "../../src/layout/body-blocks.js";
import { MINIMAL_PLAN, renderYaml } from "../helpers/build.js";

describe("buildLayout", () => {
  it("ends the content with './.' exactly once, whatever the clerk typed", () => {
    expect(withEndMark("… tổ chức thực hiện")).toBe("… tổ chức thực hiện./.");
    expect(withEndMark("… tổ chức thực hiện.")).toBe("… tổ chức thực hiện./.");
    expect(withEndMark("… tổ chức thực hiện./.")).toBe("… tổ chức thực hiện./.");
    expect(withEndMark("… tổ chức thực hiện ./. ")).toBe("… tổ chức thực hiện./.");
  });

  it("punctuates căn cứ lines: ';' between, '.' at the end, italic by default", async () => {
    const yaml = MINIMAL_PLAN.replace("sections:", "basis:\n  - Căn cứ Luật Tổ chức chính quyền địa phương;\n  - Căn cứ Kế hoạch số 153/KH-UBND\nsections:");
    const { layout } = await renderYaml(yaml);
    const basis = layout.body.filter((b) => b.role === "basis");
    expect(basis.map((b) => b.runs.map((r) => r.text).join(""))).toEqual([
      "Căn cứ Luật Tổ chức chính quyền địa phương;",
      "Căn cứ Kế hoạch số 153/KH-UBND.",
    ]);
    expect(basis.every((b) => b.runs.every((r) => r.italic))).toBe(true);
  });

  it("writes recipients as '- …;' and ends with the archive line", async () => {
    const yaml = MINIMAL_PLAN.replace("  - UBND tỉnh Lạng Sơn\n", "  - \"- UBND tỉnh;\"\n  - { name: Sở Văn hóa, note: b/c }\n");
    const { layout } = await renderYaml(yaml);
    expect(layout.signature.recipients).toEqual(["- UBND tỉnh;", "- Sở Văn hóa (b/c);", "- Lưu: VT."]);
  });

  it("widens a column whose title would break inside a word", () => {
    const table = {
      numbered: true,
      rows: [],
      columns: [
        { title: "STT", width: 5, align: "center" as const },
        { title: "NHIỆM VỤ", width: 90, align: "left" as const },
        { title: "THỜI GIAN", width: 5, align: "left" as const },
      ],
    };
    const widths = columnWidths(table, 252);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(252, 6);
    expect(widths[0]).toBeGreaterThan(10);
    expect(widths[2]).toBeGreaterThan(15);
  });
});
