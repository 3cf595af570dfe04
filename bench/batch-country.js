#!/usr/bin/env node
/**
 * Benchmark: kehoach against docxtemplater on the same document shape with the same number of
 * threads (1 vs 1, 2 vs 2), alternating, repeated, in one run. kehoach renders
 * examples/batch-lang-son/plan.yaml for each unit of data/communes-2025.csv (the whole country:
 * 3,321 units) with `--jobs N`; docxtemplater fills a template made from kehoach's own document
 * of a unit (the unit's words replaced by {tags}: the same package, the same text) in N threads
 * (this one and N − 1 workers, as kehoach), one instance per document as it is normally used,
 * and writes each file. A third row, the floor, writes the same template's package with the least
 * work any tool can do for it (the unit's words put into cached XML, deflated at fflate level 6
 * as kehoach does, zipped, the file created): kehoach cannot be faster than it, whatever it
 * optimises. Each run is a child process of its own.
 *
 *   npm run bench                                    # whole country, 1 vs 1 and 2 vs 2, three rounds
 *   node bench/batch-country.js --limit 1000 --jobs 2 --repeat 5
 *   node bench/batch-country.js --profile            # CPU profiles of the kehoach runs
 *
 * Options: --jobs 1,2 (thread counts to compare), --tools kehoach,docxtemplater,floor (which rows;
 * docxtemplater is needed, every ratio is to it), --repeat N (rounds; default 3), --limit N
 * (first N units), --main-thread no (kehoach renders in N workers, this thread only hands out
 * units), --startup no (without the settings bin/kehoach.js makes before a batch), --keep (leave
 * the run's files, so that a benchmark run right after does not pay for their deletion),
 * --profile (node --cpu-prof for the kehoach runs, one file per thread, into
 * bench/profiles/kehoach-jobsN-roundR/), --json.
 *
 * Per run: documents/s over the wall time of the work (reading the plan and list, starting
 * threads, rendering, writing every file and, for kehoach, the manifest), CPU ms per document
 * (user + system of the whole process, all threads, from process.cpuUsage: less sensitive than
 * wall time to other load on a shared machine) and peak RSS (ru_maxrss, all threads).
 * Per pair (same round, same threads): each tool's ratio to docxtemplater in documents/s and CPU
 * per document.
 * Summary: min and median over the rounds. The load average is printed before and after:
 * numbers from a loaded machine are only comparable within the run. Every phase starts after
 * `sync` (syncDisk), so that none pays for writing the previous phase's files to disk.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PLAN = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
const UNITS = path.join(ROOT, "data/communes-2025.csv");
const dist = (p) => pathToFileURL(path.join(ROOT, "dist", p)).href;

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
};
const flag = (name) => process.argv.includes(name);

/**
 * Where a phase writes its files: the run's folder (--work, made by the parent, removed once
 * every phase is done), so no phase deletes files. This machine's ext4 has no journal, and
 * without one ext4 skips an inode freed in the last 60 s (360 s while its table block is
 * dirty) when it allocates a new one, checking every such inode again for each file created
 * (fs/ext4/ialloc.c, find_inode_bit → recently_deleted; seen with `perf record`). Removing a
 * phase's 3,321 files made each file the next phase created, whichever tool ran it, cost up
 * to 1 ms of kernel CPU instead of about 0.03 ms (docs/performance.md).
 */
