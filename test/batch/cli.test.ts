import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { ROOT, runCli, type CliRun } from "../helpers/run-cli.js";

/**
 * The real CLI from dist/ (built by the test setup), with worker threads: the path vitest
 * cannot take in-process, since Node 20 does not run .ts workers.
 */
const tmp = () => mkdtempSync(path.join(tmpdir(), "kh-batch-cli-"));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const LANG_SON = ["batch", "examples/batch-lang-son/plan.yaml", "--units", "data/communes-2025.csv", "--where", "province_name=Lang Son"];

function docxFiles(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".docx"))
      .sort()
      .map((f) => [f, sha(readFileSync(path.join(dir, f)))]),
  );
}

describe("kehoach batch (real CLI, worker threads)", () => {
  const dir = tmp();
  const out = path.join(dir, "out");
  let first: CliRun;

  beforeAll(() => {
    first = runCli([...LANG_SON, "-o", out, "--jobs", "2"]);
  });

  it("renders the 65 units of Lạng Sơn with two workers, exit 0, a plain summary on stderr", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.length).toBe(0);
    expect(docxFiles(out).size).toBe(65);
    expect(first.stderr).toContain("tiến độ: 65/65 (100%)");
    expect(first.stderr).toMatch(/✔ 65 đơn vị: 65 đã ghi, 0 không đổi, 0 lỗi — [\d.]+ s, \d+ văn bản\/giây, 2 luồng/);
    const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8")) as { total: number; written: number; outputs: { file: string; sha256: string }[] };
    expect([manifest.total, manifest.written]).toEqual([65, 65]);
    const files = docxFiles(out);
    for (const o of manifest.outputs) expect(files.get(o.file)).toBe(o.sha256);
  });

  it("writes the same bytes with workers as in one thread", () => {
    const single = path.join(dir, "single");
    const run = runCli([...LANG_SON, "-o", single, "--jobs", "1", "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^✔ 65 đơn vị: 65 đã ghi/);
    expect(docxFiles(single)).toEqual(docxFiles(out));
  });

  it("rewrites nothing on a rerun and reports it in JSON on stdout", () => {
    const mtimes = [...docxFiles(out).keys()].map((f) => statSync(path.join(out, f)).mtimeMs);
    const run = runCli([...LANG_SON, "-o", out, "--jobs", "2", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout.toString("utf8")) as { total: number; written: number; unchanged: number; failed: number; outputs: { code: string; status: string; file: string }[] };
    expect([report.total, report.written, report.unchanged, report.failed]).toEqual([65, 0, 65, 0]);
    expect(report.outputs.find((o) => o.code === "06526")).toMatchObject({ status: "unchanged", file: path.relative(ROOT, path.join(out, "06526-xa-na-duong.docx")) });
    expect([...docxFiles(out).keys()].map((f) => statSync(path.join(out, f)).mtimeMs)).toEqual(mtimes);
  });

  it("--check fails with exit 8 and names a hand-edited file; passes when all match", () => {
    const clean = runCli([...LANG_SON, "-o", out, "--check", "--quiet"]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).toMatch(/✔ 65 đơn vị: 65 khớp, 0 khác, 0 chưa có, 0 lỗi/);
    const file = path.join(out, "06526-xa-na-duong.docx");
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.concat([bytes, Buffer.from("edited in Word")]));
    const run = runCli([...LANG_SON, "-o", out, "--check"]);
    expect(run.code).toBe(8);
    expect(run.stderr).toContain(`≠ ${path.relative(ROOT, file)} (khác)`);
    expect(run.stderr).toMatch(/✘ 65 đơn vị: 64 khớp, 1 khác, 0 chưa có, 0 lỗi/);
    expect(readFileSync(file).length).toBe(bytes.length + "edited in Word".length);
  });
});

describe("kehoach batch and kehoach build", () => {
  it("write the same bytes for a plan that does not depend on the unit", () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN);
    writeFileSync(path.join(dir, "units.csv"), "code,name,type\n06040,Thất Khê,Xã\n");
    const build = runCli(["build", "plan.yaml", "-o", "-"], { cwd: dir });
    const batch = runCli(["batch", "plan.yaml", "--units", "units.csv", "-o", "out", "--quiet"], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    expect(batch.code, batch.stderr).toBe(0);
    expect(sha(readFileSync(path.join(dir, "out", "06040-xa-that-khe.docx")))).toBe(sha(build.stdout));
  });
});

describe("kehoach batch: errors", () => {
  it("reports a unit whose data breaks the plan with its code and reason, writes the others, exits 8", () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, "units.csv"),
      "code,name,type,province_code,province_name\n06526,Na Dương,Xã,20,Lạng Sơn\n06040,Thất Khê,Xã,20,\n05977,Đông Kinh,Phường,20,Lạng Sơn\n",
    );
    const plan = readFileSync(path.join(ROOT, "examples/batch-lang-son/plan.yaml"), "utf8").replace("{{province unit.province_name}} về", "{{unit.province_name}}{{#unless unit.province_name}}{{unit.no_such_column}}{{/unless}} về");
    writeFileSync(path.join(dir, "plan.yaml"), plan);
    const run = runCli(["batch", "plan.yaml", "--units", "units.csv", "-o", "out", "--jobs", "2", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(8);
    expect(run.stderr).toContain("✘ 06040 Xã Thất Khê: the template uses \"no_such_column\", which has no value");
    expect(run.stderr).toMatch(/plan\.yaml:\d+:\d+ {2}error {2}template-missing-value/);
    expect(run.stderr).toMatch(/✘ 3 units: 2 written, 0 unchanged, 1 failed/);
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual(["05977-phuong-dong-kinh.docx", "06526-xa-na-duong.docx", "manifest.json"]);
  });

  it("refuses bad options with exit 2 and a message", () => {
    const shard = runCli([...LANG_SON, "-o", tmp(), "--shard", "5/4"]);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--shard cần dạng i/n với 1 ≤ i ≤ n, nhận được "5/4"');
    const where = runCli(["batch", "examples/batch-lang-son/plan.yaml", "--units", "data/communes-2025.csv", "--where", "tinh=Lạng Sơn", "-o", tmp()]);
    expect(where.code).toBe(2);
    expect(where.stderr).toContain('danh sách đơn vị không có cột "tinh"');
    const jobs = runCli([...LANG_SON, "-o", tmp(), "--jobs", "0"]);
    expect(jobs.code).toBe(2);
    const missing = runCli(["batch", "examples/batch-lang-son/plan.yaml", "-o", tmp()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--units");
  });

  it("exits with the plan's own error code when the plan is broken (nothing rendered)", () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "plan.yaml"), "tier: commune\nissuer: {name: A}\ndate: 2026-13\n");
    writeFileSync(path.join(dir, "u.csv"), "code,name\n1,A\n");
    const run = runCli(["batch", "plan.yaml", "--units", "u.csv", "-o", "out"], { cwd: dir });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("plan.yaml:");
    expect(readdirSync(dir).sort()).toEqual(["plan.yaml", "u.csv"]);
  });
});
