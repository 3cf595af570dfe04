#!/usr/bin/env node
/**
 * Benchmark: PDF throughput of `batch --pdf` (a pool of N LibreOffice processes, each
 * converting its share of the list in one start) against what users do today, one plain
 * `soffice --convert-to pdf` per file, over the same DOCX files in the same run.
 *
 *   npm run build && node bench/pdf-pool.js                 # 65 Lạng Sơn communes, 2 processes, 3 rounds
 *   node bench/pdf-pool.js --jobs 2 --limit 30 --repeat 5 --json
 *
 * Options: --jobs N (pool processes, default 2), --limit N (first N units of the Lạng Sơn list),
 * --repeat N (rounds; the two ways alternate within each round), --json (one JSON line).
 *
 * Pool: kehoach's own code (dist/pdf/batch-pdf.js, convertBatch), timed from the call to the
 * last PDF written: LibreOffice start-ups, conversions, the metadata pass and atomic writes.
 * Every pool process gets a fresh profile (as in `batch --pdf`).
 * Plain: `soffice --headless --convert-to pdf --outdir … file.docx` per file, one after the
 * other, reusing one profile across calls as a user's installed LibreOffice would (a warm
 * profile: kinder to the baseline than a fresh one each time).
 * The machine is shared, so each figure is printed with the load average at that moment.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PLAN = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
const UNITS = path.join(ROOT, "examples/batch-lang-son/units.csv");
const dist = (p) => pathToFileURL(path.join(ROOT, "dist", p)).href;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
}
const jobs = Number(arg("--jobs", "2"));
const limit = Number(arg("--limit", "0"));
const repeat = Number(arg("--repeat", "3"));
const json = process.argv.includes("--json");

const { findSoffice } = await import(dist("pdf/find-soffice.js"));
const { convertBatch } = await import(dist("pdf/batch-pdf.js"));
const soffice = findSoffice();
const work = mkdtempSync(path.join(os.tmpdir(), "kh-bench-pdf-"));

// The DOCX files, once: `kehoach batch` over the Lạng Sơn list (or its first --limit rows).
let units = UNITS;
if (limit > 0) {
  units = path.join(work, "units.csv");
  writeFileSync(units, readFileSync(UNITS, "utf8").trimEnd().split("\n").slice(0, limit + 1).join("\n") + "\n");
}
const docxDir = path.join(work, "docx");
const built = spawnSync(process.execPath, [path.join(ROOT, "bin/kehoach.js"), "batch", PLAN, "--units", units, "-o", docxDir, "--quiet"], { encoding: "utf8" });
if (built.status !== 0) throw new Error(built.stderr);
const files = readdirSync(docxDir).filter((f) => f.endsWith(".docx")).sort().map((f) => path.join(docxDir, f));
const { createHash } = await import("node:crypto");
const sha = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");
const hashes = files.map(sha);

const load = () => os.loadavg()[0].toFixed(1);

async function pool(round) {
  const out = path.join(work, `pool-${round}`);
  mkdirSync(out);
  const pdfUnits = files.map((docx, index) => ({ index, label: String(index), docx, pdf: path.join(out, path.basename(docx, ".docx") + ".pdf"), docxSha256: hashes[index] }));
  const loadBefore = load();
  const t0 = performance.now();
  const records = await convertBatch(pdfUnits, { jobs, pdfa: false, previous: new Map(), outDir: out });
  const seconds = (performance.now() - t0) / 1000;
  const failed = [...records.values()].filter((r) => r.status !== "written").length;
  if (failed) throw new Error(`pool: ${failed} failed`);
  return { seconds, rate: files.length / seconds, load: `${loadBefore}→${load()}` };
}

function plain(round) {
  const out = path.join(work, `plain-${round}`);
  mkdirSync(out);
  const profile = pathToFileURL(path.join(work, "plain-profile")).href;
  const loadBefore = load();
  const t0 = performance.now();
  for (const file of files) {
    const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", out, file], { stdio: "ignore", timeout: 120_000 });
    if (r.status !== 0) throw new Error(`plain soffice failed on ${file}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, rate: files.length / seconds, load: `${loadBefore}→${load()}` };
}

// Warm the baseline's profile (first start creates it) and the page cache, outside the timings.
spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(path.join(work, "plain-profile")).href}`, "--headless", "--convert-to", "pdf", "--outdir", path.join(work, "warm"), files[0]], { stdio: "ignore" });

const results = { pool: [], plain: [] };
for (let round = 0; round < repeat; round++) {
  // Alternate which goes first, so a load change during a round favours neither.
  const order = round % 2 === 0 ? ["pool", "plain"] : ["plain", "pool"];
  for (const which of order) {
    const r = which === "pool" ? await pool(round) : plain(round);
    results[which].push(r);
    if (!json) console.log(`round ${round + 1} ${which.padEnd(5)} ${r.seconds.toFixed(1)} s  ${r.rate.toFixed(2)} files/s  (load ${r.load})`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (rs) => ({ bestRate: Math.max(...rs.map((r) => r.rate)), medianRate: median(rs.map((r) => r.rate)), minSeconds: Math.min(...rs.map((r) => r.seconds)), medianSeconds: median(rs.map((r) => r.seconds)) });
const p = summary(results.pool);
const q = summary(results.plain);
const report = {
  files: files.length,
  jobs,
  cores: os.availableParallelism(),
  soffice,
  pool: p,
  plain: q,
  ratioBest: p.bestRate / q.bestRate,
  ratioMedian: p.medianRate / q.medianRate,
  rounds: results,
};
if (json) console.log(JSON.stringify(report));
else {
  console.log(`\n${files.length} DOCX, pool of ${jobs} on ${report.cores} cores, ${repeat} rounds`);
  console.log(`pool : best ${p.bestRate.toFixed(2)} files/s (min ${p.minSeconds.toFixed(1)} s), median ${p.medianRate.toFixed(2)} files/s`);
  console.log(`plain: best ${q.bestRate.toFixed(2)} files/s (min ${q.minSeconds.toFixed(1)} s), median ${q.medianRate.toFixed(2)} files/s`);
  console.log(`pool / plain: ${report.ratioBest.toFixed(2)}× (best), ${report.ratioMedian.toFixed(2)}× (median)`);
}
rmSync(work, { recursive: true, force: true });
