import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { KehoachError } from "../../src/errors.js";
import { MINIMAL_PLAN, renderYaml } from "../helpers/build.js";
import { ROOT } from "../helpers/run-cli.js";

/** A helper given no value, an object, or a non-number where it needs one is a located error, never "" / NaN / [object Object]. */

async function errorOf(yaml: string): Promise<KehoachError> {
  try {
    await renderYaml(yaml);
  } catch (err) {
    if (err instanceof KehoachError) return err;
    throw err;
  }
  throw new Error("expected a KehoachError");
}

const withTitle = (title: string, extra = "") => MINIMAL_PLAN.replace(/^title: .*$/mu, `title: '${title}'`) + extra;
const TITLE_LINE = MINIMAL_PLAN.split("\n").findIndex((l) => l.startsWith("title:")) + 1;

describe("strict helper values", () => {
  it.each([
    ["{{lower vars.x}}", "template-helper-value", '{{lower vars.x}}: "vars.x" has no value', 9],
    ["Năm {{day \"abc\"}}", "template-helper-value", '{{day "abc"}}: "abc" is not a whole number', 13],
    ["{{join issuer}}", "template-helper-value", '{{join issuer}}: "issuer" is a group of fields or a list, not a text value', 9],
    ["{{upper issuer}}", "template-helper-value", '{{upper issuer}}: "issuer" is a group of fields or a list, not a text value', 9],
    ["Về {{province vars.tinh}}", "template-helper-value", '{{province vars.tinh}}: "vars.tinh" has no value', 12],
    ["{{toString}}", "template-missing-value", 'the template uses "toString", which has no value', 11],
    ["a {{__proto__}}", "template-missing-value", 'the template uses "__proto__", which has no value', 13],
    ["{{vars.constructor}}", "template-missing-value", 'the template uses "vars.constructor", which has no value', 11],
    ["{{upper vars.hasOwnProperty}}", "template-missing-value", 'the template uses "vars.hasOwnProperty", which has no value', 17],
  ])("%s in title: %s at the field's line and column", async (title, code, message, column) => {
    const err = await errorOf(withTitle(title, "vars:\n  y: 1\n"));
    expect(err.code).toBe("render");
    expect(err.diagnostics[0]).toMatchObject({ code, path: ["title"], position: { line: TITLE_LINE, column } });
    expect(err.diagnostics[0]!.message.en).toBe(message);
  });

  it("still renders what is present: lists joined, default over a missing value, numbers as numbers", async () => {
    const { layout } = await renderYaml(withTitle('{{join vars.list " và "}} {{default vars.none "mặc định"}} ngày {{day vars.d}}', 'vars:\n  list: [A, B]\n  d: "5"\n'));
    expect(layout.meta).toBeDefined();
    const { resolvePrepared } = await import("../../src/pipeline.js");
    const { prepareYaml } = await import("../helpers/build.js");
    const { diskTemplates } = await import("../../src/templates-provider.js");
    const resolved = resolvePrepared(prepareYaml(withTitle('{{join vars.list " và "}} {{default vars.none "mặc định"}} ngày {{day vars.d}}', 'vars:\n  list: [A, B]\n  d: "5"\n')), { templates: diskTemplates() });
    expect(resolved.title).toBe("A và B mặc định ngày 05");
  });

  it("a list with an object inside is not joined into [object Object]", async () => {
    const err = await errorOf(withTitle("{{join vars.list}}", "vars:\n  list: [A, {b: 1}]\n"));
    expect(err.diagnostics[0]!.message.en).toBe('{{join vars.list}}: "vars.list" is a group of fields or a list, not a text value');
  });
});

describe("batch: a unit list without a column the plan uses", () => {
  it("fails every unit, naming the column and the unit's row; nothing is written", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-strict-"));
    const list = path.join(dir, "units.csv");
    writeFileSync(list, "code,name,province_code,province_name\n06526,Na Dương,20,Lạng Sơn\n06040,Thất Khê,20,Lạng Sơn\n");
    const out = path.join(dir, "out");
    const result = await runBatch({ planFile: path.join(ROOT, "examples/batch-lang-son/plan.yaml"), unitsFile: list, outDir: out, cwd: dir, jobs: 1 });
    expect(result.outcomes.map((o) => o?.status)).toEqual(["failed", "failed"]);
    result.outcomes.forEach((o, i) => {
      expect(o!.error!.code).toBe("template-helper-value");
      expect(o!.error!.message.en).toBe(`{{lower unit.type}}: "unit.type" has no value [the unit list units.csv has no column "type", line ${i + 2}]`);
    });
    expect(readdirSync(out).filter((f) => f.endsWith(".docx"))).toEqual([]);
  });
});
