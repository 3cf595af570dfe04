import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";

/**
 * Where LibreOffice is. KEHOACH_SOFFICE wins (a portable install, a wrapper script, a test's
 * fake); then `soffice`/`libreoffice` on PATH; then the usual install folders on Windows and
 * macOS, where the installer does not touch PATH.
 */

const NAMES = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];

const WELL_KNOWN =
  process.platform === "win32"
    ? [String.raw`C:\Program Files\LibreOffice\program\soffice.exe`, String.raw`C:\Program Files (x86)\LibreOffice\program\soffice.exe`]
    : process.platform === "darwin"
      ? ["/Applications/LibreOffice.app/Contents/MacOS/soffice"]
      : ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === "win32" ? constants.R_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function missingSoffice(detail?: LocalText): KehoachError {
  return new KehoachError(
    "pdf",
    errorDiagnostic(
      "pdf-no-libreoffice",
      t(
        `không tìm thấy LibreOffice (soffice) để chuyển sang PDF${detail ? `: ${detail.vi}` : ""}`,
        `LibreOffice (soffice) not found, it is needed to write PDF${detail ? `: ${detail.en}` : ""}`,
      ),
      {
        hint: t(
          "Debian/Ubuntu: `sudo apt-get install libreoffice-writer-nogui` (kèm fonts-liberation2); Windows: cài LibreOffice từ https://www.libreoffice.org/download/ (hoặc `winget install TheDocumentFoundation.LibreOffice`); hoặc đặt KEHOACH_SOFFICE=/đường/dẫn/soffice",
          "Debian/Ubuntu: `sudo apt-get install libreoffice-writer-nogui` (with fonts-liberation2); Windows: install LibreOffice from https://www.libreoffice.org/download/ (or `winget install TheDocumentFoundation.LibreOffice`); or set KEHOACH_SOFFICE=/path/to/soffice",
        ),
      },
    ),
  );
}

/** The soffice executable to run; throws the `pdf` error (exit 10) when there is none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, wellKnown: readonly string[] = WELL_KNOWN): string {
  const forced = env.KEHOACH_SOFFICE?.trim();
  if (forced) {
    if (isExecutable(forced)) return path.resolve(forced);
    throw missingSoffice(t(`KEHOACH_SOFFICE=${forced} không phải tệp chạy được`, `KEHOACH_SOFFICE=${forced} is not an executable file`));
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  const known = wellKnown.find(isExecutable);
  if (known) return known;
  throw missingSoffice();
}

