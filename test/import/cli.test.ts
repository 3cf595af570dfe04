import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, tempDir } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";

/** `kehoach import` on the command line: where the YAML goes, what is never overwritten, the report, bad input. */
const SOURCE = path.join(ROOT, "test/fixtures/real-docx/sct-lao-cai-kh-3898-2026.docx");

function copyIn(dir: string, name = "kh.docx"): string {
  const file = path.join(dir, name);
  writeFileSync(file, readFileSync(SOURCE));
  return file;
}

describe("kehoach import (CLI)", () => {
  it("writes the plan beside the document, with the schema modeline, and reports what it recognised", async () => {
    const dir = tempDir("kh-import-cli-");
    copyIn(dir);
    const run = await runMain(["import", "kh.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const yaml = readFileSync(path.join(dir, "kh.yaml"), "utf8");
    expect(yaml.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=.*data\/plan\.schema\.json$/);
    expect(yaml).toContain("tier: department");
    expect(yaml).not.toMatch(/[ \t]$/m);
    expect(yaml).toBe(yaml.normalize("NFC"));
    expect(run.stderr).toContain("✔ kh.docx → kh.yaml");
    expect(run.stderr).toContain("✓ người ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / ");
  });

  it("never overwrites an existing file without --force, and does with it", async () => {
    const dir = tempDir("kh-import-cli-");
    copyIn(dir);
    writeFileSync(path.join(dir, "kh.yaml"), "mine\n");
    const refused = await runMain(["import", "kh.docx", "--lang", "en"], { cwd: dir });
    expect(refused.code).toBe(7);
    expect(refused.stderr).toContain("kh.yaml already exists; not overwritten");
    expect(readFileSync(path.join(dir, "kh.yaml"), "utf8")).toBe("mine\n");
    const forced = await runMain(["import", "kh.docx", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, "kh.yaml"), "utf8")).toContain("tier: department");
  });

  it("-o - prints the YAML on stdout and --format json puts the report on stderr", async () => {
    const dir = tempDir("kh-import-cli-");
    copyIn(dir);
    const run = await runMain(["import", "kh.docx", "-o", "-", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("title: |-\n  Huấn luyện, kiểm tra, cấp Giấy chứng nhận");
    const report = JSON.parse(run.stderr) as { files: { file: string; output: string; ok: boolean; recognised: { path: string }[]; guessed: { path: string }[] }[] };
    expect(report.files[0]).toMatchObject({ file: "kh.docx", output: "-", ok: true });
    expect(report.files[0]!.recognised.map((r) => r.path)).toEqual(expect.arrayContaining(["tier", "title", "basis", "sections", "closing", "recipients", "signer"]));
    expect(report.files[0]!.guessed.map((r) => r.path)).toContain("appendices.0.label");
    expect(existsSync(path.join(dir, "kh.yaml"))).toBe(false);
  });

  it("imports several documents, each beside itself", async () => {
    const dir = tempDir("kh-import-cli-");
    copyIn(dir, "a.docx");
    copyIn(dir, "b.docx");
    const run = await runMain(["import", "a.docx", "b.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, "a.yaml"), "utf8")).toBe(readFileSync(path.join(dir, "b.yaml"), "utf8").replace("b.docx", "a.docx"));
  });

  it("refuses -o with several documents (usage, exit 2)", async () => {
    const dir = tempDir("kh-import-cli-");
    const run = await runMain(["import", "a.docx", "b.docx", "-o", "x.yaml", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("-o takes a single input document");
  });

  it("reports garbage and missing files with exit 7 and writes nothing", async () => {
    const dir = tempDir("kh-import-cli-");
    writeFileSync(path.join(dir, "junk.docx"), "not a zip at all");
    const junk = await runMain(["import", "junk.docx", "--lang", "en"], { cwd: dir });
    expect(junk.code).toBe(7);
    expect(junk.stderr).toContain("junk.docx  error  docx-not-zip  not a DOCX file");
    expect(existsSync(path.join(dir, "junk.yaml"))).toBe(false);
    const missing = await runMain(["import", "none.docx", "--lang", "en"], { cwd: dir });
    expect(missing.code).toBe(7);
    expect(missing.stderr).toContain("none.docx  error  io-read");
  });

  it("names the package to install when a .doc needs LibreOffice and soffice is missing", async () => {
    const dir = tempDir("kh-import-cli-");
    writeFileSync(path.join(dir, "old.doc"), "whatever");
    const run = await runMain(["import", "old.doc"], { cwd: dir, env: { PATH: path.join(dir, "no-such-bin") } });
    expect(run.code).toBe(7);
    expect(run.stderr).toContain("import-needs-libreoffice");
    expect(run.stderr).toContain("libreoffice-writer-nogui");
    expect(existsSync(path.join(dir, "old.yaml"))).toBe(false);
  });
});
