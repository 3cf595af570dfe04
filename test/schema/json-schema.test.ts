import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { starterPlan } from "../../src/init/starter-plan.js";
import { Ajv } from "ajv";
import { PLAN_SCHEMA_FILE, PLAN_SCHEMA_FILES, planJsonSchema, planJsonSchemaText } from "../../src/schema/json-schema.js";
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
  it.each(["vi", "en"] as const)("%s: is the schema generated from the zod plan schema (`npm run docs` or KEHOACH_UPDATE_GOLDEN=1 rewrites it)", (lang) => {
    if (process.env.KEHOACH_UPDATE_GOLDEN === "1") writeFileSync(PLAN_SCHEMA_FILES[lang], planJsonSchemaText(lang));
    expect(readFileSync(PLAN_SCHEMA_FILES[lang], "utf8")).toBe(planJsonSchemaText(lang));
  });

  it("is what `kehoach schema` prints, in Vietnamese or with --lang en in English", async () => {
    const run = await runMain(["schema"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(PLAN_SCHEMA_FILE, "utf8"));
    const en = await runMain(["schema", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(readFileSync(PLAN_SCHEMA_FILES.en, "utf8"));
    const props = (JSON.parse(en.stdout) as { properties: Record<string, { description: string }> }).properties;
    expect(props.title?.description).toBe("Summary line (the plan's title), in sentence case; a line break in YAML breaks the line");
  });

  it("has an $id where the published package serves it, and examples as the standard keyword", () => {
    expect(schema.$id).toMatch(/^https:\/\/unpkg\.com\/kehoach@\d+\.\d+\.\d+\/data\/plan\.schema\.json$/);
    expect(planJsonSchema("en").$id).toBe(String(schema.$id).replace(/\.json$/, ".en.json"));
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.date?.examples).toEqual(["2026-05-12", "2026-05"]);
    expect(JSON.stringify(schema)).not.toMatch(/descriptionEn|inputExamples/);
  });

  it.each(["vi", "en"] as const)("%s: compiles with Ajv in strict mode, and Ajv accepts every example plan", (lang) => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    const validate = ajv.compile(planJsonSchema(lang));
    for (const file of [...yamlFiles("examples"), ...yamlFiles("plans")]) expect(validate(load(file)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(validate({ tier: "commune" })).toBe(false);
  });

  it("is draft 7 with the plan's required keys, enums and Vietnamese descriptions", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    // `sections` or `parts`: which one is checked when resolving (a located error).
    expect(schema.required).toEqual(["tier", "issuer", "date", "title", "signer"]);
    expect(schema.additionalProperties).toBe(false);
    const props = schema.properties as Record<string, Record<string, unknown>>;
    // The ids first (what completion offers), then the other spellings validate reads (tier-json-schema.test.ts).
    expect((props.tier?.anyOf as Record<string, unknown>[])[0]).toEqual({ type: "string", enum: [...TIERS] });
    // The values completion offers; their decomposed spellings are a pattern beside them (decomposed-input.test.ts).
    expect((props.urgency?.anyOf as Record<string, unknown>[])[0]).toEqual({ type: "string", enum: ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"] });
    expect(props.title?.description).toBe("Trích yếu (tên kế hoạch), viết thường như câu; xuống dòng để ngắt dòng");
    // With the blanks around it that the field trims (date: " 2026-05-12 " is read).
    expect((props.date?.anyOf as Record<string, unknown>[])[0]).toEqual({ type: "string", pattern: "^\\s*(?:(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?)\\s*$" });
    expect((props.sections?.items as Record<string, unknown>).$ref).toBe("#/definitions/Section");
    const section = (schema.definitions as Record<string, Record<string, unknown>>).Section!;
    // `title` or `text` (or an unnumbered group): checked by zod with a located message.
    expect(section.required).toBeUndefined();
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
  /** Schema-class mistakes (exit 4) that only code can see: real calendar dates, footnote markers without a note. */
  const ONLY_ZOD = new Set(["date-month-13", "date-feb-30", "date-feb-29-not-leap", "footnote-unknown-id"]);
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
