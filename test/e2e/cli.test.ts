import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const tmp = () => mkdtempSync(path.join(tmpdir(), "kh-e2e-"));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function writePlan(dir: string, name = "plan.yaml", text = MINIMAL_PLAN): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("kehoach build (real CLI)", () => {
  it("writes plan.docx beside plan.yaml and says so on stderr, nothing on stdout", () => {
    const dir = tmp();
    writePlan(dir);
    const run = runCli(["build", "plan.yaml"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toBe("✔ plan.yaml → plan.docx\n");
    expect(readFileSync(path.join(dir, "plan.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("writes the DOCX to stdout with -o -", () => {
    const dir = tmp();
    writePlan(dir);
    const run = runCli(["build", "plan.yaml", "-o", "-"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
    expect(existsSync(path.join(dir, "plan.docx"))).toBe(false);
  });

  it("builds several plans into a folder given with -o", () => {
    const dir = tmp();
    writePlan(dir, "a.yaml");
    writePlan(dir, "b.yaml", MINIMAL_PLAN.replace("Thất Khê", "Na Dương"));
    const run = runCli(["build", "a.yaml", "b.yaml", "-o", "out"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, "out", "a.docx"))).toBe(true);
    expect(existsSync(path.join(dir, "out", "b.docx"))).toBe(true);
  });

  it("is byte-for-byte reproducible across time zones and with SOURCE_DATE_EPOCH", () => {
    const dir = tmp();
    writePlan(dir);
    const a = runCli(["build", "plan.yaml", "-o", "-"], { cwd: dir, env: { TZ: "UTC" } });
    const b = runCli(["build", "plan.yaml", "-o", "-"], { cwd: dir, env: { TZ: "Asia/Ho_Chi_Minh" } });
    const c = runCli(["build", "plan.yaml", "-o", "-"], { cwd: dir, env: { TZ: "America/New_York", SOURCE_DATE_EPOCH: "1767225600" } });
    const d = runCli(["build", "plan.yaml", "-o", "-"], { cwd: dir, env: { TZ: "Pacific/Kiritimati", SOURCE_DATE_EPOCH: "1767225600" } });
    expect(sha(a.stdout)).toBe(sha(b.stdout));
    expect(sha(c.stdout)).toBe(sha(d.stdout));
    expect(sha(c.stdout)).not.toBe(sha(a.stdout));
  });

  it("stops on a YAML error with file:line:col, caret and hint, exit 3, and leaves the old output alone", () => {
    const dir = tmp();
    writePlan(dir, "plan.yaml", MINIMAL_PLAN.replace("title: Tổ chức các hoạt động văn hóa, thể thao năm 2026", "title: Kế hoạch: năm 2026"));
    const previous = path.join(dir, "plan.docx");
    writeFileSync(previous, "bản cũ");
    const before = statSync(previous).mtimeMs;
    const run = runCli(["build", "plan.yaml"], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("plan.yaml:6:8  lỗi  yaml-block-as-implicit-key");
    expect(run.stderr).toContain("6 | title: Kế hoạch: năm 2026\n           ^");
    expect(run.stderr).toContain("gợi ý: giá trị có chứa dấu hai chấm");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(previous, "utf8")).toBe("bản cũ");
    expect(statSync(previous).mtimeMs).toBe(before);
  });

  it("stops on a schema error with exit 4 and no output file", () => {
    const dir = tmp();
    writePlan(dir, "plan.yaml", MINIMAL_PLAN.replace("tier: commune", "tier: ubnd"));
    const run = runCli(["build", "plan.yaml"], { cwd: dir });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("plan.yaml:1:7  lỗi  schema-invalid-value  giá trị không hợp lệ; chỉ nhận: province, department, commune, district");
    expect(existsSync(path.join(dir, "plan.docx"))).toBe(false);
  });

  it("speaks English with --lang en or LANG=en_US", () => {
    const dir = tmp();
    const a = runCli(["--lang", "en", "build", "missing.yaml"], { cwd: dir });
    const b = runCli(["build", "missing.yaml"], { cwd: dir, env: { LANG: "en_US.UTF-8" } });
    expect(a.code).toBe(7);
    expect(a.stderr).toBe("missing.yaml  error  io-read  file not found\n");
    expect(b.stderr).toBe(a.stderr);
  });

  it("reports usage errors in Vietnamese with exit 2, and help/version with exit 0", () => {
    const usage = runCli(["biuld", "x.yaml"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("lệnh không hợp lệ: biuld");
    expect(usage.stderr).toContain("có phải ý bạn là build?");
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout.toString()).toContain("Cách dùng: kehoach [tùy chọn] [lệnh]");
    const version = runCli(["--version"]);
    expect(version.stdout.toString().trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
  });

  it("lists which template file wins, with an override folder first", () => {
    const dir = tmp();
    const override = path.join(dir, "mau", "commune");
    mkdirSync(override, { recursive: true });
    writeFileSync(path.join(override, "closing.hbs"), "Trên đây là kế hoạch./.\n");
    const run = runCli(["templates", "--tier", "commune", "--templates", "mau"], { cwd: dir });
    expect(run.code).toBe(0);
    const out = run.stdout.toString();
    expect(out).toMatch(/closing\s+ghi đè\s+mau\/commune\/closing\.hbs/);
    expect(out).toMatch(/signer-title\s+có sẵn\s+.*templates\/common\/signer-title\.hbs/);
    expect(out).toMatch(/> ubnd-header\s+có sẵn/);
  });
});
