import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaRefFor } from "../../src/init/schema-link.js";
import { PLAN_SCHEMA_FILE, PLAN_SCHEMA_ID } from "../../src/schema/json-schema.js";
import { tempDir } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";

describe("schemaRefFor", () => {
  it("links a plan inside the package relatively, as the examples do", () => {
    expect(schemaRefFor(path.join(ROOT, "examples", "x.yaml"))).toBe("../data/plan.schema.json");
    expect(schemaRefFor(path.join(ROOT, "a", "b", "plan.yaml"))).toBe("../../data/plan.schema.json");
    expect(schemaRefFor(path.join(ROOT, "plan.yaml"))).toBe("data/plan.schema.json");
    expect(PLAN_SCHEMA_FILE).toBe(path.join(ROOT, "data", "plan.schema.json"));
  });

  it("links a plan in a project that installed kehoach relatively to node_modules/kehoach, so moving the project keeps it", () => {
    const project = tempDir();
    mkdirSync(path.join(project, "node_modules", "kehoach", "data"), { recursive: true });
    writeFileSync(path.join(project, "node_modules", "kehoach", "data", "plan.schema.json"), "{}");
    expect(schemaRefFor(path.join(project, "plan.yaml"))).toBe("node_modules/kehoach/data/plan.schema.json");
    expect(schemaRefFor(path.join(project, "ke-hoach", "2026", "plan.yaml"))).toBe("../../node_modules/kehoach/data/plan.schema.json");
  });

  it("links a plan anywhere else (or on stdout) to the schema's $id URL, never to an absolute path", () => {
    const elsewhere = tempDir();
    expect(schemaRefFor(path.join(elsewhere, "plan.yaml"))).toBe(PLAN_SCHEMA_ID);
    expect(schemaRefFor(undefined)).toBe(PLAN_SCHEMA_ID);
    expect(PLAN_SCHEMA_ID).toMatch(/^https:\/\/unpkg\.com\/kehoach@/);
  });
});
