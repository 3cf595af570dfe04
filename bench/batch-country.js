#!/usr/bin/env node
/**
 * Benchmark: the whole country (data/communes-2025.csv, 3,321 communes) rendered by
 * `kehoach batch` with 2 worker threads, against docxtemplater filling an equivalent
 * template single-threaded (as it is normally used: one instance per document), in the same
 * run. Prints documents/second, wall time and peak memory for both and the ratio.
 *
 *   npm run bench                      # builds dist/, then runs everything
 *   node bench/batch-country.js --jobs 2 --limit 500 --write-in both --repeat 2
 *
 * Options: --jobs N (kehoach threads, default 2), --limit N (first N units only),
 * --write-in worker|main|both (who compares and writes the files: the worker threads, or the
 * main thread receiving the bytes; default worker), --repeat N (alternate the runs N times),
 * --keep (keep the output folders), --json (one JSON line with every result).
 *
 * Each run is a child process of its own, so its peak RSS (getrusage ru_maxrss, which
 * includes the worker threads) and its wall time are its own. Wall time counts everything a
 * user waits for after the process has started: reading the plan and the list, starting the
 * workers, rendering, writing 3,321 files and the manifest. For docxtemplater it counts the
 * fill loop (template zip parse, render, DEFLATE, write) but not building the template.
 * "whole process" adds Node's start-up and module loading (and, for docxtemplater, building
 * its template), measured from outside.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PLAN = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
const UNITS = path.join(ROOT, "data/communes-2025.csv");
const dist = (p) => pathToFileURL(path.join(ROOT, "dist", p)).href;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
}
const flag = (name) => process.argv.includes(name);

/** Peak resident set size of this process so far, in MB (Linux reports KiB). */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU seconds (user + system, all threads) since `start`. Less sensitive than wall time to other load on a shared machine. */
const cpuSince = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
};

/** The unit list, or its first `limit` rows in a temporary CSV. */
function unitsFile(limit, dir) {
  if (!limit) return UNITS;
  const lines = readFileSync(UNITS, "utf8").trimEnd().split("\n");
  const file = path.join(dir, "units.csv");
  writeFileSync(file, `${lines.slice(0, limit + 1).join("\n")}\n`);
  return file;
}

async function phaseKehoach(writeIn) {
  const { runBatch } = await import(dist("batch/run-batch.js"));
  const work = mkdtempSync(path.join(os.tmpdir(), "kh-bench-"));
  const out = path.join(work, "out");
  const units = unitsFile(Number(arg("--limit", 0)), work);
  const jobs = Number(arg("--jobs", 2));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await runBatch({ planFile: PLAN, unitsFile: units, outDir: out, cwd: ROOT, jobs, returnBytes: writeIn === "main" });
  const seconds = (performance.now() - started) / 1000;
  const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8"));
  const files = readdirSync(out).filter((f) => f.endsWith(".docx")).length;
  const complete = manifest.total === result.units.length && manifest.written === result.units.length && files === result.units.length;
  if (!flag("--keep")) rmSync(work, { recursive: true, force: true });
  return {
    name: `kehoach --jobs ${jobs} (files written by ${writeIn === "main" ? "main thread" : "workers"})`,
    docs: result.units.length,
    seconds,
    cpuSeconds: cpuSince(cpu),
    maxRssMb: peakRssMb(),
    threads: result.threads,
    complete,
    out: flag("--keep") ? out : undefined,
  };
}

/** Texts that stand for the unit's data in the template run; each case form becomes one tag. */
const SENTINEL = { code: "99999", name: "Zqnamez", type: "Zqtypez", province_code: "99", province_name: "Zqprovz" };
const TAGS = [
  ["ZQNAMEZ", "{name_upper}"],
  ["Zqnamez", "{name}"],
  ["ZQTYPEZ", "{type_upper}"],
  ["zqtypez", "{type_lower}"],
  ["Zqtypez", "{type}"],
  ["ZQPROVZ", "{province_upper}"],
  ["Zqprovz", "{province_name}"],
];

/**
 * docxtemplater's template: the kehoach document of a unit whose data are sentinels, with each
 * sentinel replaced by a {tag} — the same package, the same text, only the unit's words are
 * tags. (The plan's "thôn"/"tổ dân phố" choice is fixed in the template: docxtemplater would
 * need a condition; leaving it out only favours docxtemplater.)
 */
async function buildTemplate() {
  const { readSource } = await import(dist("load/read-source.js"));
  const { preparePlan, renderPrepared } = await import(dist("pipeline.js"));
  const { diskTemplates } = await import(dist("templates-provider.js"));
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import("fflate");
  const prepared = preparePlan(await readSource(PLAN));
  const { bytes } = await renderPrepared(prepared, { templates: diskTemplates(), unit: SENTINEL });
  const parts = unzipSync(bytes);
  let tags = 0;
  for (const name of Object.keys(parts)) {
    if (!name.endsWith(".xml")) continue;
    let xml = strFromU8(parts[name]);
    for (const [sentinel, tag] of TAGS) {
      tags += xml.split(sentinel).length - 1;
      xml = xml.split(sentinel).join(tag);
    }
    if (/Zq|ZQ|zq/.test(xml)) throw new Error(`sentinel left in ${name}`);
    parts[name] = strToU8(xml);
  }
  return { template: zipSync(parts, { level: 6 }), tags };
}

