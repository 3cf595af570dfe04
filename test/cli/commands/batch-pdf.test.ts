import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, type PDFArray } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { fakeSoffice } from "../../helpers/fake-soffice.js";
import { ROOT, runCli, type CliRun } from "../../helpers/run-cli.js";

const PLAN = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
const UNITS = path.join(ROOT, "examples/batch-lang-son/units.csv");
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const pages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);

interface PdfRecord {
  file: string;
  sha256: string | null;
  docx_sha256: string;
  status: string;
  error: { message: { en: string } } | null;
}
interface Manifest {
  pdf: { written: number; unchanged: number; failed: number; merged: { file: string; sha256: string; pages: number } | null };
  outputs: { code: string; name: string; file: string; sha256: string; pdf?: PdfRecord }[];
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;

function processesMentioning(text: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", text], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

/** The merged file's outline: each entry's title and the page index it opens. */
async function outline(file: string): Promise<{ title: string; page: number }[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const root = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
  const entries: { title: string; page: number }[] = [];
  for (let ref = root.get(PDFName.of("First")); ref instanceof PDFRef; ) {
    const item = doc.context.lookup(ref, PDFDict);
    const dest = item.lookup(PDFName.of("Dest")) as PDFArray;
    entries.push({ title: item.lookup(PDFName.of("Title"), PDFHexString).decodeText(), page: pageRefs.indexOf(dest.get(0).toString()) });
    ref = item.get(PDFName.of("Next"));
  }
  return entries;
}

describe("kehoach batch --pdf --merge over the 65 Lạng Sơn units (real LibreOffice)", () => {
  const work = mkdtempSync(path.join(tmpdir(), "kh-batch-pdf-"));
  const out = path.join(work, "out");
  const temp = path.join(work, "tmp");
  let first: CliRun;
  let second: CliRun;
  let secondUnits: string;
  let manifest: Manifest;

  // One full conversion serves every assertion; the rerun converts only what changed.
  beforeAll(async () => {
    mkdirSync(temp);
    const env = { TMPDIR: temp };
    first = runCli(["--lang", "en", "batch", PLAN, "--units", UNITS, "-o", out, "--pdf", "--merge", path.join(out, "all.pdf"), "--jobs", "2", "--quiet"], { env });
    manifest = manifestOf(out);
    // Rerun: one unit's row changed (its DOCX changes), one PDF deleted by hand.
    const rows = readFileSync(UNITS, "utf8").split("\n");
    rows[3] = rows[3]!.replace(/,,,,$/, ",,,Nguyễn Văn Thử,");
    secondUnits = path.join(work, "units.csv");
    writeFileSync(secondUnits, rows.join("\n"));
    rmSync(path.join(out, manifest.outputs[10]!.pdf!.file));
    second = runCli(["--lang", "en", "batch", PLAN, "--units", secondUnits, "-o", out, "--pdf", "--merge", path.join(out, "all.pdf"), "--jobs", "2", "--quiet"], { env });
  }, 600_000);

  it("writes 65 PDFs with a pool of 2 LibreOffice processes, and no process or temporary folder is left", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/✔ PDF: 65 written, 0 unchanged, 0 failed — [\d.]+ s, [\d.]+ files\/s, 2 LibreOffice processes; merged \d+ pages → /);
    expect(readdirSync(out).filter((f) => f.endsWith(".pdf") && f !== "all.pdf")).toHaveLength(65);
    expect(processesMentioning(temp)).toEqual([]);
    expect(readdirSync(temp)).toEqual([]);
  });

  it("records each PDF, its hash and the DOCX it was made from in the manifest", () => {
    expect(manifest.pdf).toMatchObject({ written: 65, unchanged: 0, failed: 0 });
    for (const o of manifest.outputs) {
      expect(o.pdf!.file).toBe(o.file.replace(/\.docx$/, ".pdf"));
      expect(o.pdf!.docx_sha256).toBe(o.sha256);
      expect(o.pdf!.status).toBe("written");
    }
    // The manifest's hashes are of the files as they were after the first run (unit 10's is deleted since).
    const o = manifest.outputs[20]!;
    expect(sha(readFileSync(path.join(out, o.pdf!.file)))).toBe(o.pdf!.sha256);
  });

  it("merges every unit in list order: the page count is their sum, one bookmark per unit on its first page", async () => {
    // The merged file and the units' PDFs as the rerun left them.
    const counts = manifest.outputs.map((o) => pages(path.join(out, o.pdf!.file)));
    const merged = path.join(out, "all.pdf");
    expect(pages(merged)).toBe(counts.reduce((a, b) => a + b, 0));
    expect(manifestOf(out).pdf.merged).toMatchObject({ file: "all.pdf", sha256: sha(readFileSync(merged)), pages: pages(merged) });
    const marks = await outline(merged);
    expect(marks.map((m) => m.title)).toEqual(manifest.outputs.map((o) => `${o.code} ${o.name}`));
    expect(marks[0]).toEqual({ title: "05977 Phường Đông Kinh", page: 0 });
    let start = 0;
    marks.forEach((m, i) => {
      expect(m.page).toBe(start);
      start += counts[i]!;
    });
  });

  it("on a rerun converts only the PDFs whose DOCX changed or went missing", () => {
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/✔ PDF: 2 written, 63 unchanged, 0 failed/);
    const again = manifestOf(out);
    expect(again.outputs.filter((o) => o.pdf!.status === "written").map((o) => o.code)).toEqual([manifest.outputs[2]!.code, manifest.outputs[10]!.code]);
    expect(again.outputs[2]!.pdf!.docx_sha256).not.toBe(manifest.outputs[2]!.pdf!.docx_sha256);
    expect(execFileSync("pdftotext", [path.join(out, again.outputs[2]!.pdf!.file), "-"], { encoding: "utf8" })).toContain("Nguyễn Văn Thử");
    expect(again.outputs[30]!.pdf!.sha256).toBe(manifest.outputs[30]!.pdf!.sha256);
  });
});

