import { describe, expect, it } from "vitest";
import { HELP_EXAMPLES } from "../../src/cli/help-examples.js";
import { runMain } from "../helpers/main-io.js";

const COMMANDS = ["build", "validate", "init", "templates", "schema", "batch", "check", "import"];

describe("--help of each command ends with examples", () => {
  it("every registered command has two or three examples", async () => {
    const help = await runMain(["--help"]);
    const listed = [...help.stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== "help");
    expect(listed.sort()).toEqual([...COMMANDS].sort());
    for (const c of COMMANDS) expect(HELP_EXAMPLES[c]?.length, c).toBeGreaterThanOrEqual(2);
  });

  it.each(COMMANDS)("kehoach %s --help", async (command) => {
    const vi = await runMain([command, "--help"]);
    expect(vi.code).toBe(0);
    const examples = vi.stdout.slice(vi.stdout.indexOf("\nVí dụ:\n"));
    expect(examples.split("\n").filter((l) => l.startsWith(`  kehoach ${command}`)).length).toBeGreaterThanOrEqual(2);
    const en = await runMain(["--lang", "en", command, "--help"]);
    expect(en.stdout).toContain("\nExamples:\n");
    expect(en.stdout).not.toContain("Ví dụ:");
  });
});
