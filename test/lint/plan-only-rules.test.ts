import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintPlan } from "../../src/lint/lint-plan.js";
import type { LintContext, LintRule } from "../../src/lint/rule.js";
import { RULES } from "../../src/lint/rules/index.js";
import { titleCapsRule } from "../../src/lint/rules/title.js";
import { resolvePrepared, type PreparedPlan } from "../../src/pipeline.js";
import type { ResolvedPlan } from "../../src/resolve/resolved-plan.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml } from "../helpers/build.js";
import { t } from "../../src/i18n/text.js";

const templates = diskTemplates();
const dir = (d: string) => new URL(`../../${d}/`, import.meta.url);
const yamlIn = (d: string) =>
  readdirSync(dir(d))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => readFileSync(new URL(f, dir(d)), "utf8"));

/** Every plan of the examples and the invalid corpus that gets as far as lint, with its resolved text. */
function lintablePlans(): { prepared: PreparedPlan; resolved: ResolvedPlan }[] {
  const out: { prepared: PreparedPlan; resolved: ResolvedPlan }[] = [];
  for (const yaml of [MINIMAL_PLAN, ...yamlIn("examples"), ...yamlIn("test/fixtures/invalid")]) {
    try {
      const prepared = prepareYaml(yaml);
      out.push({ prepared, resolved: resolvePrepared(prepared, { templates }) });
    } catch {
      // A schema or template error: lint never sees such a plan.
    }
  }
  return out;
}

/** A value any read of which fails the test. */
const unreadable = (what: string) =>
  new Proxy({}, {
    get: (_t, p) => {
      throw new Error(`read ${what}.${String(p)}`);
    },
  });

describe("plan-only lint rules", () => {
  const plans = lintablePlans();
  const planOnly = RULES.filter((r) => r.planOnly);

  it("read neither the resolved plan nor today: the same findings with those unreadable", () => {
    expect(plans.length).toBeGreaterThan(40);
    expect(planOnly.map((r) => r.id)).toEqual(expect.arrayContaining(["ND30-ten-co-quan", "ND30-can-cu", "yaml-merged-list-item"]));
    let found = 0;
    for (const { prepared, resolved } of plans) {
      for (const rule of planOnly) {
        const real: LintContext = { plan: prepared.plan, source: prepared.source, resolved, today: new Date(2026, 4, 12) };
        const blind = { ...real, resolved: unreadable("resolved") as ResolvedPlan, today: unreadable("today") as Date };
        const expected = rule.check(real);
        found += expected.length;
        expect(rule.check(blind), rule.id).toEqual(expected);
      }
    }
    // The corpus makes these rules find something, so the comparison is not of empty lists only.
    expect(found).toBeGreaterThan(5);
  });

  it("the unreadable stand-ins do catch a rule that reads the resolved plan", () => {
    const { prepared, resolved } = plans[0]!;
    const reader = titleCapsRule;
    expect(reader.planOnly).toBeUndefined();
    const blind: LintContext = { plan: prepared.plan, source: prepared.source, resolved: unreadable("resolved") as ResolvedPlan, today: unreadable("today") as Date };
    expect(() => reader.check(blind)).toThrow(/^read (resolved|today)\./);
    expect(() => reader.check({ ...blind, resolved, today: new Date(2026, 4, 12) })).not.toThrow();
  });

  it("run once per plan in a batch: units sharing the plan reuse the findings, other rules run per unit", () => {
    const calls = { planOnly: 0, perUnit: 0 };
    const finding = { path: ["title"], message: t("x", "x") };
    const once: LintRule = { id: "test-plan-only", severity: "warning", summary: t("x", "x"), planOnly: true, check: () => (calls.planOnly++, [finding]) };
    const each: LintRule = { id: "test-per-unit", severity: "warning", summary: t("x", "x"), check: () => (calls.perUnit++, [finding]) };
    const prepared = prepareYaml(MINIMAL_PLAN);
    const units = ["Na Dương", "Thất Khê", "Hòa An"].map((name) => resolvePrepared(prepared, { templates, unit: { code: "1", name, type: "Xã" } }));
    const results = units.map((resolved) => lintPlan(prepared, resolved, { rules: [once, each] }));
    expect(calls).toEqual({ planOnly: 1, perUnit: 3 });
    for (const list of results) expect(list.map((d) => d.code)).toEqual(["test-plan-only", "test-per-unit"]);
    // A unit whose row overrides a plan field has a plan of its own: the rule runs for it.
    lintPlan({ ...prepared, plan: { ...prepared.plan, number: "7" } }, units[0]!, { rules: [once, each] });
    expect(calls).toEqual({ planOnly: 2, perUnit: 4 });
  });
});
