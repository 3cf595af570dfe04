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
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, Worker, workerData, parentPort } from "node:worker_threads";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const dist = (p) => import(pathToFileURL(path.join(ROOT, "dist", p)).href);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
};

/** Renders and packs `count` units as `kehoach batch` does (block cache, no file I/O), returning the wall time in ms. */
async function renderUnits(count) {
  const { decodeSource } = await dist("load/source-text.js");
  const { preparePlan, renderLayout } = await dist("pipeline.js");
  const { diskTemplates } = await dist("templates-provider.js");
  const { documentSpec } = await dist("docx/document-spec.js");
  const { BlockCachePacker } = await dist("pack/block-cache.js");
  const { readUnits } = await dist("batch/read-units.js");
  const plan = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
  const prepared = preparePlan(decodeSource(plan, readFileSync(plan)).source);
  const templates = diskTemplates();
  const units = (await readUnits(path.join(ROOT, "data/communes-2025.csv"))).rows.slice(0, count).map((r) => r.record);
  const packer = new BlockCachePacker();
  const start = Date.now();
  for (const unit of units) {
    const { layout } = renderLayout(prepared, { templates, unit });
    await packer.pack(documentSpec(layout), "2026-05-01T00:00:00Z");
  }
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
