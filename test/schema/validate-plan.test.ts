import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { parsePlanYaml } from "../../src/load/parse-yaml.js";
import { validatePlan } from "../../src/schema/validate-plan.js";
import { MINIMAL_PLAN } from "../helpers/build.js";

const parse = (text: string) => parsePlanYaml({ file: "/p/plan.yaml", text, cleaned: [] });

function errors(text: string) {
  try {
    validatePlan(parse(text));
  } catch (err) {
    if (err instanceof KehoachError) return err.diagnostics;
    throw err;
  }
  return [];
}

describe("validatePlan", () => {
  it("accepts the minimal plan and fills nothing in", () => {
    const plan = validatePlan(parse(MINIMAL_PLAN));
    expect(plan.tier).toBe("commune");
    expect(plan.number).toBe("3");
    expect(plan.sections![0]?.body).toEqual(["- Tổ chức tốt các hoạt động.\n"]);
  });

  it("reports every problem at once, in file order, each with its position", () => {
    const text = MINIMAL_PLAN.replace("tier: commune", "tier: ubnd").replace("date: 2026-01-09", "date: 2026-02-30").replace("title:", "titel:");
    const list = errors(text);
    // "titel" is the missing "title": reported once, at the misspelt key.
    expect(list.map((d) => [d.code, d.position?.line])).toEqual([
      ["schema-invalid-value", 1],
      ["schema-value", 4],
      ["schema-unknown-key", 6],
    ]);
    expect(list[0]?.message.en).toBe("invalid value; allowed: province, department, commune, district, organization");
    expect(list[1]?.message.en).toBe("not a real calendar date: month 2 of 2026 has only 28 days");
    expect(list[2]?.hint?.vi).toBe('có phải ý bạn là "title"? (trường bắt buộc này đang thiếu)');
  });

  it("names the missing field of a nested object", () => {
    const list = errors(MINIMAL_PLAN.replace("  name: Nguyễn Văn An\n", "  title: CHỦ TỊCH\n"));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ code: "schema-missing-field", path: ["signer", "name"], position: { line: 13, column: 1 } });
  });

  it("refuses a list at the top level with a clear message", () => {
    const list = errors("- tier: commune\n");
    expect(list[0]?.code).toBe("schema-not-a-plan");
    expect(list[0]?.message.en).toContain("a plan is a mapping of fields");
  });

  it("accepts numbers where text is expected (YAML reads 2026 as a number)", () => {
    const plan = validatePlan(parse(MINIMAL_PLAN.replace("title: Tổ chức các hoạt động văn hóa, thể thao năm 2026", "title: 2026")));
    expect(plan.title).toBe("2026");
  });

  it("rejects a number with non-digits", () => {
    const list = errors(MINIMAL_PLAN.replace("number: 3", "number: 3a"));
    expect(list[0]?.message.vi).toBe("số văn bản chỉ gồm chữ số (ví dụ 12), hoặc để trống");
  });
});
