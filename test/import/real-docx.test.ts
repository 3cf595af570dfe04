import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { prepareYaml, renderYaml } from "../helpers/build.js";
import { runMain, tempDir } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";
import { docxBodyText, wordSimilarity } from "../helpers/word-similarity.js";

/**
 * Four Kế hoạch typed in Microsoft Word by a commune Mặt trận committee and a Sở (public
 * documents, test/fixtures/real-docx/README.md): import succeeds, the plan rebuilds into a
 * DOCX that passes check, and the rebuilt document keeps at least 98 % of the words in order.
 * Content that breaks an ND30 content rule is kept as written with the rule downgraded in the
 * plan's `rules:` (the two Mặt trận plans file their copy as "Lưu: MTTQ", without VT).
 */
const REAL = path.join(ROOT, "test/fixtures/real-docx");
const DOCS = [
  "mttq-luong-minh-kh-hiep-thuong-2025",
  "mttq-luong-minh-kh-tiep-cong-dan-2025",
  "sct-lao-cai-kh-3024-2026",
  "sct-lao-cai-kh-3898-2026",
];

describe("real Word plans", () => {
  for (const name of DOCS) {
    it(`${name}: imports, rebuilds ND30-clean, keeps ≥ 98 % of the words in order`, async () => {
      const dir = tempDir("kh-import-real-");
      const out = path.join(dir, `${name}.yaml`);
      const run = await runMain(["import", path.join(REAL, `${name}.docx`), "-o", out, "--lang", "en"]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`→ ${path.relative(process.cwd(), out)}`);
      const yaml = readFileSync(out, "utf8");
      // Every paragraph found a place in the plan (none only copied as a comment).
      expect(run.stderr).not.toContain("found no place in the plan");
      // no note ends with a bare colon (an empty hint)
      expect(run.stderr.split("\n").filter((l) => /:\s*$/.test(l) && !/^\s*$/.test(l))).toEqual([]);
      const rebuilt = await renderYaml(yaml, { sourceDateEpoch: "0" });
      expect(rebuilt.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      // check honours the plan's own rule levels, as build --check does (a "Lưu: MTTQ" kept as written).
      const report = checkDocx(rebuilt.bytes, { levels: prepareYaml(yaml).plan.rules ?? {} });
      expect(report.results.filter((r) => r.level === "E" && r.status === "FAIL").map((r) => r.id)).toEqual([]);
      const similarity = wordSimilarity(docxBodyText(readFileSync(path.join(REAL, `${name}.docx`))), docxBodyText(rebuilt.bytes));
      console.log(`word-order similarity ${name}: ${similarity.toFixed(4)}`);
      expect(similarity).toBeGreaterThanOrEqual(0.98);
      if (name.startsWith("mttq")) {
        expect(yaml).toMatch(/^archive: "?Lưu: MTTQ\.?"?$/m);
        // A Mặt trận committee is no UBND: its header lines are kept as written.
        expect(yaml).toMatch(/^tier: organization$/m);
        expect(yaml).toMatch(/^  header:\n    - BAN THƯỜNG TRỰC$/m);
        expect(yaml).toMatch(/^rules:\n(  #.*\n)*  ND30-luu: warning$/m);
        // the comment at the archive line says where the rule went, not just "see rules:"
        expect(yaml).toContain("trái ND30-luu; đã hạ xuống cảnh báo ở rules cuối tệp");
      }
    });
  }
});
