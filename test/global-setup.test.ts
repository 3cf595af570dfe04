import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/main-io.js";
import { cliEnv } from "./helpers/run-cli.js";
import { processesUsing, removeRunFolder, RUN_TMPDIR_ENV } from "./helpers/run-temp.js";

const runFolder = process.env[RUN_TMPDIR_ENV];

describe("the test run's private temporary folder (test/global-setup.ts)", () => {
  it("exists, is the run's own (owner-only) and is the workers' temporary folder", () => {
    expect(runFolder).toMatch(/[/\\]kehoach-tests-[^/\\]+$/);
    expect(statSync(runFolder!).isDirectory()).toBe(true);
    if (process.platform !== "win32") expect(statSync(runFolder!).mode & 0o777).toBe(0o700);
    expect(tmpdir()).toBe(runFolder);
    expect(path.dirname(tempDir())).toBe(runFolder);
  });

  it("is the temporary folder of the children tests start, also those given a fixed environment", () => {
    const child = spawnSync(process.execPath, ["-e", "process.stdout.write(require('node:os').tmpdir())"], { encoding: "utf8" });
    expect(child.stdout).toBe(runFolder);
    expect(cliEnv().TMPDIR).toBe(runFolder);
    expect(cliEnv({ TMPDIR: "/elsewhere" }).TMPDIR).toBe("/elsewhere");
  });

  it.runIf(process.platform === "linux")("teardown ends a process still using the folder, then removes it", async () => {
    const folder = path.join(tempDir(), "run");
    mkdirSync(folder);
    const child = spawn(process.execPath, ["-e", "process.stdin.resume()"], { env: { ...process.env, TMPDIR: folder }, stdio: ["pipe", "ignore", "ignore"] });
    await once(child, "spawn");
    const exit = once(child, "exit");
    expect(processesUsing(folder)).toEqual([child.pid]);
    // This worker's own children are spared when asked (global teardown spares vitest's workers).
    expect(processesUsing(folder, process.pid)).toEqual([]);
    const ended = await removeRunFolder(folder);
    expect(ended.map((p) => p.pid)).toEqual([child.pid]);
    expect(ended[0]!.command).toContain("process.stdin.resume()");
    expect(await exit).toEqual([null, "SIGKILL"]);
    expect(existsSync(folder)).toBe(false);
  });
});
