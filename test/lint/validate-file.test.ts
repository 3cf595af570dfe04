import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateFile } from "../../src/lint/validate-file.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { tempDir } from "../helpers/main-io.js";

const templates = diskTemplates();

function file(text: string): string {
  const f = path.join(tempDir(), "plan.yaml");
  writeFileSync(f, text);
  return f;
}

describe("validateFile", () => {
  it("names the failing stage: io, yaml, schema, template, render, nd30", async () => {
    const cases: [string | undefined, string | undefined][] = [
      [undefined, "io"],
      ["a: [", "yaml"],
      [MINIMAL_PLAN.replace("tier: commune", "tier: ubnd"), "schema"],
      [MINIMAL_PLAN.replace("title: Tổ", "title: Tổ {{#if}}"), "template"],
      [MINIMAL_PLAN.replace("title: Tổ", "title: Tổ {{vars.x}}"), "render"],
      [MINIMAL_PLAN.replace("number: 3", "number: 0"), "nd30"],
      [MINIMAL_PLAN, undefined],
    ];
    for (const [text, failure] of cases) {
      const f = text === undefined ? path.join(tempDir(), "missing.yaml") : file(text);
      const result = await validateFile(f, { templates });
      expect(result.failure, String(text).slice(0, 40)).toBe(failure);
      for (const d of result.diagnostics) expect(d.file).toBe(f);
    }
  });

  it("fails on warnings only with strict", async () => {
    const f = file(MINIMAL_PLAN.replace("date: 2026-01-09", "date: 2099-01-09"));
    expect((await validateFile(f, { templates })).failure).toBeUndefined();
    expect((await validateFile(f, { templates, strict: true })).failure).toBe("nd30");
  });
});
