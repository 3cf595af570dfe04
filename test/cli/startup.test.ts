import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { commandOf, startupFlags, tieringFlags } from "../../src/cli/startup.js";

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

  it("leaves V8's defaults to batch, whose worker threads share the process's flags", () => {
    expect(startupFlags(["--lang", "vi", "batch", "m.yaml", "--units", "u.csv", "-o", "out"], "11.3.244.8-node.38")).toEqual([]);
    expect(startupFlags(["build", "batch.yaml"], "11.3.244.8-node.38")).toEqual(["--interrupt-budget=3379200"]);
  });

  it("is accepted by this Node: the CLI prints nothing but the version (an unknown V8 flag would print an error)", () => {
    const run = (args: string[]) => execFileSync(process.execPath, [path.join(ROOT, "bin/kehoach.js"), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(run(["--version"])).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
