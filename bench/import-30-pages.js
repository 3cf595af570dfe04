#!/usr/bin/env node
/**
 * `kehoach import` on a plan of about 30 pages: the sections of examples/xa-na-duong-2026.yaml
 * (6 pages) six times over, built to DOCX, then imported N times in this process (reading,
 * anatomy, mapping, the resolve-and-lint pass and the YAML writer: everything but the disk).
 * Prints the page count (LibreOffice, when installed) and min / median wall time per import.
 * Target (issue 10): under 2 s.
 *
 *   npm run build && node bench/import-30-pages.js [--runs 10] [--copies 6]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse, stringify } from "yaml";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const dist = (p) => import(pathToFileURL(path.join(ROOT, "dist", p)).href);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};

const { decodeSource, preparePlan, renderPrepared, diskTemplates, importDocx } = await dist("index.js");
const runs = arg("--runs", 10);
const copies = arg("--copies", 6);

const plan = parse(readFileSync(path.join(ROOT, "examples/xa-na-duong-2026.yaml"), "utf8"));
plan.sections = Array.from({ length: copies }, () => plan.sections).flat();
const source = decodeSource("bench.yaml", new TextEncoder().encode(stringify(plan))).source;
const { bytes } = await renderPrepared(preparePlan(source), { templates: diskTemplates(), sourceDateEpoch: "0" });

let pages = "?";
const dir = mkdtempSync(path.join(tmpdir(), "kh-bench-import-"));
try {
  writeFileSync(path.join(dir, "plan.docx"), bytes);
  execFileSync("soffice", [`-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`, "--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "plan.docx")], { stdio: "pipe", timeout: 240_000 });
  pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path.join(dir, "plan.pdf")], { encoding: "utf8" }))?.[1] ?? "?";
} catch {
  // No LibreOffice or poppler: the page count stays unknown; the timing does not need it.
} finally {
  rmSync(dir, { recursive: true, force: true });
}

importDocx(bytes); // warm-up: module loading and the first template compile are not the import
const times = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  importDocx(bytes);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const ms = (x) => `${Math.round(x)} ms`;
console.log(`import of a ${pages}-page plan (${(bytes.length / 1024).toFixed(0)} KB DOCX), ${runs} runs: min ${ms(times[0])}, median ${ms(times[Math.floor(times.length / 2)])}, max ${ms(times[times.length - 1])}`);
