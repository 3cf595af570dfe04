import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * LibreOffice as a real client: converts DOCX files to PDF (or another `--convert-to` target,
 * e.g. `docx:"MS Word 2007 XML"` to re-save them) in one headless run, with a private
 * user profile (a shared profile's lock makes concurrent conversions fail silently) and a
 * time limit (conversions can hang).
 */
export function convertToPdf(docxFiles: readonly string[], outDir: string, target = "pdf"): void {
  const profile = mkdtempSync(path.join(tmpdir(), "kh-lo-profile-"));
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", target, "--outdir", outDir, ...docxFiles],
      { timeout: 240_000, stdio: "pipe" },
    );
  } finally {
    // Half a megabyte per conversion, of no use afterwards (the run's folder would go at the end anyway).
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface PdfPage {
  readonly landscape: boolean;
  readonly text: string;
}

/** Pages with their text: reading order for portrait pages, raw order for landscape tables. */
export function readPdf(pdf: string): PdfPage[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[2]) > Number(m[3]));
  return sizes.map((landscape, i) => ({
    landscape,
    text: execFileSync("pdftotext", [...(landscape ? ["-raw"] : []), "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }),
  }));
}
