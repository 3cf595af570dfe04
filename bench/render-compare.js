#!/usr/bin/env node
/**
 * Two builds of kehoach rendering the same units in one process, alternating rounds: the CPU
 * per document of the batch's rendering path (bench/unit-renderer.js: the batch's own per-unit
 * renderer, without writing files) of each, and the ratio per round. On a shared machine whose speed drifts from
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
import path from "node:path";
import { fileURLToPath } from "node:url";
import { batchRenderer, unitRecords } from "./unit-renderer.js";

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
const units = await unitRecords(ROOT, path.join(ROOT, "data/communes-2025.csv"));

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const builds = { old: await batchRenderer(other, PLAN), new: await batchRenderer(ROOT, PLAN) };
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
