import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The CLI runs from a bundle (scripts/bundle.mjs) whose entry holds commander and the commands'
 * options; each command's code is a chunk loaded when it runs. `--version` and `--help` load no
 * pipeline (docx, yaml, zod, handlebars), and `build` no DOCX reader, LibreOffice, zip reading
 * or batch code (issue 12; docs/performance.md).
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = path.join(ROOT, "bin/kehoach.js");
const HOOK = pathToFileURL(path.join(ROOT, "test/helpers/module-log.mjs")).href;

/**
 * Sources (ours and packages') that only check, batch, import, init and PDF need. Lint shares
 * one helper with check (src/check/number-date.ts); the rule registry lists the DOCX rules'
 * ids without their code (src/rules/registry.ts).
 */
const LAZY = [
  /^src\/ooxml\//,
  /^src\/check\/(?!number-date\.ts$)/,
  /^src\/rules\/registry-entries\.ts$/,
  /^src\/pdf\//,
  /^src\/import\//,
  /^src\/init\/find-unit\.ts$/,
  /^src\/batch\/(run-batch|worker|render-unit|read-units|manifest)\.ts$/,
  /^node_modules\/(@xmldom|pdf-lib|@pdf-lib|cli-progress|piscina)\//,
  // Handlebars' compiler: the built-in templates are precompiled (dist/bundle/handlebars-compiler.cjs).
  /^node_modules\/handlebars\/(lib\/|dist\/cjs\/handlebars\.js$|dist\/cjs\/handlebars\/compiler\/)/,
  /^node_modules\/source-map\//,
];
const lazy = (input: string) => LAZY.some((re) => re.test(input));

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}
const meta = (): Meta => JSON.parse(readFileSync(path.join(ROOT, "dist/bundle/meta.json"), "utf8")) as Meta;

/** The bundle files a file loads before it runs: itself and its static imports, transitively. */
function staticClosure(m: Meta, start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file) || !m.outputs[file]) continue;
    seen.add(file);
    for (const i of m.outputs[file]!.imports) if (i.kind === "import-statement") todo.push(i.path);
  }
  return seen;
}

/** The module files a CLI run loads, as paths relative to the project. */
function loadedBy(args: string[]): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kh-modules-"));
  const log = path.join(dir, "modules.log");
  execFileSync(process.execPath, ["--import", HOOK, BIN, ...args], { cwd: dir, env: { ...process.env, KEHOACH_MODULE_LOG: log }, stdio: "pipe" });
  return readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((url) => path.relative(ROOT, fileURLToPath(url)).split(path.sep).join("/"))
    .filter((file, i, all) => all.indexOf(file) === i);
}

/**
 * What a build needs that `--version` and `--help` do not: the pipeline and its packages. They
 * load only when a command runs (src/cli/commands/*-run.ts).
 */
