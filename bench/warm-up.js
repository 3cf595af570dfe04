#!/usr/bin/env node
/**
 * How a batch thread's cost per document falls as it warms up: the batch's own per-unit
 * renderer (bench/unit-renderer.js; no files written) over the country's units in order,
 * printing the CPU per document of each block of units. Every thread of `kehoach batch --jobs
 * N` is a V8 isolate of its own and pays this warm-up once (interpreted code until V8 has
 * optimised it, caches filling), so with two threads the country pays it twice: the reason
 * two threads cost more CPU per document than one (docs/performance.md).
 *
 *   npm run build && node bench/warm-up.js [--block 100] [--units 3300] [--startup no]
 *
 * The V8 settings `kehoach batch` makes at start-up (src/cli/startup.ts) are made here too;
 * --startup no measures without them.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { batchRenderer, unitRecords } from "./unit-renderer.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const startupAt = process.argv.indexOf("--startup");
if (startupAt < 0 || process.argv[startupAt + 1] !== "no") {
  const { prepareStartup } = await import(new URL("../dist/cli/startup.js", import.meta.url).href);
  prepareStartup(["batch"]);
}
const block = arg("--block", 100);
const total = arg("--units", 3300);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const start = cpuMs();
const units = (await unitRecords(ROOT, path.join(ROOT, "data/communes-2025.csv"))).slice(0, total);
const render = await batchRenderer(ROOT, path.join(ROOT, "examples/batch-lang-son/plan.yaml"));
const setup = cpuMs() - start;
const perDoc = [];
for (let i = 0; i < units.length; i += block) {
  const t = cpuMs();
  const list = units.slice(i, i + block);
  await render(list);
  perDoc.push((cpuMs() - t) / list.length);
}
const steady = [...perDoc.slice(-Math.max(1, Math.floor(perDoc.length / 4)))].sort((a, b) => a - b);
const steadyMs = steady[Math.floor(steady.length / 2)];
const warmUp = setup + perDoc.reduce((sum, ms, k) => sum + Math.max(0, ms - steadyMs) * Math.min(block, units.length - k * block), 0);
console.log(`command: node bench/warm-up.js ${process.argv.slice(2).join(" ")}`.trimEnd());
console.log(`setup (modules, plan, templates): ${setup.toFixed(0)} ms of CPU`);
console.log(`CPU per document, blocks of ${block} units in order: ${perDoc.map((ms) => ms.toFixed(2)).join(" ")}`);
console.log(`steady state (median of the last quarter): ${steadyMs.toFixed(2)} ms; warm-up (setup + the excess over it): ${(warmUp / 1000).toFixed(2)} s of CPU per thread`);
