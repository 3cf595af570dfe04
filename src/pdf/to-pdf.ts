import { errorDiagnostic, KehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { findSoffice } from "./find-soffice.js";
import { finalizePdf, type PdfMeta } from "./pdf-metadata.js";
import { convertPool } from "./soffice-pool.js";

/**
 * Library API: DOCX bytes → PDF bytes through LibreOffice headless. Deterministic where
 * LibreOffice allows (see pdf-metadata.ts and docs/pdf.md).
 *
 *   const pdf = await toPdf(result.bytes, { pdfa: true });
 */

export interface PdfOptions extends PdfMeta {
  /** PDF/A-2b (archive) instead of plain PDF. */
  readonly pdfa?: boolean;
  /** Longest wait for LibreOffice to make progress, in ms (default 120 000). */
  readonly timeoutMs?: number;
  /** The soffice executable; default: KEHOACH_SOFFICE, then PATH (findSoffice). */
  readonly soffice?: string;
  /** Environment for the lookup and for LibreOffice. */
  readonly env?: NodeJS.ProcessEnv;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * LibreOffice's PDF export options (filter options in JSON, LibreOffice ≥ 7.4). PDF/A-2b is
 * SelectPdfVersion 2; PDF/A implies embedded fonts, and LibreOffice embeds (subsets of) every
 * font in plain PDF too.
 */
export function pdfTarget(pdfa: boolean): string {
  const options = pdfa ? { SelectPdfVersion: { type: "long", value: "2" } } : {};
  return `pdf:writer_pdf_Export:${JSON.stringify(options)}`;
}

export function conversionError(reason: LocalText, file?: string): KehoachError {
  return new KehoachError(
    "pdf",
    errorDiagnostic("pdf-convert", t(`không chuyển được sang PDF: ${reason.vi}`, `cannot convert to PDF: ${reason.en}`), {
      ...(file ? { file } : {}),
      hint: t(
        "thử mở tệp DOCX bằng LibreOffice; tăng thời gian chờ bằng --pdf-timeout nếu máy chậm",
        "try opening the DOCX in LibreOffice; raise the time limit with --pdf-timeout on a slow machine",
      ),
    }),
  );
}

export async function toPdf(docx: Uint8Array, options: PdfOptions = {}): Promise<Uint8Array> {
  const env = options.env ?? process.env;
  const soffice = options.soffice ?? findSoffice(env);
  const pdfa = options.pdfa ?? false;
  let pdf: Uint8Array | undefined;
  let failure: LocalText | undefined;
  await convertPool([{ docx }], {
    soffice,
    processes: 1,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    target: pdfTarget(pdfa),
    env,
    onPdf: async (_, bytes) => {
      pdf = await finalizePdf(bytes, docx, options, pdfa ? "pdfa" : "pdf");
    },
    onFail: (_, reason) => {
      failure = reason;
    },
  });
  if (!pdf) throw conversionError(failure ?? t("LibreOffice không tạo ra tệp PDF", "LibreOffice wrote no PDF"));
  return pdf;
}
