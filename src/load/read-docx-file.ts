import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { readBounded } from "./read-bounded.js";
import { notRegularFile, readFailure } from "./read-source.js";

/** A DOCX file larger than this is not read (a plan with photos is a few MB). */
export const MAX_DOCX_FILE_BYTES = 128 * 1024 * 1024;

/**
 * A DOCX to check or import: a regular file, read up to MAX_DOCX_FILE_BYTES counted while
 * reading (`check /dev/zero` ends at once). The package inside is read within its own budget
 * (ooxml/zip-budget.ts).
 */
export async function readDocxFile(file: string): Promise<Uint8Array> {
  let read: Awaited<ReturnType<typeof readBounded>>;
  try {
    read = await readBounded(file, MAX_DOCX_FILE_BYTES);
  } catch (err) {
    throw new KehoachError("io", errorDiagnostic("io-read", readFailure(err), { file }));
  }
  if (read.ok) return read.bytes;
  if (read.problem === "not-regular") throw new KehoachError("io", errorDiagnostic("io-not-regular", notRegularFile(read.kind), { file }));
  const mb = MAX_DOCX_FILE_BYTES / 1048576;
  throw new KehoachError(
    "io",
    errorDiagnostic("docx-too-large", t(`tệp quá lớn (đã dừng đọc sau ${mb} MB); kehoach đọc DOCX đến ${mb} MB`, `file too large (stopped reading after ${mb} MB); kehoach reads DOCX files up to ${mb} MB`), { file }),
  );
}
