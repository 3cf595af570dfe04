import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXIT_CODES, KehoachError } from "../../src/errors.js";
import { readSource } from "../../src/load/read-source.js";
import { renderSource } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";

/**
 * The bundled CLI carries the built-in templates compiled ahead of time (scripts/bundle.mjs,
 * src/render/precompiled-templates.ts); the library compiles them at run time. Both must give
 * the same bytes, and an override (here a partial the built-in templates call) must still be
 * compiled as every template is: strict, no HTML escaping.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = path.join(ROOT, "bin/kehoach.js");
const EXAMPLES = readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".yaml"));

function cli(args: string[]): { code: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, SOURCE_DATE_EPOCH: "0", NO_COLOR: "1" }, encoding: "utf8" });
  return { code: run.status, stderr: run.stderr };
}

async function library(plan: string, templateDirs: string[] = []): Promise<Uint8Array> {
  return (await renderSource(await readSource(plan), { templates: diskTemplates(templateDirs), sourceDateEpoch: "0" })).bytes;
}

describe("precompiled built-in templates in the bundle", () => {
  it("are in the bundle: every built-in template with {{…}} and every partial", () => {
    const meta = JSON.parse(readFileSync(path.join(ROOT, "dist/bundle/meta.json"), "utf8")) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
    const bytes = Object.values(meta.outputs).flatMap((o) => Object.entries(o.inputs)).filter(([name]) => name === "src/render/precompiled-templates.ts").map(([, i]) => i.bytesInOutput);
    // The library's module is an empty map (about 60 bytes); the bundle's holds compiled code.
    expect(Math.max(0, ...bytes)).toBeGreaterThan(5_000);
  });

  it("give the library's bytes for every example", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kh-precompiled-"));
    for (const example of EXAMPLES) {
      const plan = path.join(ROOT, "examples", example);
      const out = path.join(dir, example.replace(/\.yaml$/, ".docx"));
      expect(cli(["build", plan, "-o", out]).code, example).toBe(0);
      expect(Buffer.compare(readFileSync(out), Buffer.from(await library(plan))), example).toBe(0);
    }
  });

  it("leave an overriding partial compiled as text: same bytes with & and <, and a missing value is still an error", async () => {
    const plan = path.join(ROOT, "examples/xa-na-duong-2026.yaml");
    const dir = mkdtempSync(path.join(os.tmpdir(), "kh-override-"));
    const plain = path.join(dir, "plain");
    mkdirSync(path.join(plain, "partials"), { recursive: true });
    writeFileSync(path.join(plain, "partials/ubnd-header.hbs"), "ỦY BAN NHÂN DÂN & <CÁC> XÃ\n{{upper (unitOf issuer.name)}}\n");
    const out = path.join(dir, "plain.docx");
    expect(cli(["build", plan, "--templates", plain, "-o", out]).code).toBe(0);
    expect(Buffer.compare(readFileSync(out), Buffer.from(await library(plan, [plain])))).toBe(0);
    expect(readFileSync(out).length).toBeGreaterThan(1000);

    const missing = path.join(dir, "missing");
    mkdirSync(path.join(missing, "partials"), { recursive: true });
    writeFileSync(path.join(missing, "partials/ubnd-header.hbs"), "ỦY BAN NHÂN DÂN\n{{issuer.khong_co}}\n");
    const run = cli(["build", plan, "--templates", missing, "-o", path.join(dir, "missing.docx")]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("template-missing-value");
    expect(run.stderr).toContain("khong_co");
  });

  it("compile a plan's own template on demand (Handlebars' compiler is loaded then): the library's bytes, and a syntax error at the library's place", async () => {
    const example = readFileSync(path.join(ROOT, "examples/xa-na-duong-2026.yaml"), "utf8");
    const title = "title: Tuyên truyền, quảng bá ASEAN trên địa bàn xã Na Dương năm 2026";
    expect(example).toContain(title);
    const dir = mkdtempSync(path.join(os.tmpdir(), "kh-own-template-"));
    const templated = path.join(dir, "templated.yaml");
    writeFileSync(templated, example.replace(title, "title: Tuyên truyền, quảng bá ASEAN trên địa bàn {{unitOf issuer.name}} năm 2026"));
    const out = path.join(dir, "templated.docx");
    expect(cli(["build", templated, "-o", out]).code).toBe(0);
    const bytes = await library(templated);
    expect(Buffer.compare(readFileSync(out), Buffer.from(bytes))).toBe(0);
    // {{unitOf issuer.name}} is "xã Na Dương": the same document as the example's.
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(await library(path.join(ROOT, "examples/xa-na-duong-2026.yaml"))))).toBe(0);

    const broken = path.join(dir, "broken.yaml");
    writeFileSync(broken, example.replace(title, "title: Tuyên truyền {{issuer.name} quảng bá ASEAN"));
    const error = await library(broken).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(KehoachError);
    const diagnostic = (error as KehoachError).diagnostics.find((d) => d.code === "template-syntax");
    expect(diagnostic?.position).toBeDefined();
    const run = cli(["build", broken, "-o", path.join(dir, "broken.docx")]);
    expect(run.code).toBe(EXIT_CODES[(error as KehoachError).code]);
    expect(run.stderr).toContain(`broken.yaml:${diagnostic!.position!.line}:${diagnostic!.position!.column}  lỗi  template-syntax`);
  });
});
