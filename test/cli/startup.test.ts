import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { batchFlags, commandOf, compileCacheUsable, startupFlags, tieringFlags } from "../../src/cli/startup.js";
import { tempDir } from "../helpers/main-io.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("startup settings (src/cli/startup.ts)", () => {
  it("finds the command after global options", () => {
    expect(commandOf(["build", "plan.yaml"])).toBe("build");
    expect(commandOf(["--lang", "en", "batch", "plan.yaml"])).toBe("batch");
    expect(commandOf(["--lang=en", "check", "a.docx"])).toBe("check");
    expect(commandOf(["--version"])).toBeUndefined();
  });

  it("delays optimisation with the flag names of each known V8, and sets nothing for others", () => {
    expect(tieringFlags("11.3.244.8-node.38")).toEqual(["--interrupt-budget=3379200"]);
    for (const v of ["12.4.254.21-node.57", "13.6.233.17-node.63"]) {
      expect(tieringFlags(v)).toEqual(["--invocation-count-for-maglev=20000", "--invocation-count-for-turbofan=150000", "--invocation-count-for-maglev-osr=5000", "--invocation-count-for-osr=25000"]);
    }
    expect(tieringFlags("14.1.146.11-node.14")).toEqual([]);
    expect(tieringFlags("10.2.154.26-node.26")).toEqual([]);
  });

  it("gives batch, whose worker threads share the process's flags, optimisation in each thread and 8 times later, and on V8 13 a smaller young generation", () => {
    expect(startupFlags(["--lang", "vi", "batch", "m.yaml", "--units", "u.csv", "-o", "out"], "11.3.244.8-node.38")).toEqual(["--no-concurrent-recompilation", "--interrupt-budget=540672"]);
    expect(startupFlags(["batch", "m.yaml"], "13.6.233.17-node.63")).toEqual([
      "--no-concurrent-recompilation",
      "--invocation-count-for-maglev=3200",
      "--invocation-count-for-turbofan=24000",
      "--invocation-count-for-maglev-osr=800",
      "--invocation-count-for-osr=4000",
      "--scavenger-max-new-space-capacity-mb=2",
    ]);
    expect(batchFlags("12.4.254.21-node.57")).toEqual([
      "--no-concurrent-recompilation",
      "--invocation-count-for-maglev=3200",
      "--invocation-count-for-turbofan=24000",
      "--invocation-count-for-maglev-osr=800",
      "--invocation-count-for-osr=4000",
    ]);
    expect(startupFlags(["build", "batch.yaml"], "11.3.244.8-node.38")).toEqual(["--interrupt-budget=3379200"]);
    expect(batchFlags("14.1.146.11-node.14")).toEqual([]);
    expect(batchFlags("10.2.154.26-node.26")).toEqual([]);
  });

  it("is accepted by this Node in a batch with a worker thread: the batch writes its files and prints no error", () => {
    const out = path.join(tempDir(), "out");
    const units = path.join(tempDir(), "units.csv");
    writeFileSync(units, "code,name,type,province_code,province_name\n" + Array.from({ length: 40 }, (_, i) => `${String(i + 1).padStart(5, "0")},Đơn vị ${i + 1},Xã,20,Lạng Sơn`).join("\n") + "\n");
    const run = spawnSync(process.execPath, [path.join(ROOT, "bin/kehoach.js"), "batch", path.join(ROOT, "examples/batch-lang-son/plan.yaml"), "--units", units, "-o", out, "--jobs", "2", "--quiet"], { encoding: "utf8" });
    // V8 answers an unknown flag with "Error: unrecognized flag …" on stderr; the summary is all there is.
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^✔ 40 đơn vị: 40 đã ghi, 0 không đổi, 0 lỗi — .* 2 luồng$/)]);
    expect(run.status).toBe(0);
  });

  it("is accepted by this Node: the CLI prints nothing but the version (an unknown V8 flag would print an error)", () => {
    const run = (args: string[]) => execFileSync(process.execPath, [path.join(ROOT, "bin/kehoach.js"), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(run(["--version"])).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("keeps the compile cache in a folder that is there or can be made, one level deep", () => {
    const dir = tempDir();
    const fresh = path.join(dir, "node-compile-cache");
    expect(compileCacheUsable(fresh)).toBe(true);
    expect(statSync(fresh).isDirectory()).toBe(true);
    expect(compileCacheUsable(fresh)).toBe(true);
    // Never a recursive mkdir: a missing parent is left missing.
    expect(compileCacheUsable(path.join(dir, "missing", "node-compile-cache"))).toBe(false);
    expect(existsSync(path.join(dir, "missing"))).toBe(false);
    writeFileSync(path.join(dir, "file"), "");
    expect(compileCacheUsable(path.join(dir, "file"))).toBe(false);
    expect(compileCacheUsable(path.join(dir, "file", "node-compile-cache"))).toBe(false);
  });

  it.runIf(existsSync("/proc/self"))("refuses a folder under /proc, where mkdir answers \"no such file\" (Node's recursive mkdir loops there)", () => {
    expect(compileCacheUsable("/proc/self/node-compile-cache")).toBe(false);
    expect(compileCacheUsable("/proc/node-compile-cache")).toBe(false);
  });

  // Node 20 has no compile cache; scripts/node-versions.sh runs this file on Node 22 and 24, which
  // spun forever here before compileCacheUsable. The time limit turns a hang into a failure.
  const unusable = [...(existsSync("/proc/self") ? ["/proc/self", "/proc/self/fd"] : []), "a file", "a missing folder"];
  it.each(unusable)("starts and prints the version with TMPDIR at %s", (where) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "file"), "");
    const tmp = where === "a file" ? path.join(dir, "file") : where === "a missing folder" ? path.join(dir, "missing", "deeper") : where;
    const run = spawnSync(process.execPath, [path.join(ROOT, "bin/kehoach.js"), "--version"], { env: { ...process.env, TMPDIR: tmp }, encoding: "utf8", timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(existsSync(path.join(dir, "missing"))).toBe(false);
  });
});
