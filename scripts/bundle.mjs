#!/usr/bin/env node
/**
 * The CLI as a bundle (dist/bundle/), built by `npm run build` after tsc: one file for what
 * every run needs (the entry: commander, the pipeline, docx, yaml, zod, handlebars…) and
 * chunks that only the commands needing them load (check, batch, import, init, PDF). Loading
 * one file instead of ~300 modules takes a single build from about 0.5 s of CPU to about
 * 0.25 s (docs/performance.md). The library (dist/index.js) and its types stay tsc's output.
 *
 * dist/bundle/worker.js is the batch's worker thread (run-batch.ts looks for worker.js next
 * to itself). piscina stays outside the bundle: it starts its own worker script from its
 * folder. dist/bundle/meta.json is esbuild's metafile: test/cli/bundle.test.ts reads the
 * import graph from it.
 */
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));
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
  external: ["piscina"],
  // CommonJS dependencies (handlebars…) call require() for Node's modules.
  banner: { js: 'import { createRequire as __kehoachRequire } from "node:module"; const require = __kehoachRequire(import.meta.url);' },
  chunkNames: "chunk-[hash]",
  metafile: true,
  legalComments: "linked",
  logLevel: "warning",
});
writeFileSync(new URL("../dist/bundle/meta.json", import.meta.url), JSON.stringify(result.metafile));
