import { describe, expect, it } from "vitest";
import { runMain } from "../../helpers/main-io.js";

describe("kehoach schema", () => {
  it("prints the plan's JSON Schema on stdout and nothing else", async () => {
    const run = await runMain(["schema"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const schema = JSON.parse(run.stdout) as { $schema: string; title: string; description: string; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.title).toBe("Kế hoạch (kehoach)");
    expect(schema.properties.signer?.description).toBe("Người ký");
  });

  it("has Vietnamese help", async () => {
    const run = await runMain(["schema", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("in JSON Schema của tệp kế hoạch");
  });
});