async function phaseDocxtemplater() {
  const { default: PizZip } = await import("pizzip");
  const { default: Docxtemplater } = await import("docxtemplater");
  const { foldKey } = await import(dist("render/vietnamese.js"));
  const { template, tags } = await buildTemplate();
  const work = mkdtempSync(path.join(os.tmpdir(), "dt-bench-"));
  const out = path.join(work, "out");
  mkdirSync(out);
  const limit = Number(arg("--limit", 0));
  const rows = readFileSync(UNITS, "utf8").trimEnd().split("\n").slice(1, limit ? limit + 1 : undefined);
  const upper = (s) => s.toUpperCase();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const line of rows) {
    const [code, name, type, , province] = line.split(",");
    const data = {
      name,
      name_upper: upper(name),
      type,
      type_lower: type.toLowerCase(),
      type_upper: upper(type),
      province_name: province,
      province_upper: upper(province),
    };
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render(data);
    const bytes = doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
    writeFileSync(path.join(out, `${code}-${foldKey(`${type} ${name}`).replace(/[^a-z0-9]+/g, "-")}.docx`), bytes);
  }
  const seconds = (performance.now() - started) / 1000;
  const files = readdirSync(out).length;
  if (!flag("--keep")) rmSync(work, { recursive: true, force: true });
  return {
    name: `docxtemplater (1 thread, ${tags} tags)`,
    docs: rows.length,
    seconds,
    cpuSeconds: cpuSince(cpu),
    maxRssMb: peakRssMb(),
    threads: 1,
    complete: files === rows.length,
    out: flag("--keep") ? out : undefined,
  };
}

function child(phase, extra = []) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--phase", phase, ...extra, ...process.argv.slice(2)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${phase} failed (${run.status}):\n${run.stderr}`);
  return { ...JSON.parse(run.stdout.trim().split("\n").at(-1)), processSeconds: (performance.now() - started) / 1000 };
}

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "?"}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`;
}

async function main() {
  const phase = arg("--phase");
  if (phase === "kehoach") return console.log(JSON.stringify(await phaseKehoach(arg("--write", "worker"))));
  if (phase === "docxtemplater") return console.log(JSON.stringify(await phaseDocxtemplater()));

  if (!existsSync(path.join(ROOT, "dist/batch/worker.js"))) throw new Error("dist/ is missing: run `npm run build` (npm run bench does)");
  const writeIn = arg("--write-in", "worker");
  const repeat = Number(arg("--repeat", 1));
  const results = [];
  for (let i = 0; i < repeat; i++) {
    for (const w of writeIn === "both" ? ["worker", "main"] : [writeIn]) results.push(child("kehoach", ["--write", w]));
    results.push(child("docxtemplater"));
  }
  const rate = (r) => r.docs / r.seconds;
  const best = (prefix) => results.filter((r) => r.name.startsWith(prefix)).sort((a, b) => rate(b) - rate(a))[0];
  const k = best("kehoach");
  const d = best("docxtemplater");
  const ratio = rate(k) / rate(d);
  if (flag("--json")) return console.log(JSON.stringify({ machine: machine(), results, ratio }));
  console.log(`machine: ${machine()}`);
  console.log("");
  console.log("| run | documents | wall time | whole process | documents/s | CPU per document | peak RSS | complete |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---|");
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.docs} | ${r.seconds.toFixed(1)} s | ${r.processSeconds.toFixed(1)} s | ${rate(r).toFixed(0)} | ${((r.cpuSeconds * 1000) / r.docs).toFixed(1)} ms | ${r.maxRssMb.toFixed(0)} MB | ${r.complete ? "yes" : "NO"} |`,
    );
  }
  console.log("");
  console.log(`ratio kehoach / docxtemplater: ${ratio.toFixed(2)}× (target ≥ 2×); best run of each`);
  const cpuPerDoc = (r) => r.cpuSeconds / r.docs;
  console.log(`CPU per document: kehoach ${(cpuPerDoc(k) * 1000).toFixed(1)} ms (all threads), docxtemplater ${(cpuPerDoc(d) * 1000).toFixed(1)} ms`);
  const full = k.docs >= 3321;
  console.log(`kehoach wall time: ${k.seconds.toFixed(1)} s${full ? " (target ≤ 20 s for the country)" : ""}; peak RSS ${k.maxRssMb.toFixed(0)} MB (target ≤ 300 MB)`);
  if (results.some((r) => !r.complete)) process.exitCode = 1;
}

await main();