const phaseFolder = () => arg("--work") ?? os.tmpdir();
/** A phase run on its own (no --work) removes its files itself. */
function removeUnlessRun(dir) {
  if (arg("--work") === undefined) rmSync(dir, { recursive: true, force: true });
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const cpuSecondsSince = (start) => {
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

async function phaseKehoach(jobs, limit) {
  // What bin/kehoach.js sets before a batch (the compile cache, V8 flags: src/cli/startup.ts);
  // --startup no measures the batch without them.
  if (arg("--startup", "yes") !== "no") (await import(dist("cli/startup.js"))).prepareStartup(["batch"]);
  const { runBatch } = await import(dist("batch/run-batch.js"));
  const work = mkdtempSync(path.join(phaseFolder(), "kh-bench-"));
  const out = path.join(work, "out");
  const units = unitsFile(limit, work);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await runBatch({ planFile: PLAN, unitsFile: units, outDir: out, cwd: ROOT, jobs, renderInMainThread: arg("--main-thread", "yes") !== "no" });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8"));
  const files = readdirSync(out).filter((f) => f.endsWith(".docx")).length;
  removeUnlessRun(work);
  const n = result.units.length;
  return { tool: "kehoach", jobs, docs: n, seconds, cpuSeconds, maxRssMb: peakRssMb(), complete: manifest.written === n && files === n };
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
 * docxtemplater's template: the kehoach document of a unit whose data are sentinels, each
 * sentinel replaced by a {tag}. (The plan's "thôn"/"tổ dân phố" choice is fixed in the
 * template: docxtemplater would need a condition; leaving it out only favours docxtemplater.)
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

/** A unit's data as the template's tags name them, from its line of the unit list. */
function rowData(line) {
  const [code, name, type, , province] = line.split(",");
  const upper = (s) => s.toUpperCase();
  return { code, name, name_upper: upper(name), type, type_lower: type.toLowerCase(), type_upper: upper(type), province_name: province, province_upper: upper(province) };
}

/** docxtemplater's usual loop: one instance per document, DEFLATE, write. */
async function fillRows(template, rows, out) {
  const { default: PizZip } = await import("pizzip");
  const { default: Docxtemplater } = await import("docxtemplater");
  for (const line of rows) {
    const data = rowData(line);
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render(data);
    writeFileSync(path.join(out, `${data.code}.docx`), doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" }));
  }
}

const XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeXml = (s) => s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);

/**
 * The floor (issue 12): the least any tool must do per unit to write these same files with
 * fflate at level 6 — the unit's words put into the cached text of the parts that name it
 * (document.xml, core.xml; XML-escaped), those parts deflated, the other parts' compressed
 * entries reused, the package zipped, the file created. No plan, no layout, no docx: kehoach
 * does all of this and more, so it cannot be faster than this row of the same run.
 */
async function fillFloor(template, rows, out) {
  const { unzipSync, strFromU8, strToU8 } = await import("fflate");
  const { writeZip, zipEntry } = await import(dist("pack/zip-writer.js"));
  const { FIXED_MTIME, PACK_LEVEL } = await import(dist("pack/pack-docx.js"));
  const parts = unzipSync(template);
  const tagPattern = new RegExp(`(${TAGS.map(([, tag]) => tag.replace(/[{}]/g, "\\$&")).join("|")})`);
  const fixed = new Map();
  const tagged = new Map();
  for (const [name, raw] of Object.entries(parts)) {
    const pieces = strFromU8(raw).split(tagPattern);
    if (pieces.length > 1) tagged.set(name, pieces);
    else fixed.set(name, zipEntry(name, raw, PACK_LEVEL));
  }
  for (const line of rows) {
    const data = rowData(line);
    const entries = Object.keys(parts).map((name) => {
      const kept = fixed.get(name);
      if (kept) return kept;
      // split() with a capturing group: odd pieces are the tags.
      const text = tagged.get(name).map((piece, i) => (i % 2 ? escapeXml(data[piece.slice(1, -1)]) : piece)).join("");
      return zipEntry(name, strToU8(text), PACK_LEVEL);
    });
    writeFileSync(path.join(out, `${data.code}.docx`), writeZip(entries, FIXED_MTIME), { flag: "wx" });
  }
}

const FILLERS = { docxtemplater: fillRows, floor: fillFloor };
const TOOLS = ["kehoach", "docxtemplater", "floor"];

/** docxtemplater or the floor, in this thread and jobs − 1 workers. */
async function phaseTemplate(tool, jobs, limit) {
  const { template, tags } = await buildTemplate();
  const work = mkdtempSync(path.join(phaseFolder(), `${tool}-bench-`));
  const out = path.join(work, "out");
  mkdirSync(out);
  const rows = readFileSync(UNITS, "utf8").trimEnd().split("\n").slice(1, limit ? limit + 1 : undefined);
  const cpu = process.cpuUsage();
  const started = performance.now();
  // This thread and jobs − 1 workers, each with every jobs-th row.
  const share = (k) => rows.filter((_, i) => i % jobs === k);
  const workers = Array.from(
    { length: jobs - 1 },
    (_, k) =>
      new Promise((resolve, reject) => {
        const w = new Worker(fileURLToPath(import.meta.url), { workerData: { tool, template, rows: share(k + 1), out } });
        w.once("message", resolve).once("error", reject);
      }),
  );
  await FILLERS[tool](template, share(0), out);
  await Promise.all(workers);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  const files = readdirSync(out).length;
  removeUnlessRun(work);
  return { tool, jobs, tags, docs: rows.length, seconds, cpuSeconds, maxRssMb: peakRssMb(), complete: files === rows.length };
}

function child(tool, jobs, round, work) {
  const profile = flag("--profile") && tool === "kehoach" ? ["--cpu-prof", "--cpu-prof-dir", path.join(ROOT, `bench/profiles/kehoach-jobs${jobs}-round${round}`)] : [];
  const run = spawnSync(process.execPath, [...profile, fileURLToPath(import.meta.url), "--phase", tool, "--phase-jobs", String(jobs), "--work", work, ...process.argv.slice(2)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${tool} failed (${run.status}):\n${run.stderr}`);
  return { ...JSON.parse(run.stdout.trim().split("\n").at(-1)), round };
}

/**
 * CPU ms per empty file created in `dir` (500 files, kept until the run's folder is removed):
 * how much recent deletions on this filesystem add to every document of both tools (see
 * phaseFolder). Printed before and after the rounds.
 */
function fileCreationMs(dir) {
  const probe = mkdtempSync(path.join(dir, "probe-"));
  const cpu = process.cpuUsage();
  for (let i = 0; i < 500; i++) writeFileSync(path.join(probe, String(i)), "", { flag: "wx" });
  return (cpuSecondsSince(cpu) * 1000) / 500;
}

/**
 * Before each phase: the page cache's dirty pages written to disk. The kernel writes the files
 * of a phase back to disk while the next phase runs, and that work competes with it for the two
 * cores; the faster tool pays more for it in proportion. Three pairs of country batches (CLI,
 * 2 threads), right after another batch against after `sync`: 3.53–3.70 s against 3.45–3.54 s.
 * `sync` runs outside every phase's timing; where there is none (Windows), nothing is done.
 */
function syncDisk() {
  spawnSync("sync", { stdio: "ignore" });
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rate = (r) => r.docs / r.seconds;
const cpuMs = (r) => (r.cpuSeconds * 1000) / r.docs;

async function main() {
  const phase = arg("--phase");
  const limit = Number(arg("--limit", 0));
  if (phase) {
    const jobs = Number(arg("--phase-jobs"));
    return console.log(JSON.stringify(phase === "kehoach" ? await phaseKehoach(jobs, limit) : await phaseTemplate(phase, jobs, limit)));
  }
  const jobsList = String(arg("--jobs", "1,2")).split(",").map(Number);
  const tools = String(arg("--tools", TOOLS.join(","))).split(",");
  if (!tools.includes("docxtemplater") || tools.some((t) => !TOOLS.includes(t))) throw new Error(`--tools: a list of ${TOOLS.join(", ")}, with docxtemplater`);
  const repeat = Number(arg("--repeat", 3));
  const loadBefore = load();
  const work = mkdtempSync(path.join(os.tmpdir(), "kh-bench-run-"));
  const results = [];
  let probeBefore;
  let probeAfter;
  try {
    probeBefore = fileCreationMs(work);
    for (let round = 1; round <= repeat; round++) {
      for (const jobs of jobsList) {
        // Rotate which tool goes first, so none always runs on a warmer or cooler machine.
        const order = tools.map((_, i) => tools[(i + round - 1) % tools.length]);
        for (const tool of order) {
          syncDisk();
          results.push(child(tool, jobs, round, work));
        }
      }
    }
    probeAfter = fileCreationMs(work);
  } finally {
    // --keep: benchmarks run one after another do not pay for this one's deletions (see phaseFolder).
    if (flag("--keep")) console.error(`files kept in ${work}: remove them once done measuring`);
    else rmSync(work, { recursive: true, force: true });
  }
  const loadAfter = load();
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model.trim() ?? "?"}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
  // Per round and thread count: each tool against docxtemplater of the same round.
  const pairs = [];
  for (let round = 1; round <= repeat; round++) {
    for (const jobs of jobsList) {
      const d = results.find((r) => r.tool === "docxtemplater" && r.jobs === jobs && r.round === round);
      for (const r of results.filter((r) => r.tool !== "docxtemplater" && r.jobs === jobs && r.round === round)) {
        pairs.push({ round, jobs, tool: r.tool, speed: rate(r) / rate(d), cpu: cpuMs(d) / cpuMs(r) });
      }
    }
  }
  const fileCreation = { before: probeBefore, after: probeAfter };
  if (flag("--json")) return console.log(JSON.stringify({ machine, loadBefore, loadAfter, fileCreation, results, pairs }));
  console.log(`machine: ${machine}`);
  console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${loadAfter} after`);
  console.log(`creating an empty file here (500, CPU per file): ${probeBefore.toFixed(3)} ms before, ${probeAfter.toFixed(3)} ms after (about 0.03 ms when nothing was deleted in the last minutes)`);
  console.log(`command: node bench/batch-country.js ${process.argv.slice(2).join(" ")}`.trimEnd());
  console.log("");
  console.log("| round | threads | tool | documents | wall | documents/s | CPU/document | peak RSS | complete |");
  console.log("|---:|---:|---|---:|---:|---:|---:|---:|---|");
  for (const r of results) {
    console.log(`| ${r.round} | ${r.jobs} | ${r.tool} | ${r.docs} | ${r.seconds.toFixed(1)} s | ${rate(r).toFixed(0)} | ${cpuMs(r).toFixed(2)} ms | ${r.maxRssMb.toFixed(0)} MB | ${r.complete ? "yes" : "NO"} |`);
  }
  console.log("");
  console.log("| threads | tool | documents/s min / median | CPU/document min / median | peak RSS max | ÷ docxtemplater, documents/s, per round: min / median | CPU ratio min / median |");
  console.log("|---:|---|---:|---:|---:|---:|---:|");
  const span = (xs) => `${Math.min(...xs).toFixed(2)}× / ${median(xs).toFixed(2)}×`;
  for (const jobs of jobsList) {
    for (const tool of tools) {
      const rs = results.filter((r) => r.tool === tool && r.jobs === jobs);
      const ps = pairs.filter((p) => p.jobs === jobs && p.tool === tool);
      const ratio = ps.length ? span(ps.map((p) => p.speed)) : "";
      const cpuRatio = ps.length ? span(ps.map((p) => p.cpu)) : "";
      console.log(
        `| ${jobs} | ${tool} | ${Math.min(...rs.map(rate)).toFixed(0)} / ${median(rs.map(rate)).toFixed(0)} | ${Math.min(...rs.map(cpuMs)).toFixed(2)} / ${median(rs.map(cpuMs)).toFixed(2)} ms | ${Math.max(...rs.map((r) => r.maxRssMb)).toFixed(0)} MB | ${ratio} | ${cpuRatio} |`,
      );
    }
  }
  console.log("");
  console.log("targets (whole country, 2 threads): ≥ 3× docxtemplater in documents/s, ≤ 2 ms CPU per document, peak RSS ≤ 250 MB");
  if (flag("--profile")) console.log(`CPU profiles: ${path.join(ROOT, "bench/profiles")} (open in Chrome DevTools or speedscope)`);
  if (results.some((r) => !r.complete)) process.exitCode = 1;
}

if (isMainThread) await main();
else {
  await FILLERS[workerData.tool](workerData.template, workerData.rows, workerData.out);
  parentPort.postMessage("done");
}
