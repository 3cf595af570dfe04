import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseWhere } from "../../src/batch/filter-units.js";
import type { Manifest } from "../../src/batch/manifest.js";
import { runBatch, type BatchOptions } from "../../src/batch/run-batch.js";
import { writeOutputAtomicSync } from "../../src/pack/write-output.js";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { expectHandled, runMeasured } from "../helpers/hostile.js";
import { tempDir } from "../helpers/main-io.js";
import { BIN, ROOT, runCli } from "../helpers/run-cli.js";

/**
 * Issue 11, batch state: manifest.json never describes a file it does not match, whenever the
 * run is killed; a resumed run removes the temporary files the killed one left; one unit's
 * failure never stops the others; a full or read-only disk ends the run cleanly with its true
 * cause. A real full disk is not available here: those cases inject a writer that fails with
 * ENOSPC/EROFS through the library API (BatchOptions.writeOutput).
 */
const PLAN = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
const COMMUNES = path.join(ROOT, "data/communes-2025.csv");
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
const run = (options: Partial<BatchOptions> & { outDir: string }) =>
  runBatch({ planFile: PLAN, unitsFile: COMMUNES, cwd: ROOT, jobs: 1, where: [parseWhere("province_name=Lạng Sơn")], ...options });

/** Every file the manifest lists with a sha256 has exactly those bytes on disk. */
function expectManifestTrue(dir: string): Manifest {
  const m = manifestOf(dir);
  for (const o of m.outputs) {
    if (o.sha256 === null) continue;
    expect(sha(readFileSync(path.join(dir, path.basename(o.file!)))), o.file!).toBe(o.sha256);
  }
  return m;
}

const failing = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** A writer that writes `ok` documents (and the manifest until then), then fails every write with `code`, as a filling disk would. */
function diskThatFills(ok: number, code: string) {
  let documents = 0;
  return (file: string, bytes: Uint8Array) => {
    if (documents >= ok) throw failing(code);
    if (file.endsWith(".docx")) documents++;
    return writeOutputAtomicSync(file, bytes);
  };
}

describe("one unit's failure never stops the others", () => {
  it("a CSV cell 1e999 used by {{roman unit.so}}: that unit fails, located; the others are written; no temp file", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN.replace("      - Tổ chức tốt các hoạt động.\n", "      - Đợt {{roman unit.so}} tại {{unit.name}}.\n"));
    writeFileSync(path.join(dir, "units.csv"), "code,name,so\n001,Một,3\n002,Hai,1e999\n003,Ba,1e300\n004,Bốn,4\n");
    const outDir = path.join(dir, "out");
    const result = await runBatch({ planFile: path.join(dir, "plan.yaml"), unitsFile: path.join(dir, "units.csv"), outDir, cwd: dir, jobs: 1 });
    expect(result.outcomes.map((o) => o?.status)).toEqual(["written", "failed", "failed", "written"]);
    expect(result.outcomes[1]!.errorDiagnostics[0]).toMatchObject({ code: "template-helper-value", message: { vi: expect.stringContaining('"unit.so" không phải số nguyên') } });
    expect(result.outcomes[2]!.errorDiagnostics[0]).toMatchObject({ code: "template-helper-value", message: { vi: "{{roman}} cần một số nguyên từ 1 đến 3999, nhận được 1e300" } });
    expect(readdirSync(outDir).sort()).toEqual(["001-mot.docx", "004-bon.docx", "manifest.json"]);
    expect(expectManifestTrue(outDir)).toMatchObject({ state: "complete", written: 2, failed: 2, pending: 0 });
  });

  it("a unit list cell with U+FFFF: that unit fails naming the character, its line and column; the others are written", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN.replace("      - Tổ chức tốt các hoạt động.\n", "      - Tại {{unit.name}}.\n"));
    writeFileSync(path.join(dir, "units.csv"), "code,name\n001,Một\n002,Hai\uFFFF\n003,Ba\n");
    const outDir = path.join(dir, "out");
    const result = await runBatch({ planFile: path.join(dir, "plan.yaml"), unitsFile: path.join(dir, "units.csv"), outDir, cwd: dir, jobs: 1 });
    expect(result.outcomes.map((o) => o?.status)).toEqual(["written", "failed", "written"]);
    expect(result.outcomes[1]!.error!.message.vi).toContain("U+FFFF");
    expect(result.outcomes[1]!.errorDiagnostics[0]).toMatchObject({ file: path.join(dir, "units.csv"), position: { line: 3, column: 8 } });
    expect(readdirSync(outDir).sort()).toEqual(["001-mot.docx", "003-ba.docx", "manifest.json"]);
  });
});

describe("unit lists that are not lists of units", () => {
  it("900,000 short rows (15 MB, under the size limit): exit 8 before parsing, in bounds", () => {
    const dir = tempDir();
    const rows = Array.from({ length: 900_000 }, (_, i) => `${String(i).padStart(6, "0")},Xã ${i}\n`).join("");
    writeFileSync(path.join(dir, "units.csv"), `code,name\n${rows}`);
    writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN);
    expectHandled(runMeasured(["batch", "plan.yaml", "--units", "units.csv", "-o", "out", "--where", "code=000005"], { cwd: dir }), 8, "units-too-many  danh sách đơn vị có hơn 50.000 dòng");
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("a unit list that is a link to /dev/zero: exit 7 at once", () => {
    const dir = tempDir();
    symlinkSync("/dev/zero", path.join(dir, "units.csv"));
    writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN);
    expectHandled(runMeasured(["batch", "plan.yaml", "--units", "units.csv", "-o", "out"], { cwd: dir }), 7, "units.csv  lỗi  io-not-regular  đây là thiết bị (như /dev/zero), không phải tệp thường");
  });
});

