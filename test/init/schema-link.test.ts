import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaRefFor } from "../../src/init/schema-link.js";
import { PLAN_SCHEMA_FILE } from "../../src/schema/json-schema.js";
import { ROOT } from "../helpers/run-cli.js";

describe("schemaRefFor", () => {
  it("links a plan inside the package relatively, as the examples do", () => {
    expect(schemaRefFor(path.join(ROOT, "examples", "x.yaml"))).toBe("../data/plan.schema.json");
    expect(schemaRefFor(path.join(ROOT, "a", "b", "plan.yaml"))).toBe("../../data/plan.schema.json");
    expect(schemaRefFor(path.join(ROOT, "plan.yaml"))).toBe("data/plan.schema.json");
  });

  it("links a plan elsewhere (or on stdout) to the installed package's schema by absolute path", () => {
    expect(schemaRefFor("/tmp/somewhere/plan.yaml")).toBe(PLAN_SCHEMA_FILE);
    expect(schemaRefFor(undefined)).toBe(PLAN_SCHEMA_FILE);
    expect(PLAN_SCHEMA_FILE).toBe(path.join(ROOT, "data", "plan.schema.json"));
  });
});
