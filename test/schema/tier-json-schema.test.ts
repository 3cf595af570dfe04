import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { PLAN_SCHEMA_FILES } from "../../src/schema/json-schema.js";
import { TIER_ALIASES, TIERS, tierOf } from "../../src/schema/tier.js";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { runMain, tempDir } from "../helpers/main-io.js";
import { check } from "./json-schema-subset.js";

/**
 * What an editor underlines must be what `kehoach validate` refuses: for `tier`, the ids in any
 * case and the Vietnamese words in any case, with or without marks, NFC or NFD (tierOf), checked
 * against the committed schema files with Ajv and with the subset checker.
 */

const base = parse(MINIMAL_PLAN) as Record<string, unknown>;
const validators = (["vi", "en"] as const).map((lang) => {
  const schema = JSON.parse(readFileSync(PLAN_SCHEMA_FILES[lang], "utf8")) as Record<string, unknown>;
  const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
  return { schema, validate };
});

/** Whether the editor schema takes `tier` (both languages' files and both checkers must agree). */
function schemaAccepts(tier: string): boolean {
  const plan = { ...base, tier };
  const verdicts = validators.flatMap(({ schema, validate }) => [validate(plan), check(schema, plan).length === 0]);
  expect(new Set(verdicts).size, `checkers disagree on ${JSON.stringify(tier)}`).toBe(1);
  return verdicts[0]!;
}

const unmarked = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
const title = (s: string): string => s.replace(/(^|\s)(\S)/g, (_, space: string, ch: string) => space + ch.toUpperCase());
const alternating = (s: string): string => [...s].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch)).join("");

/** Ways a clerk writes a word: its case, its marks or none, NFD, spaces around and between words. */
function spellings(word: string): string[] {
  const forms = [word, word.toUpperCase(), title(word), alternating(word), unmarked(word), unmarked(word).toUpperCase(), title(unmarked(word))];
  return [...new Set([...forms, ...forms.map((f) => f.normalize("NFD")), ` ${word} `, `\t${word}`, word.replace(/ /g, "  "), word.replace(/ /g, "\t")])];
}

const WORDS: readonly [string, string][] = [...TIERS.map((id) => [id, id] as [string, string]), ...Object.entries(TIER_ALIASES)];
const ACCEPTED = WORDS.flatMap(([word, tier]) => spellings(word).map((spelling) => [spelling, tier] as const));

/** One-letter slips around every spelling: dropped, doubled, swapped, added; words joined or hyphenated. */
function slips(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i + 1) + word.slice(i));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2));
  }
  for (const extra of ["x", "1", "-", "."]) out.add(word + extra).add(extra + word);
  out.add(word.replace(/ /g, "")).add(word.replace(/ /g, "-")).add(word.replace(/ /g, "_"));
  return [...out];
}

describe("the editor schema's tier takes every spelling `kehoach validate` reads", () => {
  it("offers the ids first, for completion", () => {
    const tier = (validators[0]!.schema.properties as Record<string, { anyOf: Record<string, unknown>[]; examples: unknown[] }>).tier!;
    expect(tier.anyOf[0]).toEqual({ type: "string", enum: [...TIERS] });
    expect(tier.anyOf.slice(1).some((branch) => "enum" in branch || "examples" in branch)).toBe(false);
    expect(tier.examples).toEqual(["commune"]);
  });

  it.each(ACCEPTED.map(([spelling, tier]) => [JSON.stringify(spelling), spelling, tier]))("%s", (_, spelling, tier) => {
    expect(tierOf(spelling)).toBe(tier);
    expect(schemaAccepts(spelling)).toBe(true);
  });

  it("and a slip of a letter is refused by both, or read by both (xà is xã with the wrong mark: validate reads it)", () => {
    const tried = [...new Set(WORDS.flatMap(([word]) => [word, unmarked(word)].flatMap(slips)))];
    const disagreements = tried.filter((s) => schemaAccepts(s) !== (tierOf(s) !== undefined));
    expect(disagreements).toEqual([]);
    expect(tried.length).toBeGreaterThan(400);
    // Both kinds are among them: the comparison is not all refusals.
    expect(tried.filter((s) => tierOf(s) !== undefined).length).toBeGreaterThan(0);
    expect(schemaAccepts("xà")).toBe(true);
    expect(tierOf("xà")).toBe("commune");
  });

  it.each(["comune", "ward", "xa phuong", "tỉnh thành", "provincial", "UBND xã", "", " ", "xã1", "so so"])("refuses %j, as validate does", (word) => {
    expect(tierOf(word)).toBeUndefined();
    expect(schemaAccepts(word)).toBe(false);
  });
});

describe("kehoach validate on the same plans", () => {
  const dir = tempDir();
  const validate = async (tier: string) => {
    const file = path.join(dir, "plan.yaml");
    writeFileSync(file, MINIMAL_PLAN.replace("tier: commune", `tier: ${JSON.stringify(tier)}`));
    return runMain(["--lang", "en", "validate", file]);
  };

  it.each(["Xã", "xa", "TỈNH", "thành phố".normalize("NFD"), "Dac Khu", "Commune"])("accepts %j with a tier-alias notice, and so does the schema", async (tier) => {
    const run = await validate(tier);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("tier-alias");
    expect(schemaAccepts(tier)).toBe(true);
  });

  it("refuses a nonsense tier (exit 4), and so does the schema", async () => {
    const run = await validate("comune");
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("commune");
    expect(schemaAccepts("comune")).toBe(false);
  });
});
