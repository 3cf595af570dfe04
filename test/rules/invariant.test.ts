import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertNd30 } from "../../src/check/check-docx.js";
import { KehoachError } from "../../src/errors.js";
import { readSource } from "../../src/load/read-source.js";
import { preparePlan, renderPrepared, ruleLevelsOf } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { ROOT } from "../helpers/run-cli.js";

/**
 * One rule set (issue 9): whatever `check` would fail on kehoach's own output, `validate` reports
 * first. Over every example, starter plan and fixture plan: no error from validate ⇒ no error
 * from `build --check` (warnings may differ; errors may not).
 */
const yamlIn = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => `${dir}/${f}`);

const PLANS = [
  ...yamlIn("examples"),
  ...yamlIn("plans"),
  ...yamlIn("test/fixtures/check"),
  ...yamlIn("test/fixtures/check/false-alarms"),
  ...yamlIn("test/fixtures/invalid"),
];

const templates = diskTemplates();

/** The units the batch example is rendered for: ordinary names, names the unit-type rule once misread, a ward named after a person. */
const UNITS = [
  { code: "06526", name: "Na Dương", type: "Xã", province_code: "20", province_name: "Lạng Sơn" },
  { code: "01156", name: "Quan Sơn", type: "Xã", province_code: "20", province_name: "Lạng Sơn" },
  { code: "00008", name: "Phương Liệt", type: "Phường", province_code: "01", province_name: "Hà Nội" },
  { code: "05989", name: "Lương Văn Tri", type: "Phường", province_code: "20", province_name: "Lạng Sơn" },
];

async function outcome(file: string, unit?: Record<string, string>): Promise<{ validateErrors: string[]; checkErrors: string[] }> {
  let prepared;
  try {
    prepared = preparePlan(await readSource(path.join(ROOT, file)));
  } catch (err) {
    if (err instanceof KehoachError) return { validateErrors: err.diagnostics.map((d) => d.code), checkErrors: [] };
    throw err;
  }
  let result;
  try {
    result = await renderPrepared(prepared, { templates, sourceDateEpoch: "0", ...(unit ? { unit } : {}) });
  } catch (err) {
    if (err instanceof KehoachError) return { validateErrors: err.diagnostics.map((d) => d.code), checkErrors: [] };
    throw err;
  }
  const validateErrors = result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code);
  if (validateErrors.length > 0) return { validateErrors, checkErrors: [] };
  try {
    assertNd30(result.bytes, file, ruleLevelsOf(prepared.plan, undefined));
    return { validateErrors, checkErrors: [] };
  } catch (err) {
    if (!(err instanceof KehoachError)) throw err;
    return { validateErrors, checkErrors: err.diagnostics.filter((d) => d.severity === "error" && d.code !== "nd30-check").map((d) => `${d.code}: ${d.message.en}`) };
  }
}

describe("validate clean ⇒ build --check clean", () => {
  it("covers the examples, starter plans and fixtures", () => {
    expect(PLANS.length).toBeGreaterThan(80);
  });

  it.each(PLANS.filter((f) => !f.includes("batch")))("%s", async (file) => {
    const { checkErrors } = await outcome(file);
    expect(checkErrors).toEqual([]);
  });

  it.each(UNITS)("examples/batch-lang-son/plan.yaml for $type $name", async (unit) => {
    const { validateErrors, checkErrors } = await outcome("examples/batch-lang-son/plan.yaml", unit);
    expect(validateErrors).toEqual([]);
    expect(checkErrors).toEqual([]);
  });
});