describe("a full or read-only disk ends the run cleanly (injected writer)", () => {
  it("ENOSPC after 5 files: stopped, the true cause, units so far kept, the rest skipped, no temp file", async () => {
    const outDir = tempDir();
    const result = await run({ outDir, writeOutput: diskThatFills(5, "ENOSPC") });
    expect(result.stopped).toBe(true);
    expect(result.fatal?.code).toBe("io");
    expect(result.fatal?.diagnostics[0]).toMatchObject({ code: "io-disk-full", message: { vi: "không ghi được tệp kết quả: ổ đĩa đã đầy (ENOSPC)", en: "cannot write the output file: the disk is full (ENOSPC)" } });
    const statuses = result.outcomes.map((o) => o?.status ?? "skipped");
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill("written"));
    expect(statuses.filter((s) => s === "written")).toHaveLength(5);
    expect(statuses.filter((s) => s === "skipped").length).toBeGreaterThan(50);
    // The manifest could not be written either: the last one on disk still tells only the truth.
    expect(expectManifestTrue(outDir).state).toBe("in-progress");
    expect(readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("EROFS from the start: nothing rendered, the true cause (not ENOENT)", async () => {
    const outDir = path.join(tempDir(), "out");
    await expect(run({ outDir, writeOutput: diskThatFills(0, "EROFS") })).rejects.toMatchObject({
      code: "io",
      diagnostics: [{ code: "io-read-only", message: { vi: "không ghi được tệp kết quả: ổ đĩa chỉ cho đọc, không cho ghi (EROFS)" } }],
    });
    expect(existsSync(outDir)).toBe(false);
  });

  it("the CLI with a folder it may not write: the cause, and a JSON report on stdout", () => {
    const r = runCli(["batch", PLAN, "--units", COMMUNES, "--where", "province_name=Lạng Sơn", "-o", "/sys/kehoach-batch", "--json", "--jobs", "1"]);
    expect(r.code).toBe(7);
    expect(r.stderr).toMatch(/không ghi được tệp kết quả: .+ \((EPERM|EACCES|EROFS)\)/);
    expect(JSON.parse(r.stdout.toString("utf8"))).toMatchObject({ state: "failed", errors: [{ code: "io-write" }] });
  });
});

describe("kill -9 in the middle of a batch", () => {
  const children: ReturnType<typeof spawn>[] = [];
  // A test that fails before its kill must not leave a country-wide batch running.
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  });

  /**
   * Starts the CLI batch over the whole country (3,321 units: it cannot end before the first
   * manifest update, a second after it starts) and kills it once the manifest on disk lists
   * `done` finished units.
   */
  async function killAfter(outDir: string, plan: string, done: number): Promise<void> {
    mkdirSync(outDir, { recursive: true });
    const child = spawn(process.execPath, [BIN, "batch", plan, "--units", COMMUNES, "-o", outDir, "--jobs", "1", "--quiet"], { stdio: "ignore" });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      const watcher = watch(outDir, () => {
        try {
          const m = manifestOf(outDir);
          if (m.state === "in-progress" && m.total - m.pending >= done) {
            child.kill("SIGKILL");
            watcher.close();
            resolve();
          }
        } catch {
          // Not there yet, or being renamed into place.
        }
      });
      child.on("exit", () => {
        watcher.close();
        reject(new Error("the batch ended before it could be killed"));
      });
    });
    await new Promise((resolve) => child.on("exit", resolve));
  }

  it("leaves an in-progress manifest that matches every file it lists; the resumed run removes stale temp files and completes", async () => {
    const outDir = path.join(tempDir(), "out");
    await killAfter(outDir, PLAN, 3);
    const killed = expectManifestTrue(outDir);
    expect(killed.state).toBe("in-progress");
    expect(killed.pending).toBeGreaterThan(0);
    // What a kill -9 between write and rename leaves: kehoach's own temp names, of a dead process.
    writeFileSync(path.join(outDir, ".kehoach-4194999-0a1b2c3d.tmp"), "");
    writeFileSync(path.join(outDir, ".06526-xa-na-duong.docx.4194998.k2j3h4.tmp"), "PK");
    writeFileSync(path.join(outDir, "notes.tmp"), "của người dùng");
    const r = runCli(["batch", PLAN, "--units", COMMUNES, "--where", "province_name=Lạng Sơn", "-o", outDir, "--jobs", "1"]);
    expect(r.code).toBe(0);
    // Ours, and those the killed run left (the file it was writing, the old manifest it kept).
    expect(r.stderr).toMatch(/batch-stale-temp  đã xóa \d+ tệp tạm của một lần chạy trước bị dừng giữa chừng/);
    expect(readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual(["notes.tmp"]);
    expect(expectManifestTrue(outDir)).toMatchObject({ state: "complete", total: 65, pending: 0 });
    // The units of the killed run outside Lạng Sơn are left on disk, not deleted: only kehoach's temp files are.
    expect(readdirSync(outDir).filter((f) => f.endsWith(".docx")).length).toBeGreaterThanOrEqual(65);
  });

  it("killed while re-rendering a changed plan: the old manifest no longer describes files that changed", async () => {
    const dir = tempDir();
    const outDir = path.join(dir, "out");
    expect(runCli(["batch", PLAN, "--units", COMMUNES, "--where", "province_name=Lạng Sơn", "-o", outDir, "--jobs", "1", "--quiet"]).code).toBe(0);
    const changed = path.join(dir, "plan.yaml");
    writeFileSync(changed, readFileSync(PLAN, "utf8").replace("năm 2026", "năm 2027"));
    await killAfter(outDir, changed, 2);
    const m = expectManifestTrue(outDir);
    expect(m.state).toBe("in-progress");
    expect(m.plan_sha256).toBe(sha(readFileSync(changed)));
  });
});
