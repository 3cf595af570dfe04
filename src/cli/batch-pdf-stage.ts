import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeManifest } from "../batch/manifest.js";
import type { BatchResult } from "../batch/run-batch.js";
import { t } from "../i18n/text.js";
import { writeOutputAtomic } from "../pack/write-output.js";
import { convertBatch, pdfFileFor, type PdfRecord, type PdfUnit } from "../pdf/batch-pdf.js";
import { fontWarnings } from "../pdf/font-check.js";
import { mergePdfs } from "../pdf/merge-pdf.js";
import type { CliContext } from "./io.js";
import { reportDiagnostics } from "./report.js";

/**
 * The PDF part of `batch --pdf` / `--merge` (loaded only then): convert, record each PDF in
 * the manifest beside its DOCX, write the merged print file, print one summary line.
 * Returns false when a unit's PDF or the merged file failed (exit 8, as for DOCX failures).
 */

export interface PdfStageOptions {
  readonly outDir: string;
  readonly jobs: number;
  readonly pdfa: boolean;
  readonly merge?: string | undefined;
  readonly timeoutMs?: number | undefined;
  readonly previous: ReadonlyMap<string, PdfRecord>;
  readonly quiet: boolean;
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** What `batch --json` reports of the PDF stage: each unit's record, and the counts and merged file as in the manifest. */
export interface PdfStageResult {
  readonly ok: boolean;
  readonly records: ReadonlyMap<number, PdfRecord>;
  readonly summary: PdfSummary;
}

export interface PdfSummary {
  readonly written: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly merged: { readonly file: string; readonly sha256: string; readonly pages: number } | null;
}

/** Counts of the records, and the merged file named relative to `base` (the manifest's folder, or the working folder). */
function pdfSummary(records: ReadonlyMap<number, PdfRecord>, merged: { file: string; sha256: string; pages: number } | undefined, base: string): PdfSummary {
  const list = [...records.values()];
  return {
    written: list.filter((r) => r.status === "written").length,
    unchanged: list.filter((r) => r.status === "unchanged").length,
    failed: list.filter((r) => r.status === "failed").length,
    merged: merged ? { file: path.relative(base, merged.file).split(path.sep).join("/"), sha256: merged.sha256, pages: merged.pages } : null,
  };
}

export async function runPdfStage(ctx: CliContext, result: BatchResult, options: PdfStageOptions): Promise<PdfStageResult> {
  const say = ctx.say;
  const started = performance.now();
  const units: PdfUnit[] = [];
  for (const unit of result.units) {
    const o = result.outcomes[unit.index];
    if (!o || !o.sha256 || (o.status !== "written" && o.status !== "unchanged")) continue;
    const docx = path.join(options.outDir, unit.file);
    units.push({ index: unit.index, label: [unit.code, unit.name].filter(Boolean).join(" "), docx, pdf: pdfFileFor(docx), docxSha256: o.sha256 });
  }
  const records = await convertBatch(units, { jobs: options.jobs, pdfa: options.pdfa, previous: options.previous, outDir: options.outDir, env: ctx.io.env, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const list = [...records.values()];
  const count = (s: PdfRecord["status"]): number => list.filter((r) => r.status === s).length;
  for (const unit of units) {
    const r = records.get(unit.index);
    if (r?.status === "failed") ctx.io.stderr.write(`${ctx.color.red("✘")} ${unit.label}: PDF: ${say(r.error!.message)}\n`);
  }
  if (!options.quiet && count("written") > 0) reportDiagnostics(ctx, fontWarnings());

  let merged: { file: string; sha256: string; pages: number } | undefined;
  let mergeOk = true;
  if (options.merge) {
    const parts = units.filter((u) => records.get(u.index)?.sha256).map((u) => ({ file: u.pdf, title: u.label }));
    try {
      const { bytes, pages } = await mergePdfs(parts, path.basename(options.merge, path.extname(options.merge)));
      await writeOutputAtomic(options.merge, bytes);
      merged = { file: options.merge, sha256: sha256(bytes), pages };
      const missing = units.length - parts.length;
      if (missing > 0) {
        ctx.io.stderr.write(`${ctx.color.yellow("!")} ${say(t(`tệp gộp thiếu ${missing} đơn vị không có PDF`, `the merged file lacks ${missing} units that have no PDF`))}\n`);
      }
    } catch (err) {
      mergeOk = false;
      const code = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
      ctx.io.stderr.write(`${ctx.color.red("✘")} ${say(t(`không gộp được PDF vào ${options.merge} (${code})`, `cannot merge the PDFs into ${options.merge} (${code})`))}\n`);
    }
  }

  if (result.manifestFile) await recordInManifest(result, records, merged, result.manifestFile);

  const seconds = (performance.now() - started) / 1000;
  const converted = count("written");
  const rate = seconds > 0 && converted > 0 ? ` ${say(t(`${(converted / seconds).toFixed(1)} tệp/giây`, `${(converted / seconds).toFixed(1)} files/s`))},` : "";
  const failed = count("failed");
  const mark = failed === 0 && mergeOk ? ctx.color.green("✔") : ctx.color.red("✘");
  ctx.io.stderr.write(
    `${mark} PDF: ${say(t(`${converted} đã ghi, ${count("unchanged")} không đổi, ${failed} lỗi`, `${converted} written, ${count("unchanged")} unchanged, ${failed} failed`))} — ${seconds.toFixed(1)} s,${rate} ${say(t(`${Math.min(options.jobs, Math.max(1, units.length))} tiến trình LibreOffice`, `${Math.min(options.jobs, Math.max(1, units.length))} LibreOffice processes`))}${merged ? `; ${say(t(`gộp ${merged.pages} trang`, `merged ${merged.pages} pages`))} → ${path.relative(ctx.io.cwd, merged.file) || merged.file}` : ""}\n`,
  );
  return { ok: failed === 0 && mergeOk, records, summary: pdfSummary(records, merged, ctx.io.cwd) };
}

/** Adds each unit's PDF record beside its DOCX entry, and the merged file, to the manifest runBatch wrote. */
async function recordInManifest(result: BatchResult, records: ReadonlyMap<number, PdfRecord>, merged: { file: string; sha256: string; pages: number } | undefined, manifestFile: string): Promise<void> {
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as Record<string, unknown> & { outputs: Record<string, unknown>[] };
  const outputs = manifest.outputs.map((entry, i) => {
    const record = records.get(result.units[i]?.index ?? -1);
    if (!record) return entry;
    // Key order kept stable (the manifest is diffed in CI): the PDF goes after the DOCX's fields.
    const { warnings, error, ...docx } = entry;
    return { ...docx, pdf: record, warnings, error };
  });
  const pdf = pdfSummary(records, merged, path.dirname(manifestFile));
  const { outputs: _old, ...head } = manifest;
  await writeManifest(manifestFile, `${JSON.stringify({ ...head, pdf, outputs }, null, 2)}\n`);
}
