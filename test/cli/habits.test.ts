import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { colorLevel, createContext, type CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { remainingText } from "../../src/cli/commands/batch-run.js";
import { runMain, tempDir } from "../helpers/main-io.js";
import { BIN, ROOT } from "../helpers/run-cli.js";

/** The command-line habits people expect from a Unix tool (issue 14), each checked on the real behaviour. */

const EXAMPLE = path.join(ROOT, "examples", "xa-na-duong-2026.yaml");

async function runWith(argv: string[], extra: Partial<CliIo>, cwd = ROOT): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  const out: Buffer[] = [];
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c)) },
    stderr: { write: (c: string) => (stderr += c) },
    env: { LANG: "C.UTF-8", NO_COLOR: "1", SOURCE_DATE_EPOCH: "0" },
    cwd,
    isTTY: false,
    ...extra,
  };
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out), stderr };
}

describe("output paths", () => {
  it("-o newdir/ (trailing slash) creates the folder and writes plan.docx inside", async () => {
    const dir = tempDir();
    const r = await runMain(["build", EXAMPLE, "-o", "moi/"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "0" } });
    expect(r.code).toBe(0);
    expect(statSync(path.join(dir, "moi")).isDirectory()).toBe(true);
    expect(readFileSync(path.join(dir, "moi", "xa-na-duong-2026.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("-o existing-folder with one plan writes inside it (no EISDIR)", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "out"));
    const r = await runMain(["build", EXAMPLE, "-o", "out"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "0" } });
    expect(r.stderr).not.toMatch(/EISDIR/);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, "out", "xa-na-duong-2026.docx"))).toBe(true);
  });

  it("-o - on a terminal refuses to print the binary DOCX, and says how to redirect", async () => {
    const r = await runWith(["build", EXAMPLE, "-o", "-"], { stdoutIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toContain("không ghi tệp DOCX/PDF (dữ liệu nhị phân) ra màn hình");
    expect(r.stderr).toContain("gợi ý: chuyển hướng vào một tệp (… -o - > plan.docx) hoặc dùng -o plan.docx");
    const piped = await runWith(["build", EXAMPLE, "-o", "-"], { stdoutIsTTY: false });
    expect(piped.code).toBe(0);
    expect(piped.stdout.subarray(0, 2).toString()).toBe("PK");
  });
});

describe("build - reads the plan from standard input", () => {
  const stdinOf = (text: string): AsyncIterable<Uint8Array> => (async function* () {
    yield Buffer.from(text);
  })();

  it("builds the same bytes as from the file, to stdout", async () => {
    const fromFile = await runWith(["build", EXAMPLE, "-o", "-"], {});
    const fromStdin = await runWith(["build", "-"], { stdin: stdinOf(readFileSync(EXAMPLE, "utf8")) });
    expect(fromStdin.stderr).toBe(fromFile.stderr.replaceAll(EXAMPLE, "<stdin>").replaceAll(path.relative(ROOT, EXAMPLE), "<stdin>"));
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout.equals(fromFile.stdout)).toBe(true);
  });

  it("names <stdin> in errors", async () => {
    const r = await runWith(["build", "-"], { stdin: stdinOf("tier: commune\ntitle: [unclosed\n") });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^<stdin>:2:\d+ {2}lỗi/m);
  });
});

