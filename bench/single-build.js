#!/usr/bin/env node
/**
 * Benchmark: the CPU time of one `kehoach build` of an example against `node -e 0` (Node's own
 * start-up), and of `kehoach --version`, alternating, in the same run. Each run is a fresh
 * process; its CPU time (user + system, all threads, from start to exit) is reported by a
 * preloaded hook (bench/cpu-at-exit.cjs) that adds the same small cost to every command.
 *
 *   npm run build && node bench/single-build.js [--repeat 5] [--plan examples/xa-na-duong-2026.yaml]
 *                                               [--against <another checkout, built>]
 *
 * `--against` adds that checkout's `--version` and `build` (its own bin/kehoach.js and bundle,
 * the same plan) to the alternation: before and after a change, in the same run.
 * Prints each command's median and min CPU ms and the ratio of the medians to `node -e 0`
 * (target for build: ≤ 5×), and the load average: on a loaded machine every process costs
 * more CPU, so compare the ratios, which come from the same run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const HOOK = path.join(ROOT, "bench/cpu-at-exit.cjs");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
};
const repeat = Number(arg("--repeat", 5));
const plan = path.resolve(ROOT, arg("--plan", "examples/xa-na-duong-2026.yaml"));
const against = arg("--against", undefined);
const work = mkdtempSync(path.join(os.tmpdir(), "kh-single-"));

const COMMANDS = {
  "node -e 0": ["-e", "0"],
  "kehoach --version": [path.join(ROOT, "bin/kehoach.js"), "--version"],
  [`kehoach build ${path.relative(ROOT, plan)}`]: [path.join(ROOT, "bin/kehoach.js"), "build", plan, "-o", path.join(work, "out.docx")],
};
if (against) {
  const bin = path.join(path.resolve(against), "bin/kehoach.js");
  COMMANDS[`${against}: kehoach --version`] = [bin, "--version"];
  COMMANDS[`${against}: kehoach build ${path.relative(ROOT, plan)}`] = [bin, "build", plan, "-o", path.join(work, "against.docx")];
}

function cpuMs(args) {
  const report = path.join(work, "cpu.txt");
  const run = spawnSync(process.execPath, ["-r", HOOK, ...args], { cwd: work, env: { ...process.env, KEHOACH_CPU_REPORT: report }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed (${run.status}):\n${run.stderr}`);
  return Number(readFileSync(report, "utf8"));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loadBefore = os.loadavg().map((l) => l.toFixed(2)).join(" ");
const times = Object.fromEntries(Object.keys(COMMANDS).map((k) => [k, []]));
// One warm-up round (disk cache), not counted; then alternate.
for (const args of Object.values(COMMANDS)) cpuMs(args);
for (let i = 0; i < repeat; i++) for (const [name, args] of Object.entries(COMMANDS)) times[name].push(cpuMs(args));
rmSync(work, { recursive: true, force: true });

const base = median(times["node -e 0"]);
console.log(`Node ${process.version}, ${os.cpus()[0]?.model.trim() ?? "?"}, ${os.availableParallelism()} cores; load average ${loadBefore} before, ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} after`);
console.log(`command: node bench/single-build.js ${process.argv.slice(2).join(" ")}`.trimEnd());
console.log("");
console.log(`| command | CPU median (of ${repeat}) | CPU min | median ÷ node -e 0 |`);
console.log("|---|---:|---:|---:|");
for (const [name, xs] of Object.entries(times)) console.log(`| ${name} | ${median(xs).toFixed(0)} ms | ${Math.min(...xs).toFixed(0)} ms | ${(median(xs) / base).toFixed(1)}× |`);
console.log("");
console.log("target: build ≤ 5× node -e 0");
