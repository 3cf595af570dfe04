import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { PLAN_SCHEMA_FILES } from "../../src/schema/json-schema.js";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { runMain, tempDir } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";
import { check } from "./json-schema-subset.js";

/**
 * kehoach normalises a plan to NFC before checking it; an editor checks the text as typed. A plan
 * typed in decomposed Unicode must not be underlined where `kehoach validate` accepts it.
 */

const validators = (["vi", "en"] as const).map((lang) => {
  const schema = JSON.parse(readFileSync(PLAN_SCHEMA_FILES[lang], "utf8")) as Record<string, unknown>;
  return { schema, validate: new Ajv({ strict: true, allowUnionTypes: true }).compile(schema) };
});

/** Whether the editor schema takes the plan (both files, both checkers, must agree). */
function schemaAccepts(plan: unknown): boolean {
  const verdicts = validators.flatMap(({ schema, validate }) => [validate(plan), check(schema, plan).length === 0]);
  expect(new Set(verdicts).size, `checkers disagree on ${JSON.stringify(plan)}`).toBe(1);
  return verdicts[0]!;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** Unikey's "Unicode tổ hợp": â, ê, ô, ơ, ư, ă precomposed, the tone mark combining after them. */
const composite = (text: string): string =>
  text.normalize("NFD").replace(/(\P{M})(\p{M}*)/gu, (_, base: string, marks: string) => {
    const shape = [...marks].filter((m) => !TONES.test(m)).join("");
    const tone = [...marks].filter((m) => TONES.test(m)).join("");
    return (base + shape).normalize("NFC") + tone;
  });

const FORMS = { NFD: (s: string) => s.normalize("NFD"), "tổ hợp": composite } as const;

it("the two decomposed forms differ from NFC and from each other (the tests below test something)", () => {
  expect(FORMS.NFD("THƯỢNG KHẨN")).not.toBe("THƯỢNG KHẨN");
  expect(composite("THƯỢNG KHẨN")).not.toBe("THƯỢNG KHẨN");
  expect(composite("THƯỢNG KHẨN")).not.toBe(FORMS.NFD("THƯỢNG KHẨN"));
  expect(composite("THƯỢNG KHẨN").normalize("NFC")).toBe("THƯỢNG KHẨN");
  expect(composite("ậ")).toBe("â\u0323");
});

const examples = [...readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => `examples/${f}`), ...readdirSync(path.join(ROOT, "plans")).map((f) => `plans/${f}`)];

describe.each(Object.entries(FORMS))("a plan typed in %s", (_, form) => {
  it.each(examples)("%s passes the schema", (file) => {
    expect(schemaAccepts(parse(form(readFileSync(path.join(ROOT, file), "utf8"))))).toBe(true);
  });

  const base = parse(MINIMAL_PLAN) as Record<string, unknown>;
  const marks = { urgency: ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"], confidentiality: ["MẬT", "TỐI MẬT", "TUYỆT MẬT"], circulation: ["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"] };

  it.each(Object.entries(marks).flatMap(([field, values]) => values.map((value) => [field, value])))("%s: %s passes", (field, value) => {
    expect(schemaAccepts({ ...base, [field]: form(value) })).toBe(true);
  });

  it.each([
    ["urgency", "khẩn"],
    ["urgency", "KHAN"],
    ["urgency", "KHẨN."],
    ["confidentiality", "MẬT MẬT"],
    ["circulation", "LƯU HÀNH"],
  ])("%s: %s is still refused", (field, value) => {
    expect(schemaAccepts({ ...base, [field]: form(value) })).toBe(false);
  });

  it("a footnote id with Vietnamese letters passes; one with a space does not", () => {
    expect(schemaAccepts({ ...base, footnotes: { [form("ghi-chú-một")]: "Nội dung." } })).toBe(true);
    expect(schemaAccepts({ ...base, footnotes: { [form("ghi chú")]: "Nội dung." } })).toBe(false);
  });
});

describe("completion still offers each value once, as NFC", () => {
  it.each(["urgency", "confidentiality", "circulation"])("%s", (field) => {
    const node = (validators[0]!.schema.properties as Record<string, { anyOf: Record<string, unknown>[] }>)[field]!;
    const values = node.anyOf.flatMap((branch) => (branch.enum as string[] | undefined) ?? []);
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((v) => v === v.normalize("NFC"))).toBe(true);
    expect(node.anyOf.filter((branch) => "pattern" in branch)).toHaveLength(1);
  });
});

describe("kehoach validate reads the same decomposed plans", () => {
  const dir = tempDir();
  it.each(Object.entries(FORMS))("%s: urgency, confidentiality and a footnote id, with a notice", async (_, form) => {
    const file = path.join(dir, "plan.yaml");
    const plan = MINIMAL_PLAN.replace("- Tổ chức tốt các hoạt động.", "- Tổ chức tốt các hoạt động.[^ghi-chú]") + "urgency: THƯỢNG KHẨN\nconfidentiality: TỐI MẬT\nfootnotes:\n  ghi-chú: Nội dung.\n";
    writeFileSync(file, form(plan));
    const run = await runMain(["--lang", "en", "validate", file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("input-cleaned");
    expect(schemaAccepts(parse(form(plan)))).toBe(true);
  });
});

describe("blanks around the date, which the field trims", () => {
  it.each([" 2026-05-12 ", "2026-05\t", " 2026"])("%j passes the schema and validate", async (date) => {
    const base = parse(MINIMAL_PLAN) as Record<string, unknown>;
    expect(schemaAccepts({ ...base, date })).toBe(true);
    const file = path.join(tempDir(), "plan.yaml");
    writeFileSync(file, MINIMAL_PLAN.replace("date: 2026-01-09", `date: ${JSON.stringify(date)}`));
    const run = await runMain(["--lang", "en", "validate", file]);
    expect(run.code, run.stderr).toBe(0);
  });

  it.each(["2026 05 12", "12/05/2026", "2026-05-12x"])("%j is still refused by both", async (date) => {
    const base = parse(MINIMAL_PLAN) as Record<string, unknown>;
    expect(schemaAccepts({ ...base, date })).toBe(false);
    const file = path.join(tempDir(), "plan.yaml");
    writeFileSync(file, MINIMAL_PLAN.replace("date: 2026-01-09", `date: ${JSON.stringify(date)}`));
    expect((await runMain(["--lang", "en", "validate", file])).code).toBe(4);
  });
});
