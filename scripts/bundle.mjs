#!/usr/bin/env node
/**
 * The CLI as a bundle (dist/bundle/), built by `npm run build` after tsc: one file for what
 * every run needs (the entry: commander, the pipeline, docx, yaml, zod, handlebars…) and
 * chunks that only the commands needing them load (check, batch, import, init, PDF). Loading
 * one file instead of ~300 modules takes a single build from about 0.5 s of CPU to about
 * 0.25 s (docs/performance.md). The library (dist/index.js) and its types stay tsc's output.
 *
 * dist/bundle/worker.js is the batch's worker thread (run-batch.ts looks for worker.js next
 * to itself). dist/bundle/handlebars-compiler.cjs is Handlebars' compiler, required only for
 * a template that was not precompiled (HANDLEBARS_INSTANCE below). Two modules are replaced
 * with what is computed here from tsc's output: the built-in templates, precompiled, and the
 * package parts the examples share, compressed (both checked against the library's bytes by
 * test/cli/precompiled-templates.test.ts). dist/bundle/meta.json is esbuild's metafile:
 * test/cli/bundle.test.ts reads the import graph from it.
 */
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { unzipSync } from "fflate";
import Handlebars from "handlebars";
import { readSource } from "../dist/load/read-source.js";
import { loadTemplates } from "../dist/load/load-templates.js";
import { COMPILE_OPTIONS, TemplateEngine } from "../dist/render/handlebars-env.js";
import { PACK_LEVEL } from "../dist/pack/pack-docx.js";
import { zipEntry } from "../dist/pack/zip-writer.js";
import { renderSource } from "../dist/pipeline.js";
import { TIERS } from "../dist/schema/tier.js";
import { diskTemplates } from "../dist/templates-provider.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/**
 * src/render/precompiled-templates.ts in the bundle: every built-in template and partial,
 * compiled by Handlebars with the options the engine uses, keyed by its source. Each one is
 * first compiled by the engine itself (tsc's output, which has no precompiled ones), so a
 * template the engine refuses fails the build here. `compilerOptions` is what Handlebars
 * gives a template compiled at run time: a partial given as text (an override) is compiled
 * with it when such a template calls it.
 */
function precompiledTemplates() {
  const sources = new Set();
  for (const tier of TIERS) {
    const set = loadTemplates(tier);
    for (const ref of set.templates.values()) if (ref.source.includes("{{")) sources.add(ref.source);
    for (const ref of set.partials.values()) sources.add(ref.source);
  }
  const engine = new TemplateEngine();
  const entries = [...sources].sort().map((source) => {
    engine.compile(source);
    const spec = Handlebars.precompile(source, { ...COMPILE_OPTIONS });
    return `  [${JSON.stringify(source)}, { ...${spec}, compilerOptions: ${JSON.stringify(COMPILE_OPTIONS)} }],`;
  });
  return `export const PRECOMPILED_TEMPLATES = new Map([\n${entries.join("\n")}\n]);\n`;
}

/**
 * src/pack/precompressed-parts.ts in the bundle: every package part that two or more of the
 * examples (examples/*.yaml, rendered here by the library) write with the same bytes, with
 * its CRC and DEFLATE stream as zip-writer.ts computes them at PACK_LEVEL. packDocx reuses
 * one only for a part of exactly those bytes.
 */
async function precompressedParts() {
  const seen = new Map();
  const dir = `${root}examples/`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    const { bytes } = await renderSource(await readSource(`${dir}${file}`), { templates: diskTemplates([]), sourceDateEpoch: "0" });
    for (const [name, raw] of Object.entries(unzipSync(bytes))) {
      const key = `${name}\0${Buffer.from(raw).toString("base64")}`;
      seen.set(key, { name, raw, count: (seen.get(key)?.count ?? 0) + 1 });
    }
  }
  const parts = new Map();
  for (const { name, raw, count } of [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (count < 2) continue;
    const entry = zipEntry(name, raw, PACK_LEVEL);
    const part = { text: Buffer.from(raw).toString("utf8"), crc: entry.crc, deflated: Buffer.from(entry.data).toString("base64") };
    if (Buffer.from(part.text, "utf8").compare(Buffer.from(raw)) !== 0) continue; // not UTF-8 text
    parts.set(name, [...(parts.get(name) ?? []), part]);
  }
  return `export const PRECOMPRESSED_PARTS = new Map(${JSON.stringify([...parts])});\n`;
}
const PRECOMPRESSED = await precompressedParts();

/**
 * src/render/handlebars-instance.ts in the bundle: Handlebars' runtime, whose compiling
 * functions first install the compiler from dist/bundle/handlebars-compiler.cjs (built below
 * from scripts/bundle/handlebars-compiler.cjs), then run. The built-in templates are
 * precompiled, so only a plan's own template text (or an override) loads the compiler.
 */
const HANDLEBARS_INSTANCE = `import Runtime from "handlebars/runtime";
import { createRequire } from "node:module";
const COMPILING = ["compile", "precompile", "parse", "parseWithoutProcessing"];
export function createHandlebars() {
  const hb = Runtime.create();
  for (const name of COMPILING) {
    hb[name] = (...args) => {
      createRequire(import.meta.url)("./handlebars-compiler.cjs")(hb);
      return hb[name](...args);
    };
  }
  return hb;
}
`;

const replacementsPlugin = {
  name: "bundle-replacements",
  setup(b) {
    b.onLoad({ filter: /src[\\/]render[\\/]precompiled-templates\.ts$/ }, () => ({ contents: precompiledTemplates(), loader: "js" }));
    b.onLoad({ filter: /src[\\/]pack[\\/]precompressed-parts\.ts$/ }, () => ({ contents: PRECOMPRESSED, loader: "js" }));
    b.onLoad({ filter: /src[\\/]render[\\/]handlebars-instance\.ts$/ }, () => ({ contents: HANDLEBARS_INSTANCE, loader: "js", resolveDir: `${root}src/render` }));
  },
};
/**
 * yaml's ES-module build (its package's "default" export, browser/index.js: the same code as
 * the CommonJS build that Node's condition picks), which esbuild can tree-shake: about 60 KB
 * less for every command to compile. It differs only where kehoach does not go: a warning is
 * printed with console.warn rather than process.emitWarning (plans are parsed with logLevel
 * "error"), and a YAML 1.1 !!binary value is a Uint8Array rather than a Buffer.
 */
const YAML_ESM = path.join(path.dirname(createRequire(import.meta.url).resolve("yaml/package.json")), "browser/index.js");

// Chunk names change with their content: old ones would pile up.
rmSync(new URL("../dist/bundle/", import.meta.url), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { kehoach: "src/cli/main.ts", startup: "src/cli/startup.ts", worker: "src/batch/worker.ts" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // CommonJS dependencies (handlebars…) call require() for Node's modules.
  banner: { js: 'import { createRequire as __kehoachRequire } from "node:module"; const require = __kehoachRequire(import.meta.url);' },
  chunkNames: "chunk-[hash]",
  metafile: true,
  plugins: [replacementsPlugin],
  alias: { yaml: YAML_ESM },
  legalComments: "linked",
  logLevel: "warning",
});
writeFileSync(new URL("../dist/bundle/meta.json", import.meta.url), JSON.stringify(result.metafile));
await build({
  absWorkingDir: root,
  entryPoints: ["scripts/bundle/handlebars-compiler.cjs"],
  outfile: "dist/bundle/handlebars-compiler.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  legalComments: "linked",
  logLevel: "warning",
});
