import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { buildBytes, byId, check, failing, FULL_PLAN, ROOT } from "./bases.js";

/** kehoach's own output passes its own checker: every example and starter plan, and the full fixture. */

const yamlIn = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => path.join(ROOT, dir, f));

const PLANS = [...yamlIn("examples"), ...yamlIn("plans")];

describe("kehoach's output passes `kehoach check`", () => {
  it("has examples and starter plans to build", () => {
    expect(PLANS.filter((p) => p.includes(`${path.sep}examples${path.sep}`)).length).toBeGreaterThanOrEqual(4);
  });

  it.each(PLANS.map((p) => [path.relative(ROOT, p), p]))("%s: no rule fails", async (_name, plan) => {
    const report = check(await buildBytes(plan));
    expect(failing(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.results).toHaveLength(RULES.length);
  });

  it("the full fixture: every rule evaluated, no failure or warning, the KHẨN box as wide as its stamp", async () => {
    const report = check(await buildBytes(FULL_PLAN));
    expect(report.ok).toBe(true);
    expect(failing(report)).toEqual([]);
    expect(report.results.filter((r) => r.status === "NOT_EVALUATED")).toEqual([]);
    const finding = byId(report).get("ND30-urgency-mark-size")!.findings[0]!;
    expect(finding.message.vi).toBe("khung rộng 20 mm, yêu cầu 20 × 8 mm");
  });
});
