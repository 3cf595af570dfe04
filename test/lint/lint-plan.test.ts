import { describe, expect, it } from "vitest";
import { lintPlan } from "../../src/lint/lint-plan.js";
import { RULES } from "../../src/lint/rules/index.js";
import { resolvePrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml } from "../helpers/build.js";

describe("the rule table", () => {
  it("has unique ids, each with a level, a summary in both languages, and a clause for ND30 rules", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(["error", "warning"]).toContain(rule.severity);
      expect(rule.summary.vi.length).toBeGreaterThan(10);
      expect(rule.summary.en.length).toBeGreaterThan(10);
      if (rule.id.startsWith("ND30-")) expect(rule.clause, rule.id).toMatch(/^Phụ lục (I|II), Phần (I|II|III), (mục [IVX]+, )?khoản \d+/);
    }
  });
});

describe("lintPlan", () => {
  it("finds nothing in a plan that follows ND30", () => {
    const prepared = prepareYaml(MINIMAL_PLAN);
    expect(lintPlan(prepared, resolvePrepared(prepared, { templates: diskTemplates() }))).toEqual([]);
  });

  it("returns every finding as a located diagnostic, in file order, with rule id and clause", () => {
    const yaml = MINIMAL_PLAN.replace("tier: commune", "tier: district")
      .replace("xã Thất Khê", "huyện Tràng Định")
      .replace("number: 3", "number: 0")
      .replace("  name: Nguyễn Văn An", "  name: TS. Nguyễn Văn An");
    const prepared = prepareYaml(yaml, "/p/plan.yaml");
    const list = lintPlan(prepared, resolvePrepared(prepared, { templates: diskTemplates() }), { today: new Date(2026, 0, 1) });
    expect(list.map((d) => [d.code, d.severity, d.position?.line, d.position?.column])).toEqual([
      ["ND30-district-after-reform", "warning", 1, 7],
      ["ND30-so-ky-hieu", "error", 5, 9],
      ["ND30-hoc-ham-hoc-vi", "error", 14, 9],
    ]);
    expect(list[1]).toMatchObject({ file: "/p/plan.yaml", path: ["number"], clause: "Phụ lục I, Phần II, khoản 3" });
  });
});
