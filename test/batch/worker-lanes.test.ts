import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseWhere } from "../../src/batch/filter-units.js";
import type { Manifest } from "../../src/batch/manifest.js";
import { runBatch, workerFile, type BatchOptions, type BatchResult } from "../../src/batch/run-batch.js";
import { MINIMAL_PLAN } from "../helpers/build.js";

/**
 * Worker threads through the library API: runBatch starts dist/batch/worker.js (built by the
 * test setup), and every thread takes units from the shared board by itself.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PLAN = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
const COMMUNES = path.join(ROOT, "data/communes-2025.csv");
const tmp = () => mkdtempSync(path.join(tmpdir(), "kh-lanes-"));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
const docx = (dir: string): Map<string, string> =>
  new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".docx"))
      .sort()
      .map((f) => [f, sha(readFileSync(path.join(dir, f)))]),
  );

describe("the worker thread's entry", () => {
  it("is the bundled one (one file to load, not ~300 modules) when the build made it", () => {
    expect(path.relative(ROOT, workerFile()).split(path.sep).join("/")).toBe("dist/bundle/worker.js");
  });
});

describe("batch with worker threads: every unit once, the bytes of one thread", () => {
  const langSon = (options: Partial<BatchOptions> & { outDir: string }): Promise<BatchResult> =>
    runBatch({ planFile: PLAN, unitsFile: COMMUNES, cwd: ROOT, where: [parseWhere("province_name=Lạng Sơn")], ...options });
  const single = tmp();
  beforeAll(async () => {
    await langSon({ outDir: single, jobs: 1 });
  });

  it.each([
    ["this thread and two workers", { jobs: 3 }],
    ["two workers, this thread only collecting", { jobs: 2, renderInMainThread: false }],
  ])("%s", async (_name, threads) => {
    const out = tmp();
    const seen: number[] = [];
    const result = await langSon({ outDir: out, ...threads, onUnit: (unit, _o, done) => seen.push(unit.index) && expect(done).toBe(seen.length) });
    expect(result.threads).toBe(threads.jobs);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 65 }, (_, i) => i));
    expect(result.outcomes.every((o) => o?.status === "written")).toBe(true);
    expect(docx(out)).toEqual(docx(single));
    const manifest = manifestOf(out);
    expect([manifest.state, manifest.written]).toEqual(["complete", 65]);
    expect(manifest.outputs.map((o) => o.sha256)).toEqual(manifestOf(single).outputs.map((o) => o.sha256));
  });
});

describe("batch with worker threads: --fail-fast", () => {
  it("stops every thread after the first failure; what was not taken is skipped, never written", async () => {
    const dir = tmp();
    const plan = path.join(dir, "plan.yaml");
    writeFileSync(plan, MINIMAL_PLAN.replace("name: Nguyễn Văn An", 'name: "{{unit.signer}}"').replace("Ủy ban nhân dân xã Thất Khê", "Ủy ban nhân dân xã {{unit.name}}"));
    // 80 units, the 4th without a signer: it fails.
    const rows = Array.from({ length: 80 }, (_, i) => `- {code: "${String(i + 1).padStart(2, "0")}", name: Đơn vị ${i + 1}${i === 3 ? "" : ", signer: Nguyễn Văn A"}}`);
    const list = path.join(dir, "units.yaml");
    writeFileSync(list, `${rows.join("\n")}\n`);
    const out = path.join(dir, "out");
    const result = await runBatch({ planFile: plan, unitsFile: list, outDir: out, cwd: dir, jobs: 2, renderInMainThread: false, failFast: true });
    expect(result.stopped).toBe(true);
    expect(result.outcomes[3]).toMatchObject({ status: "failed", error: { code: "template-missing-value" } });
    const manifest = manifestOf(out);
    expect(manifest.state).toBe("stopped");
    const skipped = manifest.outputs.filter((o) => o.status === "skipped");
    expect(skipped.length).toBeGreaterThan(40);
    for (const o of manifest.outputs) expect(existsSync(path.join(out, o.file!)), o.file!).toBe(o.status === "written");
  });
});
