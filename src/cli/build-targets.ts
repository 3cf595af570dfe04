import { statSync } from "node:fs";
import path from "node:path";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";

/**
 * What `build` writes for one plan: the DOCX, the PDF, or both. The format comes from the
 * output's extension (`-o plan.pdf`), `--format` forces it whatever the name (`-o -`, a name
 * without extension), and `--pdf`/`--pdfa` add a PDF beside the DOCX.
 */

export type OutputFormat = "docx" | "pdf";

export interface TargetFlags {
  readonly output?: string | undefined;
  readonly format?: string | undefined;
  readonly pdf?: boolean | undefined;
  readonly pdfa?: boolean | undefined;
}

export interface BuildTargets {
  /** Absolute paths, or "-" for stdout. */
  readonly docx?: string;
  readonly pdf?: string;
}

export function parseFormat(text: string | undefined): OutputFormat | undefined {
  if (text === undefined) return undefined;
  const f = text.toLowerCase();
  if (f === "docx" || f === "pdf") return f;
  throw new KehoachError("usage", errorDiagnostic("build-format", t(`--format cần docx hoặc pdf, nhận được "${text}"`, `--format takes docx or pdf, got "${text}"`)));
}

const withExt = (file: string, ext: string): string => `${file.replace(/\.(docx|pdf)$/i, "")}${ext}`;

const isDirectory = (file: string): boolean => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Whether `-o` names a folder to write into: with several plans always; with one plan when it
 * ends in "/" (created if missing) or is an existing folder — as cp and mv read a destination.
 */
export function outputIsFolder(output: string, many: boolean, cwd: string, isDir: (file: string) => boolean = isDirectory): boolean {
  return many || /[\\/]$/.test(output) || isDir(path.resolve(cwd, output));
}

/** plan.yaml → plan.docx (or .pdf) beside it; -o names a file, or a folder (see outputIsFolder). `build -` (stdin) writes to stdout unless -o says otherwise. */
export function buildTargets(plan: string, flags: TargetFlags, many: boolean, cwd: string): BuildTargets {
  const forced = parseFormat(flags.format);
  const output = flags.output ?? (plan === "-" ? "-" : undefined);
  const folder = output !== undefined && output !== "-" && outputIsFolder(output, many, cwd);
  const format: OutputFormat = forced ?? (output !== undefined && !folder && /\.pdf$/i.test(output) ? "pdf" : "docx");
  const alsoPdf = format === "docx" && Boolean(flags.pdf || flags.pdfa);
  if (output === "-") {
    if (alsoPdf) {
      throw new KehoachError("usage", errorDiagnostic("build-stdout-both", t("--pdf ghi hai tệp, không thể ghi ra stdout (-o -); dùng --format pdf", "--pdf writes two files and cannot go to stdout (-o -); use --format pdf")));
    }
    return format === "pdf" ? { pdf: "-" } : { docx: "-" };
  }
  const name = plan === "-" ? "plan" : path.basename(plan).replace(/\.(ya?ml)$/i, "");
  const main =
    output === undefined
      ? path.join(path.dirname(plan), `${name}.${format}`)
      : folder
        ? path.join(output, `${name}.${format}`)
        : output;
  const file = path.resolve(cwd, main);
  if (format === "pdf") return { pdf: file };
  return alsoPdf ? { docx: file, pdf: withExt(file, ".pdf") } : { docx: file };
}

/** --pdf-timeout in seconds → milliseconds (build and batch). */
export function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
    throw new KehoachError("usage", errorDiagnostic("pdf-timeout", t(`--pdf-timeout cần một số giây dương, nhận được "${text}"`, `--pdf-timeout takes a positive number of seconds, got "${text}"`)));
  }
  return Math.round(seconds * 1000);
}
