import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { starterPlan } from "../../src/init/starter-plan.js";
import { PLAN_SCHEMA_FILE, planJsonSchema, planJsonSchemaText } from "../../src/schema/json-schema.js";
import { TIERS } from "../../src/schema/tier.js";
import { runMain } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";
import { check } from "./json-schema-subset.js";

const yamlFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => `${dir}/${f}`);

const schema = planJsonSchema();
const load = (file: string): unknown => parse(readFileSync(path.join(ROOT, file), "utf8"));

describe("data/plan.schema.json", () => {
  it("is the schema generated from the zod plan schema (KEHOACH_UPDATE_GOLDEN=1 rewrites it)", () => {
    if (process.env.KEHOACH_UPDATE_GOLDEN === "1") writeFileSync(PLAN_SCHEMA_FILE, planJsonSchemaText());
    expect(readFileSync(PLAN_SCHEMA_FILE, "utf8")).toBe(planJsonSchemaText());
  });

  it("is what `kehoach schema` prints", async () => {
    const run = await runMain(["schema"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(PLAN_SCHEMA_FILE, "utf8"));
  });

  it("is draft 7 with the plan's required keys, enums and Vietnamese descriptions", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.required).toEqual(["tier", "issuer", "date", "title", "sections", "signer"]);
    expect(schema.additionalProperties).toBe(false);
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.tier?.enum).toEqual([...TIERS]);
    expect(props.urgency?.enum).toEqual(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]);
    expect(props.title?.description).toBe("Trích yếu (tên kế hoạch), viết thường như câu; xuống dòng để ngắt dòng");
    expect(props.date?.pattern).toBe("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$");
    expect((props.sections?.items as Record<string, unknown>).$ref).toBe("#/definitions/Section");
    const section = (schema.definitions as Record<string, Record<string, unknown>>).Section!;
    expect(section.required).toEqual(["title"]);
    expect(section.description).toBe("Một mục của nội dung kế hoạch");
  });
});

describe("the JSON Schema accepts every real plan", () => {
  const plans = [...yamlFiles("examples"), ...yamlFiles("plans")];

  it("finds the examples and starter plans", () => {
    expect(plans.filter((f) => f.startsWith("examples/")).length).toBeGreaterThanOrEqual(3);
    expect(plans.filter((f) => f.startsWith("plans/")).length).toBeGreaterThanOrEqual(1);
  });

  it.each(plans)("%s", (file) => {
    expect(check(schema, load(file))).toEqual([]);
  });

  it.each([...TIERS])("the `kehoach init --tier %s` starter plan", (tier) => {
    const text = starterPlan({ tier, schemaRef: "x", today: new Date(2026, 4, 12) });
    expect(check(schema, parse(text))).toEqual([]);
  });
});

describe("the JSON Schema rejects the invalid corpus where a schema can", () => {
  /** Schema-class mistakes (exit 4) that only code can see: real calendar dates. */
  const ONLY_ZOD = new Set(["date-month-13", "date-feb-30", "date-feb-29-not-leap"]);
  const schemaErrors = yamlFiles("test/fixtures/invalid").filter((f) => {
    const text = readFileSync(path.join(ROOT, f), "utf8");
    try {
      return parse(text) != null; // empty files stop before any schema
    } catch {
      return false; // so do YAML syntax errors
    }
  });

  it.each(schemaErrors)("%s", async (file) => {
    const name = path.basename(file, ".yaml");
    const run = await runMain(["validate", file, "--format", "json"], { cwd: ROOT });
    const data = load(file);
    const verdict = check(schema, data);
    // Exit 3 here: YAML that kehoach reads more strictly than the plain parser (an unquoted
    // "{{…}}" becomes a mapping), which the schema refuses too.
    if ((run.code === 4 && !ONLY_ZOD.has(name)) || run.code === 3) expect(verdict, `${name} is a schema error`).not.toEqual([]);
    else expect(verdict, `${name} passes the schema (exit ${run.code})`).toEqual([]);
  });
});