describe("kehoach batch --pdf when LibreOffice fails on one unit (fake LibreOffice)", () => {
  let fake: Awaited<ReturnType<typeof fakeSoffice>>;
  beforeAll(async () => {
    fake = await fakeSoffice();
  });

  it("fails that unit only, records why, and exits 8", () => {
    const work = mkdtempSync(path.join(tmpdir(), "kh-batch-pdf-fail-"));
    const units = path.join(work, "units.csv");
    writeFileSync(units, readFileSync(UNITS, "utf8").split("\n").slice(0, 5).join("\n") + "\n");
    const out = path.join(work, "out");
    const run = runCli(["--lang", "en", "batch", PLAN, "--units", units, "-o", out, "--pdf", "--jobs", "1", "--pdf-timeout", "1", "--quiet"], {
      env: { KEHOACH_SOFFICE: fake.file, FAKE_SOFFICE_HANG_ON: "1" },
    });
    expect(run.code).toBe(8);
    const m = manifestOf(out);
    expect(m.outputs.map((o) => o.pdf!.status)).toEqual(["written", "failed", "written", "written"]);
    expect(m.outputs[1]!.pdf!.error!.message.en).toBe("LibreOffice did not finish this file within 1 s; it was stopped");
    expect(run.stderr).toContain(`✘ ${m.outputs[1]!.code} ${m.outputs[1]!.name}: PDF: LibreOffice did not finish this file within 1 s; it was stopped`);
    expect(run.stderr).toMatch(/✘ PDF: 3 written, 0 unchanged, 1 failed/);
    expect(processesMentioning("sleep 3001")).toEqual([]);
  });

  it("--json reports each unit's PDF and the PDF counts, as the manifest records them", () => {
    const work = mkdtempSync(path.join(tmpdir(), "kh-batch-pdf-json-"));
    const units = path.join(work, "units.csv");
    writeFileSync(units, readFileSync(UNITS, "utf8").split("\n").slice(0, 4).join("\n") + "\n");
    const run = runCli(["--lang", "en", "batch", PLAN, "--units", units, "-o", "out", "--pdf", "--jobs", "1", "--pdf-timeout", "1", "--json"], {
      cwd: work,
      env: { KEHOACH_SOFFICE: fake.file, FAKE_SOFFICE_HANG_ON: "1" },
    });
    expect(run.code).toBe(8);
    const report = JSON.parse(run.stdout.toString("utf8")) as { pdf: Manifest["pdf"]; outputs: { file: string; pdf: PdfRecord | null }[] };
    expect(report.pdf).toEqual({ written: 2, unchanged: 0, failed: 1, merged: null });
    expect(report.outputs.map((o) => [o.file, o.pdf?.file, o.pdf?.status])).toEqual(
      manifestOf(path.join(work, "out")).outputs.map((o) => [`out/${o.file}`, `out/${o.pdf!.file}`, o.pdf!.status]),
    );
    expect(report.outputs.map((o) => o.pdf!.status)).toEqual(["written", "failed", "written"]);
    expect(report.outputs[1]!.pdf!.error!.message.en).toBe("LibreOffice did not finish this file within 1 s; it was stopped");
  });
});
