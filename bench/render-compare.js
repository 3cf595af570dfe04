#!/usr/bin/env node
/**
 * Two builds of kehoach rendering the same units in one process, alternating rounds: the CPU
 * per document of the batch's rendering path (resolve, lint, layout, the block-cache packer;
 * no file I/O) of each, and the ratio per round. On a shared machine whose speed drifts from
 * minute to minute, two builds measured in the same process, round by round, compare far more
 * steadily than two runs one after the other.
 *
 *   node bench/render-compare.js <other checkout> [--rounds 12] [--units 250]
 *
 * <other checkout> is a built copy of the repository (npm ci there; e.g. `git worktree add
 * /tmp/old <commit> && (cd /tmp/old && npm ci)`); this checkout is "new". Each build renders
 * examples/batch-lang-son/plan.yaml for the communes of data/communes-2025.csv, after 150 units
 * of warm-up; round r renders the same units in both, the order swapped every round.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
};
const other = process.argv[2];
if (!other || other.startsWith("--")) throw new Error("usage: node bench/render-compare.js <other checkout> [--rounds 12] [--units 250]");
const rounds = Number(arg("--rounds", 12));
const perRound = Number(arg("--units", 250));

const PLAN = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
const lines = readFileSync(path.join(ROOT, "data/communes-2025.csv"), "utf8").trimEnd().split("\n");
const head = lines[0].split(",");
const units = lines.slice(1).map((l) => Object.fromEntries(l.split(",").map((v, i) => [head[i], v])));

/** The batch's rendering path of one build, as src/batch/render-unit.ts runs it (no file I/O). */
async function renderer(root) {
  const load = (p) => import(pathToFileURL(path.join(path.resolve(root), "dist", p)).href);
  const { decodeSource } = await load("load/source-text.js");
  const { preparePlan, renderLayout } = await load("pipeline.js");
  const { diskTemplates } = await load("templates-provider.js");
  const { documentSpec } = await load("docx/document-spec.js");
  const { BlockCachePacker } = await load("pack/block-cache.js");
  const { applyOverrides } = await load("batch/override-fields.js");
  const prepared = preparePlan(decodeSource(PLAN, readFileSync(PLAN)).source);
  // An older build ignores the option it does not know (it had no render reuse).
  const templates = diskTemplates([], { reuseRenders: true });
  const packer = new BlockCachePacker();
  return async (list) => {
    for (const unit of list) {
      const plan = applyOverrides(prepared.plan, unit);
      const { layout } = renderLayout(plan === prepared.plan ? prepared : { ...prepared, plan }, { templates, unit });
      await packer.pack(documentSpec(layout), "2026-01-01T00:00:00Z");
    }
  };
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const builds = { old: await renderer(other), new: await renderer(ROOT) };
for (const render of Object.values(builds)) await render(units.slice(0, 150));
const perDoc = { old: [], new: [] };
for (let r = 0; r < rounds; r++) {
  const list = units.slice(150 + r * perRound, 150 + (r + 1) * perRound);
  if (list.length === 0) break;
  for (const name of r % 2 ? ["new", "old"] : ["old", "new"]) {
    const start = cpuMs();
    await builds[name](list);
    perDoc[name].push((cpuMs() - start) / list.length);
  }
}
console.log(`command: node bench/render-compare.js ${process.argv.slice(2).join(" ")}`);
for (const name of ["old", "new"]) console.log(`${name}: CPU per document min ${Math.min(...perDoc[name]).toFixed(3)} ms, median ${median(perDoc[name]).toFixed(3)} ms`);
console.log(`new ÷ old, median of the per-round ratios: ${median(perDoc.new.map((v, i) => v / perDoc.old[i])).toFixed(3)}`);