const PIPELINE = [/^src\/pipeline\.ts$/, /^src\/(load|schema\/plan-schema|resolve|render|layout|docx|pack|lint)\//, /^node_modules\/(docx|yaml|zod|handlebars|fflate|csv-parse)\//];
const pipeline = (input: string) => PIPELINE.some((re) => re.test(input));

const inputsOf = (m: Meta, files: Iterable<string>): string[] => [...files].flatMap((file) => Object.keys(m.outputs[file]?.inputs ?? {}));
const BIN_FILES = ["bin/kehoach.js", "dist/bundle/startup.js"];
const COMPILER = "dist/bundle/handlebars-compiler.cjs";

describe("the bundled CLI", () => {
  it("loads only the entry's static chunks for --version and --help: no pipeline, check, batch, PDF or import code", () => {
    const m = meta();
    const startup = staticClosure(m, "dist/bundle/kehoach.js");
    const inputs = inputsOf(m, startup);
    expect(inputs).toContain("src/cli/main.ts");
    expect(inputs.filter(lazy)).toEqual([]);
    expect(inputs.filter(pipeline)).toEqual([]);
    // …and the lazy code is in the bundle, behind dynamic imports.
    const all = Object.values(m.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(all.filter(lazy).length).toBeGreaterThan(10);
    expect(all).toContain("src/pipeline.ts");

    // bin/kehoach.js first loads startup.js (compile cache, V8 flags), which needs nothing else.
    const before = staticClosure(m, "dist/bundle/startup.js");
    expect(inputsOf(m, before).filter((i) => !i.startsWith("<runtime>") && i !== "src/cli/startup.ts")).toEqual([]);
    for (const args of [["--version"], ["--help"], ["build", "--help"], ["batch", "--help"]]) {
      const loaded = loadedBy(args);
      expect(loaded).toContain("dist/bundle/kehoach.js");
      expect(loaded.filter((f) => f.startsWith("dist/bundle/")).sort()).toEqual([...new Set([...startup, ...before])].sort());
      expect(loaded.filter((f) => !f.startsWith("dist/bundle/") && f !== "bin/kehoach.js")).toEqual([]);
    }
  });

  it("builds an example with the pipeline's chunks only: no check, batch, PDF, import or zip-reading code", () => {
    const m = meta();
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "kh-build-")), "plan.docx");
    const loaded = loadedBy(["build", path.join(ROOT, "examples/xa-na-duong-2026.yaml"), "-o", out]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(loaded.filter((f) => !f.startsWith("dist/bundle/") && !BIN_FILES.includes(f))).toEqual([]);
    const inputs = inputsOf(m, loaded);
    expect(inputs).toContain("src/pipeline.ts");
    expect(inputs).toContain("src/cli/commands/build-run.ts");
    expect(inputs.filter(lazy)).toEqual([]);
    expect(loaded).not.toContain(COMPILER);
  });

  it("loads Handlebars' compiler (one file of the bundle) only for a plan whose own text is a template", () => {
    const example = readFileSync(path.join(ROOT, "examples/xa-na-duong-2026.yaml"), "utf8");
    const dir = mkdtempSync(path.join(os.tmpdir(), "kh-compiler-"));
    const plan = path.join(dir, "templated.yaml");
    writeFileSync(plan, example.replace(/^title: (.*) xã Na Dương (.*)$/m, "title: $1 {{unitOf issuer.name}} $2"));
    expect(readFileSync(plan, "utf8")).toContain("{{unitOf issuer.name}}");
    const out = path.join(dir, "templated.docx");
    const loaded = loadedBy(["build", plan, "-o", out]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(loaded).toContain(COMPILER);
    // The compiler file is self-contained: nothing outside the bundle is read.
    expect(loaded.filter((f) => !f.startsWith("dist/bundle/") && !BIN_FILES.includes(f))).toEqual([]);
  });

  it("carries the package parts the examples share, compressed ahead of time (the library compresses every part)", () => {
    const m = meta() as unknown as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
    const bytes = Object.values(m.outputs).flatMap((o) => Object.entries(o.inputs)).filter(([name]) => name === "src/pack/precompressed-parts.ts");
    // The library's module is an empty map; the bundle's holds styles, theme, settings… (the
    // build = library bytes test is in precompiled-templates.test.ts, for every example).
    expect(Math.max(0, ...bytes.map(([, i]) => i.bytesInOutput))).toBeGreaterThan(20_000);
    const chunk = Object.entries(m.outputs).find(([, o]) => "src/pack/precompressed-parts.ts" in o.inputs)![0];
    const text = readFileSync(path.join(ROOT, chunk), "utf8");
    for (const part of ["word/styles.xml", "word/theme/theme1.xml", "word/settings.xml", "word/numbering.xml"]) expect(text).toContain(JSON.stringify(part));
  });

  it("takes yaml's ES-module build, which esbuild can tree-shake, not its CommonJS one", () => {
    const all = Object.values(meta().outputs).flatMap((o) => Object.keys(o.inputs));
    expect(all.some((i) => i.startsWith("node_modules/yaml/browser/dist/"))).toBe(true);
    expect(all.filter((i) => i.startsWith("node_modules/yaml/dist/"))).toEqual([]);
  });

  it("loads the check chunk when check runs", () => {
    const m = meta();
    const startup = staticClosure(m, "dist/bundle/kehoach.js");
    const loaded = loadedBy(["check", "--help"]);
    // `check --help` needs no check code either.
    expect(loaded.filter((f) => !startup.has(f) && !BIN_FILES.includes(f))).toEqual([]);
    const sample = path.join(mkdtempSync(path.join(os.tmpdir(), "kh-check-")), "plan.docx");
    execFileSync(process.execPath, [BIN, "build", path.join(ROOT, "examples/xa-na-duong-2026.yaml"), "-o", sample], { stdio: "pipe" });
    const checking = loadedBy(["check", sample]).filter((f) => !startup.has(f) && !BIN_FILES.includes(f));
    const inputs = inputsOf(m, checking);
    expect(inputs).toContain("src/check/check-docx.ts");
    expect(inputs.some((i) => i.startsWith("node_modules/@xmldom/"))).toBe(true);
  });
});
