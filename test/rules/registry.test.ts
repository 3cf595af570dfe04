import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/check/rule.js";
import { inRegistryOrder, RULES as DOCX_RULES } from "../../src/check/rules/index.js";
import { RULES as PLAN_RULES } from "../../src/lint/rules/index.js";
import { REGISTRY } from "../../src/rules/registry-entries.js";
import { DOCX_RULE_IDS, isRuleId, RULE_IDS } from "../../src/rules/registry.js";

/**
 * One list of rule ids (src/rules/registry.ts) serves lint and check; the DOCX side's code
 * loads only when check runs and takes its order from the list.
 */
describe("the rule registry", () => {
  it("lists every rule of both sides once: plan rules in lint's order, then DOCX-only rules", () => {
    const planIds = PLAN_RULES.map((r) => r.id);
    expect(RULE_IDS.slice(0, planIds.length)).toEqual(planIds);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULE_IDS).toEqual(REGISTRY.map((e) => e.id));
    expect(RULE_IDS.filter((id) => !planIds.includes(id))).toEqual(DOCX_RULE_IDS.filter((id) => !planIds.includes(id)));
    // Ids checked on both sides share one entry.
    expect(REGISTRY.find((e) => e.id === "ND30-so-ky-hieu")?.sides).toEqual(["plan", "docx"]);
    expect(REGISTRY.find((e) => e.id === "ND30-margins")?.sides).toEqual(["docx"]);
    expect(isRuleId("ND30-margins")).toBe(true);
    expect(isRuleId("ND30-margin")).toBe(false);
  });

  it("gives check its rules in the order of the DOCX ids, each implemented", () => {
    expect(DOCX_RULES.map((r) => r.id)).toEqual(DOCX_RULE_IDS);
    expect(DOCX_RULES.every((r) => typeof r.check === "function")).toBe(true);
    expect(DOCX_RULE_IDS.length).toBeGreaterThan(60);
  });

  it("refuses DOCX rules that the list does not name, or ids with no rule", () => {
    const unlisted: Rule = { ...DOCX_RULES[0]!, id: "ND30-not-listed" };
    expect(() => inRegistryOrder([...DOCX_RULES, unlisted])).toThrow(/not listed ND30-not-listed; not implemented none/);
    expect(() => inRegistryOrder(DOCX_RULES.filter((r) => r.id !== "ND30-luu"))).toThrow(/not listed none; not implemented ND30-luu/);
    expect(() => inRegistryOrder([...DOCX_RULES, DOCX_RULES[1]!])).toThrow(/disagree/);
    // Given in any order, the rules come back in the list's.
    expect(inRegistryOrder([...DOCX_RULES].reverse()).map((r) => r.id)).toEqual(DOCX_RULE_IDS);
  });
});
