import { execFileSync } from "node:child_process";
import { linkSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { expectHandled, runMeasured } from "../helpers/hostile.js";
import { runMain, tempDir } from "../helpers/main-io.js";

/**
 * Issue 11, `-o`: only regular files are written; whatever else is at the path stays as it
 * was; an existing file keeps its permissions; temporary names fit any legal file name.
 */
function planDir(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN);
  return dir;
}

const isDocx = (file: string): boolean => readFileSync(file).subarray(0, 2).toString("latin1") === "PK";

describe("-o refuses what is not a regular file", () => {
  it("a FIFO: exit 7, still a FIFO, no temp file left", () => {
    const dir = planDir();
    execFileSync("mkfifo", [path.join(dir, "out.docx")]);
    expectHandled(runMeasured(["build", "plan.yaml", "-o", "out.docx"], { cwd: dir }), 7, "out.docx  lỗi  io-not-regular  đây là ống dẫn có tên (FIFO), không phải tệp thường");
    expect(lstatSync(path.join(dir, "out.docx")).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["out.docx", "plan.yaml"]);
  });

  it("/dev/null and a link to it: exit 7, the device untouched", () => {
    const dir = planDir();
    symlinkSync("/dev/null", path.join(dir, "null.docx"));
    for (const target of ["/dev/null", "null.docx"]) {
      expectHandled(runMeasured(["build", "plan.yaml", "-o", target], { cwd: dir }), 7, "io-not-regular  đây là thiết bị (như /dev/zero), không phải tệp thường");
    }
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(lstatSync(path.join(dir, "null.docx")).isSymbolicLink()).toBe(true);
  });

  it("a link to /proc/self/fd/1 (the output pipe): exit 7, the link kept, nothing on stdout", () => {
    const dir = planDir();
    symlinkSync("/proc/self/fd/1", path.join(dir, "stdout.docx"));
    const run = runMeasured(["build", "plan.yaml", "-o", "stdout.docx"], { cwd: dir });
    expectHandled(run, 7, "io-not-regular");
    expect(run.stdout).toBe("");
    expect(readlinkSync(path.join(dir, "stdout.docx"))).toBe("/proc/self/fd/1");
  });
});

describe("-o over an existing file", () => {
  it("a 0600 file stays 0600, and the user is told", async () => {
    const dir = planDir();
    const out = path.join(dir, "mat.docx");
    writeFileSync(out, "cũ", { mode: 0o600 });
    const run = await runMain(["build", "plan.yaml", "-o", "mat.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(isDocx(out)).toBe(true);
    expect(run.stderr).toContain("output-mode-kept  đã thay tệp cũ, giữ nguyên quyền truy cập 0600");
  });

  it("a hard-linked file: this name gets the new document, the other keeps the old one, and the user is told", async () => {
    const dir = planDir();
    const out = path.join(dir, "out.docx");
    writeFileSync(out, "cũ");
    linkSync(out, path.join(dir, "other.docx"));
    const run = await runMain(["build", "plan.yaml", "-o", "out.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(isDocx(out)).toBe(true);
    expect(readFileSync(path.join(dir, "other.docx"), "utf8")).toBe("cũ");
    expect(run.stderr).toContain("output-hard-link  tệp cũ có 2 tên (liên kết cứng); chỉ tên này nhận bản mới");
  });

  it("a symbolic link to a file: the file it points to gets the document, the link stays a link", async () => {
    const dir = planDir();
    writeFileSync(path.join(dir, "real.docx"), "cũ");
    symlinkSync("real.docx", path.join(dir, "link.docx"));
    const run = await runMain(["build", "plan.yaml", "-o", "link.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lstatSync(path.join(dir, "link.docx")).isSymbolicLink()).toBe(true);
    expect(isDocx(path.join(dir, "real.docx"))).toBe(true);
  });
});

describe("temporary names fit within NAME_MAX", () => {
  it.each([240, 255])("a legal %i-byte file name is written", async (length) => {
    const dir = planDir();
    const name = `${"k".repeat(length - 5)}.docx`;
    const run = await runMain(["build", "plan.yaml", "-o", name], { cwd: dir });
    expect(run.stderr).toBe(`✔ plan.yaml → ${name}\n`);
    expect(run.code).toBe(0);
    expect(isDocx(path.join(dir, name))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([name, "plan.yaml"].sort());
  });
});
