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

/** plan.yaml → plan.docx (or .pdf) beside it; with several plans, -o names a folder. */
export function buildTargets(plan: string, flags: TargetFlags, many: boolean, cwd: string): BuildTargets {
  const forced = parseFormat(flags.format);
  const output = flags.output;
  const format: OutputFormat = forced ?? (output !== undefined && !many && /\.pdf$/i.test(output) ? "pdf" : "docx");
  const alsoPdf = format === "docx" && Boolean(flags.pdf || flags.pdfa);
  if (output === "-") {
    if (alsoPdf) {
      throw new KehoachError("usage", errorDiagnostic("build-stdout-both", t("--pdf ghi hai tệp, không thể ghi ra stdout (-o -); dùng --format pdf", "--pdf writes two files and cannot go to stdout (-o -); use --format pdf")));
    }
    return format === "pdf" ? { pdf: "-" } : { docx: "-" };
  }
  const name = path.basename(plan).replace(/\.(ya?ml)$/i, "");
  const main =
    output === undefined
      ? path.join(path.dirname(plan), `${name}.${format}`)
      : many
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
