import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { decodeSource } from "../../src/load/source-text.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { preparePlan, renderPrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { expectHandled, runMeasured } from "../helpers/hostile.js";
import { tempDir } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";
import { xmlProblems } from "../helpers/well-formed.js";

/**
 * Issue 11: seeded mutations of the example plans. Each one ends, in the library, in a
 * document whose every XML part parses, or in a KehoachError of an input class (never
 * "internal"); within a CPU and memory bound. A sample goes through the CLI: a failure leaves
 * the old output as it was and no temporary file; exit codes are the documented ones.
 */
const SEED = 20_261_130;
const CASES = 300;
const CLI_SAMPLE = 8;
const MAX_CASE_CPU_MS = 10_000;
const MAX_RSS = 1024 * 1024 * 1024;

/** mulberry32: small, seeded, the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that broke kehoach before, or that a clerk's editor may leave in a plan. */
const TOKENS = [
  "{{", "}}", "{{tier}}", "{{#each vars}}x{{/each}}", "{{#if tier}}", "{{/if}}", '{{roman "1e300"}}', "{{roman 0}}", '{{day "1e999"}}',
  "{{> nope}}", '{{#*inline "p"}}{{> p}}{{/inline}}{{> p}}', "{{lookup . 'constructor'}}", "{{__proto__}}", "{{unit.name}}",
  "\uFFFE", "\uFFFF", "\u0001", "\u0000", "\uD800", "\\uFFFE", "\\u0007", "\t", "\r\n", "\u00A0", "\u200B", "&", "<w:p>", "]]>",
  ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "? ", "|", ">", "'", '"', "#", "%YAML 1.1\n", "---\n", "...\n",
  "1e999", "-1", "0", "9999999999999999999999", "2026-02-30", "Ủy ban nhân dân", "x".repeat(5000), "[^1]",
];

type Mutation = (text: string, rnd: () => number) => string;
const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;
const at = (text: string, rnd: () => number): number => Math.floor(rnd() * (text.length + 1));

const MUTATIONS: Mutation[] = [
  (s, r) => {
    const i = at(s, r);
    return s.slice(0, i) + pick(TOKENS, r) + s.slice(i);
  },
  (s, r) => {
    const i = at(s, r);
    return s.slice(0, i) + s.slice(i + 1 + Math.floor(r() * 40));
  },
  (s, r) => {
    const lines = s.split("\n");
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, lines[Math.floor(r() * lines.length)]!);
    return lines.join("\n");
  },
  (s, r) => {
    // A value replaced: "key: value" → "key: <token>"
    const lines = s.split("\n");
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.replace(/:\s.*$/, `: ${JSON.stringify(pick(TOKENS, r))}`);
    return lines.join("\n");
  },
  (s, r) => {
    // A quoted value with a token inside, escapes interpreted by YAML.
    const lines = s.split("\n");
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.replace(/:\s(.+)$/, (_m, v: string) => `: "${v.replace(/["\\]/g, "")}${pick(TOKENS, r).replace(/"/g, "")}"`);
    return lines.join("\n");
  },
];

const examples = readdirSync(path.join(ROOT, "examples"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => readFileSync(path.join(ROOT, "examples", f), "utf8"));
const BASES = [MINIMAL_PLAN, MINIMAL_PLAN, MINIMAL_PLAN, ...examples];

function mutants(): string[] {
  const rnd = random(SEED);
  return Array.from({ length: CASES }, () => {
    let text = pick(BASES, rnd);
    const rounds = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < rounds; k++) text = pick(MUTATIONS, rnd)(text, rnd);
    return text;
  });
}

const INPUT_CLASSES = new Set(["yaml", "schema", "template", "render", "nd30", "io"]);

describe("fuzzed plans", () => {
  const plans = mutants();

  it(`${CASES} seeded mutations: well-formed DOCX or an input-class error, within CPU and memory bounds`, async () => {
    const templates = diskTemplates();
    const outcomes = { ok: 0, failed: 0 };
    for (const [i, text] of plans.entries()) {
      const cpu = process.cpuUsage();
      try {
        const decoded = decodeSource(`/fuzz/${i}.yaml`, new TextEncoder().encode(text));
        if (!decoded.ok) {
          outcomes.failed++;
          continue;
        }
        const { bytes } = await renderPrepared(preparePlan(decoded.source), { templates });
        expect(xmlProblems(bytes), `case ${i}`).toEqual([]);
        readDocxPackage(bytes);
        outcomes.ok++;
      } catch (err) {
        if (!(err instanceof KehoachError) || !INPUT_CLASSES.has(err.code)) throw new Error(`case ${i}: ${String(err)}\n--- plan ---\n${text.slice(0, 3000)}`);
        outcomes.failed++;
      }
      const used = process.cpuUsage(cpu);
      expect((used.user + used.system) / 1000, `case ${i}`).toBeLessThan(MAX_CASE_CPU_MS);
      expect(process.memoryUsage().rss, `case ${i}`).toBeLessThan(MAX_RSS);
    }
    // Both kinds of ending are exercised: the mutations are neither all harmless nor all fatal.
    expect(outcomes.ok).toBeGreaterThan(CASES / 10);
    expect(outcomes.failed).toBeGreaterThan(CASES / 10);
  }, 120_000);

  it(`a sample of ${CLI_SAMPLE} through the CLI: a documented exit code, no stack trace, the old output kept on failure`, () => {
    const OLD = "bản cũ";
    for (const [i, text] of plans.slice(0, CLI_SAMPLE).entries()) {
      const dir = tempDir();
      writeFileSync(path.join(dir, "plan.yaml"), text);
      writeFileSync(path.join(dir, "out.docx"), OLD);
      const run = runMeasured(["build", "plan.yaml", "-o", "out.docx"], { cwd: dir });
      expect([0, 3, 4, 5, 6, 7, 9], `case ${i}: ${run.stderr}`).toContain(run.code);
      expectHandled(run, run.code, "");
      const out = readFileSync(path.join(dir, "out.docx"));
      if (run.code === 0) expect(xmlProblems(out), `case ${i}`).toEqual([]);
      else expect(out.toString("utf8"), `case ${i}`).toBe(OLD);
      expect(readdirSync(dir).sort(), `case ${i}`).toEqual(["out.docx", "plan.yaml"]);
      expect(existsSync(path.join(dir, "out.docx"))).toBe(true);
    }
  }, 120_000);
});
