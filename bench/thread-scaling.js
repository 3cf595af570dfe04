#!/usr/bin/env node
/**
 * How much a second core helps on this machine: renders and packs the same N units (no file
 * I/O) in one thread, in two worker threads and in two processes at once, and prints the
 * speed-up. Backs the README's note that two threads give well under 2× here (a lone Node
 * process already spends the second core on concurrent garbage collection).
 *
 *   npm run build && node bench/thread-scaling.js [--units 1200]
 */
import { fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, Worker, workerData, parentPort } from "node:worker_threads";
import { batchRenderer, unitRecords } from "./unit-renderer.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
};

/** Renders and packs `count` units as `kehoach batch` does (its per-unit renderer, no file I/O), returning the wall time in ms. */
async function renderUnits(count) {
  const render = await batchRenderer(ROOT, path.join(ROOT, "examples/batch-lang-son/plan.yaml"));
  const units = (await unitRecords(ROOT, path.join(ROOT, "data/communes-2025.csv"))).slice(0, count);
  const start = Date.now();
  await render(units);
  return Date.now() - start;
}

const count = Number(arg("--units", "1200"));
if (!isMainThread) {
  parentPort.postMessage(await renderUnits(workerData.count));
} else if (process.argv.includes("--child")) {
  process.send(await renderUnits(count));
} else {
  const inThread = () => new Promise((resolve) => new Worker(fileURLToPath(import.meta.url), { workerData: { count } }).once("message", resolve));
  const inProcess = () => new Promise((resolve) => fork(fileURLToPath(import.meta.url), ["--child", "--units", String(count)]).once("message", resolve));
  const timed = async (run) => {
    const start = Date.now();
    await run();
    return Date.now() - start;
  };
  const one = await timed(inProcess);
  const threads = await timed(() => Promise.all([inThread(), inThread()]));
  const processes = await timed(() => Promise.all([inProcess(), inProcess()]));
  const rate = (units, ms) => ((units / ms) * 1000).toFixed(0);
  console.log(`${count} units per run, ${process.version}`);
  console.log(`one thread:      ${one} ms, ${rate(count, one)} documents/s`);
  console.log(`two threads:     ${threads} ms, ${rate(2 * count, threads)} documents/s (${((2 * one) / threads).toFixed(2)}× one thread)`);
  console.log(`two processes:   ${processes} ms, ${rate(2 * count, processes)} documents/s (${((2 * one) / processes).toFixed(2)}× one thread)`);
}
