import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { dumpDocx, MINIMAL_PLAN } from "../helpers/build.js";
import { fakeSoffice } from "../helpers/fake-soffice.js";
import { BIN, cliEnv } from "../helpers/run-cli.js";

let fake: Awaited<ReturnType<typeof fakeSoffice>>;
beforeAll(async () => {
  fake = await fakeSoffice();
});

/** The watch process, with a way to wait for the next stderr line matching a pattern. */
function startWatch(dir: string, args: string[]) {
  const child = spawn(process.execPath, [BIN, "--lang", "en", "build", "plan.yaml", "--watch", ...args], {
    cwd: dir,
    env: cliEnv({ KEHOACH_SOFFICE: fake.file }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  createInterface({ input: child.stderr! }).on("line", (line) => {
    lines.push(line);
    const i = waiters.findIndex((w) => w.pattern.test(line));
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(line);
  });
  const next = (pattern: RegExp) => new Promise<string>((resolve) => waiters.push({ pattern, resolve }));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, lines, next, exited };
}

let running: ReturnType<typeof startWatch> | undefined;
afterEach(() => running?.child.kill("SIGKILL"));

/** Saves the way editors do: a new file renamed over the old one. */
function save(file: string, text: string): void {
  writeFileSync(`${file}.swp`, text);
  renameSync(`${file}.swp`, file);
}

describe("kehoach build --watch", () => {
  it("rebuilds on a save, keeps the last good output on an invalid save, stops on Ctrl-C", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-watch-"));
    const plan = path.join(dir, "plan.yaml");
    writeFileSync(plan, MINIMAL_PLAN);
    const w = (running = startWatch(dir, ["-o", "plan.docx", "--pdf"]));
    const first = w.next(/✔ plan\.yaml/);
    await w.next(/^watching 1 plan\(s\); Ctrl-C to stop$/);
    expect(await first).toMatch(/^\[\d\d:\d\d:\d\d\] ✔ plan\.yaml → plan\.docx, plan\.pdf \(\d+\.\d s\)$/);
    const pdfBefore = readFileSync(path.join(dir, "plan.pdf"));

    const rebuilt = w.next(/✔ plan\.yaml → plan\.docx, plan\.pdf/);
    save(plan, MINIMAL_PLAN.replace("thể thao năm 2026", "thể thao năm 2027"));
    await rebuilt;
    expect(dumpDocx(readFileSync(path.join(dir, "plan.docx")))).toContain("thể thao năm 2027");
    const pdfAfter = readFileSync(path.join(dir, "plan.pdf"));
    expect(pdfAfter.equals(pdfBefore)).toBe(false);

    const failed = w.next(/✘ plan\.yaml \(\d+\.\d s\): failed, the previous output is kept$/);
    save(plan, `${MINIMAL_PLAN}\nsigner: [unclosed\n`);
    await failed;
    expect(w.lines.some((l) => /plan\.yaml:\d+:\d+\s+error\s+yaml/.test(l))).toBe(true);
    expect(dumpDocx(readFileSync(path.join(dir, "plan.docx")))).toContain("thể thao năm 2027");
    expect(readFileSync(path.join(dir, "plan.pdf")).equals(pdfAfter)).toBe(true);

    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
  }, 60_000);

  it("rebuilds when a template in a --templates folder is saved", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-watch-tpl-"));
    writeFileSync(path.join(dir, "plan.yaml"), MINIMAL_PLAN);
    const override = path.join(dir, "mau", "commune");
    mkdirSync(override, { recursive: true });
    const closing = path.join(override, "closing.hbs");
    writeFileSync(closing, "Trên đây là kế hoạch của xã./.\n");
    const w = (running = startWatch(dir, ["--templates", "mau"]));
    const first = w.next(/✔ plan\.yaml → plan\.docx/);
    await w.next(/^watching 1 plan\(s\) and 1 template folder\(s\); Ctrl-C to stop$/);
    await first;
    expect(dumpDocx(readFileSync(path.join(dir, "plan.docx")))).toContain("Trên đây là kế hoạch của xã./.");
    const rebuilt = w.next(/✔ plan\.yaml → plan\.docx/);
    save(closing, "Trên đây là kế hoạch thử nghiệm của xã./.\n");
    await rebuilt;
    expect(dumpDocx(readFileSync(path.join(dir, "plan.docx")))).toContain("Trên đây là kế hoạch thử nghiệm của xã./.");
    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
  }, 60_000);
});
