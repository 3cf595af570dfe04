import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { importDocx } from "../../src/import/import-docx.js";
import { lintPlan } from "../../src/lint/lint-plan.js";
import { resolvePrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { prepareYaml, renderYaml } from "../helpers/build.js";
import { EXAMPLES } from "../helpers/examples.js";
import { docxBodyText } from "../helpers/word-similarity.js";
import { FULL_PLAN } from "../check/bases.js";

/**
 * build → import → build: the plan kehoach reads back from its own DOCX prints the same words
 * in the same order, passes check, and validates without an error.
 */
const words = (text: string): string[] => text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
const PLANS = [...EXAMPLES.map((e) => ({ name: e.name, plan: e.plan })), { name: "full-plan (check fixture)", plan: FULL_PLAN }];

describe("round trip of the examples", () => {
  for (const { name, plan } of PLANS) {
    it(`${name}: same words, passes check, validates clean`, async () => {
      const first = await renderYaml(readFileSync(plan, "utf8"), { sourceDateEpoch: "0" });
      const imported = importDocx(first.bytes, { file: `${name}.docx` });
      const prepared = prepareYaml(imported.yaml);
      const resolved = resolvePrepared(prepared, { templates: diskTemplates() });
      const lint = lintPlan(prepared, resolved);
      expect(lint.filter((d) => d.severity === "error").map((d) => d.code)).toEqual([]);
      const originalLint = new Set(first.diagnostics.map((d) => d.code));
      expect(lint.map((d) => d.code).filter((c) => !originalLint.has(c))).toEqual([]);
      const second = await renderYaml(imported.yaml, { sourceDateEpoch: "0" });
      expect(words(docxBodyText(second.bytes))).toEqual(words(docxBodyText(first.bytes)));
      expect(checkDocx(second.bytes).ok).toBe(true);
      // Nothing was kept as plain text or guessed for a document kehoach wrote itself.
      expect(imported.notes.filter((n) => n.kind === "text").map((n) => n.message.en)).toEqual([]);
    });
  }
});
