import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { toKehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { writeOutputAtomic } from "../pack/write-output.js";
import { findSoffice } from "./find-soffice.js";
import { finalizePdf } from "./pdf-metadata.js";
import { convertPool } from "./soffice-pool.js";
import { DEFAULT_TIMEOUT_MS, pdfTarget } from "./to-pdf.js";

/**
 * `batch --pdf`: after the DOCX files are written, converts them with a pool of LibreOffice
 * processes (one per --jobs). A unit's PDF is skipped when the manifest says it was made from
 * the DOCX that is there now (same sha256, same PDF kind) and the PDF on disk still has the
 * recorded hash: a rerun after editing one commune converts that commune only.
 */

export interface PdfUnit {
  readonly index: number;
  /** "05977 Phường Đông Kinh": the outline entry in the merged file. */
  readonly label: string;
  /** Absolute paths. */
  readonly docx: string;
  readonly pdf: string;
  /** The DOCX's hash from this run. */
  readonly docxSha256: string;
}

/** What the manifest records about a unit's PDF. */
export interface PdfRecord {
  readonly file: string;
  readonly sha256: string | null;
  /** The DOCX the PDF was made from. */
  readonly docx_sha256: string;
  readonly pdfa: boolean;
  readonly status: "written" | "unchanged" | "failed";
  readonly error: { readonly code: string; readonly message: LocalText } | null;
}

export interface BatchPdfOptions {
  readonly jobs: number;
  readonly pdfa: boolean;
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  /** Records from the previous manifest, by DOCX file name relative to the output folder. */
  readonly previous: ReadonlyMap<string, PdfRecord>;
  /** Manifest paths are relative to this folder. */
  readonly outDir: string;
  readonly onUnit?: (unit: PdfUnit, record: PdfRecord) => void;
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");
const posix = (p: string): string => p.split(path.sep).join("/");

/** Converts what changed; returns a record per unit, by unit index. */
export async function convertBatch(units: readonly PdfUnit[], options: BatchPdfOptions): Promise<Map<number, PdfRecord>> {
  const records = new Map<number, PdfRecord>();
  const done = (unit: PdfUnit, record: PdfRecord): void => {
    records.set(unit.index, record);
    options.onUnit?.(unit, record);
  };
  const rel = (file: string): string => posix(path.relative(options.outDir, file));
  const todo: PdfUnit[] = [];
  for (const unit of units) {
    const before = options.previous.get(rel(unit.docx));
    if (before?.sha256 && before.docx_sha256 === unit.docxSha256 && before.pdfa === options.pdfa && before.file === rel(unit.pdf)) {
      const onDisk = await readFile(unit.pdf).catch(() => undefined);
      if (onDisk && sha256(onDisk) === before.sha256) {
        done(unit, { ...before, status: "unchanged", error: null });
        continue;
      }
    }
    todo.push(unit);
  }
  if (todo.length === 0) return records;

  const soffice = findSoffice(options.env);
  const fail = (unit: PdfUnit, message: LocalText): void =>
    done(unit, { file: rel(unit.pdf), sha256: null, docx_sha256: unit.docxSha256, pdfa: options.pdfa, status: "failed", error: { code: "pdf-convert", message } });
  await convertPool(
    todo.map((u) => ({ docx: u.docx })),
    {
      soffice,
      processes: options.jobs,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      target: pdfTarget(options.pdfa),
      ...(options.env ? { env: options.env } : {}),
      onPdf: async (i, raw) => {
        const unit = todo[i]!;
        const docx = await readFile(unit.docx);
        // The DOCX changed under us (another run): the PDF would not match the manifest.
        if (sha256(docx) !== unit.docxSha256) throw new Error(`${unit.docx} changed during the conversion`);
        const pdf = await finalizePdf(raw, docx, {}, options.pdfa ? "pdfa" : "pdf");
        await writeOutputAtomic(unit.pdf, pdf);
        done(unit, { file: rel(unit.pdf), sha256: sha256(pdf), docx_sha256: unit.docxSha256, pdfa: options.pdfa, status: "written", error: null });
      },
      onFail: (i, reason) => fail(todo[i]!, reason),
    },
  ).catch((err) => {
    // LibreOffice could not start at all: every unit not yet done fails with that reason.
    const message = toKehoachError(err).diagnostics[0]!.message;
    for (const unit of todo) if (!records.has(unit.index)) fail(unit, message);
  });
  return records;
}

/** The PDF records of a manifest written by an earlier `batch --pdf`, by DOCX file name. */
export async function previousPdfRecords(manifestFile: string): Promise<Map<string, PdfRecord>> {
  const records = new Map<string, PdfRecord>();
  try {
    const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as { outputs?: { file?: string | null; pdf?: PdfRecord }[] };
    for (const o of manifest.outputs ?? []) if (o.file && o.pdf) records.set(o.file, o.pdf);
  } catch {
    // No manifest yet, or not one of ours: convert everything.
  }
  return records;
}

export const pdfFileFor = (docx: string): string => docx.replace(/\.docx$/i, "") + ".pdf";

export const failedPdfMessage = (count: number): LocalText =>
  t(`${count} đơn vị không chuyển được sang PDF (xem manifest.json)`, `${count} units could not be converted to PDF (see manifest.json)`);