describe("usage errors in the user's language", () => {
  it("refuses an unknown tier with the tier it most likely meant", async () => {
    const r = await runMain(["templates", "--tier", "comune"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('cấp ban hành không hợp lệ: "comune"');
    expect(r.stderr).toContain("có phải ý bạn là commune");
  });

  it("accepts the Vietnamese tier words with a notice", async () => {
    const r = await runMain(["templates", "--tier", "xã"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[commune\]\n/);
    expect(r.stderr).toContain('"xã" được hiểu là cấp commune');
    // The same words as in a plan's `tier:`, also without diacritics or in capitals.
    for (const [word, tier] of [["Xa", "commune"], ["tinh", "province"], ["SỞ", "department"], ["huyen", "district"]]) {
      const alias = await runMain(["templates", "--tier", word!]);
      expect(alias.code, word).toBe(0);
      expect(alias.stdout).toMatch(new RegExp(`^\\[${tier}\\]\n`));
      expect(alias.stderr).toContain(`"${word}" được hiểu là cấp ${tier}`);
      expect(alias.stderr).toContain(`ghi --tier ${tier}`);
    }
  });

  it("refuses --lang fr", async () => {
    const r = await runMain(["--lang", "fr", "templates"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("ngôn ngữ không hỗ trợ: fr");
  });

  it.each([
    [["batch", "examples/batch-lang-son/plan.yaml", "-o", "out"], "thiếu tùy chọn bắt buộc --units <file>", "the required option --units <file> is missing"],
    [["templates", "extra"], "thừa tham số cho lệnh templates: cần 0, nhận 1", "too many arguments for templates: expected 0, got 1"],
    [["build", "--bogus", "x.yaml"], "tùy chọn không hợp lệ: --bogus", "unknown option: --bogus"],
    [["build"], "thiếu tham số: plan", "missing argument: plan"],
    [["build", "x.yaml", "-o"], "tùy chọn -o, --output <path> cần một giá trị", "option -o, --output <path> needs a value"],
  ])("%j: translated, never commander's English in Vietnamese output", async (argv, vi, en) => {
    const r = await runMain(argv as string[], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(vi);
    expect(r.stderr).not.toMatch(/required option|too many arguments|unknown option|missing required|argument missing/);
    const english = await runMain(["--lang", "en", ...(argv as string[])], { cwd: ROOT });
    expect(english.stderr).toContain(en);
  });
});

describe("colours and animation follow NO_COLOR, FORCE_COLOR and CI", () => {
  it("NO_COLOR turns colour off on a terminal; FORCE_COLOR turns it on in a pipe and wins over NO_COLOR", () => {
    expect(colorLevel({ env: { NO_COLOR: "1" }, isTTY: true })).toBe(0);
    expect(colorLevel({ env: {}, isTTY: false })).toBe(0);
    expect(colorLevel({ env: { FORCE_COLOR: "1" }, isTTY: false })).toBe(1);
    expect(colorLevel({ env: { FORCE_COLOR: "3", NO_COLOR: "1" }, isTTY: false })).toBe(3);
    expect(colorLevel({ env: { FORCE_COLOR: "0" }, isTTY: true })).toBe(0);
  });

  it("paints messages red only when colour is on", async () => {
    const coloured = await runWith(["build", "missing.yaml"], { env: { LANG: "C.UTF-8", FORCE_COLOR: "1" } });
    expect(coloured.stderr).toContain("\u001b[31m");
    const plain = await runWith(["build", "missing.yaml"], { env: { LANG: "C.UTF-8", NO_COLOR: "1" } });
    expect(plain.stderr).not.toContain("\u001b[");
  });

  it("CI=true: no progress animation even on a terminal", () => {
    const io = (env: NodeJS.ProcessEnv): CliIo => ({ stdout: { write: () => true }, stderr: { write: () => true }, env, cwd: ROOT, isTTY: true });
    expect(createContext(io({}), "vi").animate).toBe(true);
    expect(createContext(io({ CI: "true" }), "vi").animate).toBe(false);
    expect(createContext(io({ CI: "false" }), "vi").animate).toBe(true);
  });

  it("the progress bar's time left waits for the first unit instead of showing 0s", () => {
    expect(remainingText(50, 0, 65)).toBe("…");
    expect(remainingText(1000, 5, 65)).toBe("12s");
    expect(remainingText(10_000, 5, 65)).toBe("2m00s");
  });
});

describe("batch --where with a value no unit has", () => {
  it("says so and suggests the nearest value (exit 8), writing nothing", async () => {
    const dir = tempDir();
    const r = await runMain(["batch", "examples/batch-lang-son/plan.yaml", "--units", "data/communes-2025.csv", "--where", "province_name=Lang Song", "-o", path.join(dir, "out")], { cwd: ROOT });
    expect(r.code).toBe(8);
    expect(r.stderr).toContain("không có đơn vị nào khớp province_name=Lang Song");
    expect(r.stderr).toContain('gợi ý: không đơn vị nào có province_name="Lang Song"; có phải ý bạn là province_name="Lạng Sơn"');
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });
});

/** Spawns the real CLI and collects its output, for what only a real process has: pipes and signals. */
function spawnCli(args: string[], cwd: string, onStderr?: (text: string, kill: (signal: NodeJS.Signals) => void) => void) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    stderr += chunk;
    onStderr?.(stderr, (signal) => child.kill(signal));
  });
  return { child, done: new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stderr }))) };
}

describe("a real process", () => {
  it("ends quietly when the reader of stdout goes away (kehoach schema | head -1)", async () => {
    const { child, done } = spawnCli(["schema"], ROOT);
    child.stdout.destroy(); // the reader is gone before the first write: every write gets EPIPE
    const r = await done;
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("Ctrl-C during a batch: says it is stopping, finishes the units in flight, writes the manifest, exits 130", async () => {
    const dir = tempDir();
    let sent = false;
    // The whole country (3,321 units): the first progress line (10 %) comes long before the end.
    const { done } = spawnCli(["batch", "examples/batch-lang-son/plan.yaml", "--units", "data/communes-2025.csv", "-o", path.join(dir, "out"), "--jobs", "1"], ROOT, (text, kill) => {
      if (!sent && /tiến độ: \d+\/3321/.test(text)) {
        sent = true;
        kill("SIGINT");
      }
    });
    const r = await done;
    expect(sent).toBe(true);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain("đang dừng…");
    const manifest = JSON.parse(readFileSync(path.join(dir, "out", "manifest.json"), "utf8")) as { skipped: number; written: number };
    expect(manifest.skipped).toBeGreaterThan(0);
    expect(manifest.written).toBeGreaterThan(0);
  });
});
