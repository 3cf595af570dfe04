import { describe, expect, it } from "vitest";
import { findUnitByName } from "../../src/init/find-unit.js";
import { starterPlan } from "../../src/init/starter-plan.js";
import { TIERS } from "../../src/schema/tier.js";
import { renderYaml } from "../helpers/build.js";

const today = new Date(2026, 4, 12);

describe("starterPlan", () => {
  it.each([...TIERS])("gives the %s tier a commented plan that renders without a single warning", async (tier) => {
    const text = starterPlan({ tier, schemaRef: "../data/plan.schema.json", today });
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../data/plan.schema.json");
    // Vietnamese comments explain each part.
    expect(text).toContain("# Trích yếu: viết thường như một câu, không gõ in hoa.");
    expect(text).toMatch(/^sections:\n {2}- title: Mục đích, yêu cầu\n/m);
    const result = await renderYaml(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.layout.body.filter((b) => b.role === "heading" && b.level === 1).map((b) => b.runs.map((r) => r.text).join(""))).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG",
      "III. KINH PHÍ THỰC HIỆN",
      "IV. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("dates a plan by today's month, and a district plan before the 2025 reform", () => {
    expect(starterPlan({ tier: "commune", schemaRef: "x", today })).toContain("\ndate: 2026-05\n");
    const district = starterPlan({ tier: "district", schemaRef: "x", today });
    expect(district).toContain("\ndate: 2025-06\n");
    expect(district).toContain("CHỈ cho văn bản ban hành trước 01/7/2025");
  });

  it("writes the province's own wording for a city (Thành ủy, thành phố)", () => {
    const text = starterPlan({ tier: "province", unit: findUnitByName("Hà Nội", "province"), schemaRef: "x", today });
    expect(text).toContain("  name: Ủy ban nhân dân thành phố Hà Nội\n  province: Hà Nội\n");
    expect(text).toContain("\nplace: Hà Nội\n");
    expect(text).toContain("  - name: Thường trực Thành ủy\n    note: b/c\n  - Thường trực HĐND thành phố\n");
  });
});
