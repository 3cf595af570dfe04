import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseWhere } from "../../src/batch/filter-units.js";
import { runBatch } from "../../src/batch/run-batch.js";
import { checkDocx } from "../../src/check/check-docx.js";
import { dumpDocx } from "../helpers/build.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("batch: the Lạng Sơn example against the ND30 check", () => {
  it("gives 65 documents in which no rule fails (`kehoach check`), signers from the list", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "kh-batch-nd30-"));
    await runBatch({
      planFile: path.join(ROOT, "examples/batch-lang-son/plan.yaml"),
      unitsFile: path.join(ROOT, "examples/batch-lang-son/units.csv"),
      outDir: out,
      cwd: ROOT,
      jobs: 1,
      where: [parseWhere("province_name=Lạng Sơn")],
    });
    const files = readdirSync(out).filter((f) => f.endsWith(".docx"));
    expect(files).toHaveLength(65);
    for (const file of files) {
      const report = checkDocx(readFileSync(path.join(out, file)), { file });
      const failed = report.results.filter((r) => r.status === "FAIL").map((r) => `${r.id} (${r.level})`);
      expect(failed, file).toEqual([]);
      expect(report.ok, file).toBe(true);
    }
    // units.csv gives Na Dương's signer (column signer_name); the others keep the plan's dotted line.
    expect(dumpDocx(readFileSync(path.join(out, "06526-xa-na-duong.docx")))).toContain("**Lê Văn Hưởng**");
    expect(dumpDocx(readFileSync(path.join(out, "06040-xa-that-khe.docx")))).toContain("**…………………………**");
  });
});
