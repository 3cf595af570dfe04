import path from "node:path";
import { EXIT_CODES, KehoachError, errorDiagnostic, hasErrors, toKehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { readSource } from "../load/read-source.js";
import { replacedNotices, writeOutputAtomic } from "../pack/write-output.js";
import { preparePlan, renderPrepared, ruleLevelsOf, type TemplateProvider } from "../pipeline.js";
import type { RuleLevels } from "../rules/levels.js";
import { buildTargets, parseTimeout, type BuildTargets } from "./build-targets.js";
import type { CliContext } from "./io.js";
import { readStdinSource, STDIN_NAME } from "./read-stdin.js";
import { reportDiagnostics } from "./report.js";

/** One plan through `build`: render, check, write its DOCX and/or PDF. Shared by the command and --watch. */

export interface BuildFlags {
  output?: string;
  templates?: string[];
  strict?: boolean;
  check?: boolean;
  format?: string;
  pdf?: boolean;
  pdfa?: boolean;
  pdfTimeout?: string;
  rule?: string[];
  watch?: boolean;
}


export interface BuildRun {
  readonly ctx: CliContext;
  readonly flags: BuildFlags;
  /** Replaced on each rebuild in watch mode (it caches the templates it read). */
  templates: TemplateProvider;
  readonly many: boolean;
  /** --rule levels (they override the plan's rules:). */
  readonly ruleLevels: RuleLevels;
  /** Printed once per command: the font LibreOffice embeds in place of Times New Roman. */
  fontChecked: boolean;
}


/** Builds one plan and writes its targets; returns the files written, or throws. */
export async function buildOne(run: BuildRun, plan: string): Promise<string[]> {
  const { ctx, flags } = run;
  const fromStdin = plan === "-";
  const file = fromStdin ? STDIN_NAME : path.resolve(ctx.io.cwd, plan);
  const targets: BuildTargets = buildTargets(plan, flags, run.many, ctx.io.cwd);
  const prepared = preparePlan(fromStdin ? await readStdinSource(ctx.io) : await readSource(file));
  const result = await renderPrepared(prepared, { templates: run.templates, sourceDateEpoch: ctx.io.env.SOURCE_DATE_EPOCH, ruleLevels: run.ruleLevels });
  reportDiagnostics(ctx, result.diagnostics);
  if (hasErrors(result.diagnostics)) {
    throw new KehoachError("nd30", errorDiagnostic("nd30-errors", t("kế hoạch sai thể thức Nghị định 30 (xem các lỗi trên); không ghi tệp", "the plan breaks ND30 rules (see the errors above); nothing written"), { file }));
  }
  if (flags.strict && result.diagnostics.some((d) => d.severity === "warning")) {
    throw new KehoachError("nd30", errorDiagnostic("strict", t("có cảnh báo và đang dùng --strict; không ghi tệp", "warnings with --strict; nothing written"), { file }));
  }
  // Throws on any E failure, before anything is written.
  // The DOCX reader loads only for --check (docs/performance.md).
  if (flags.check) reportDiagnostics(ctx, (await import("../check/check-docx.js")).assertNd30(result.bytes, file, ruleLevelsOf(prepared.plan, run.ruleLevels)));
  const written: string[] = [];
  const put = async (target: string, bytes: Uint8Array): Promise<void> => {
    if (target === "-") ctx.io.stdout.write(bytes);
    else reportDiagnostics(ctx, replacedNotices(await writeOutputAtomic(target, bytes)));
    written.push(target);
  };
  if (targets.docx) await put(targets.docx, result.bytes);
  if (targets.pdf) {
    // PDF code (and pdf-lib) loads only when a PDF is asked for.
    const { toPdf } = await import("../pdf/to-pdf.js");
    const timeoutMs = parseTimeout(flags.pdfTimeout);
    const pdf = await toPdf(result.bytes, { pdfa: Boolean(flags.pdfa), env: ctx.io.env, ...(timeoutMs ? { timeoutMs } : {}) });
    if (!run.fontChecked) {
      run.fontChecked = true;
      const { fontWarnings } = await import("../pdf/font-check.js");
      reportDiagnostics(ctx, fontWarnings());
    }
    await put(targets.pdf, pdf);
  }
  return written;
}

export function reportBuildError(ctx: CliContext, err: unknown, file: string): number {
  const e = toKehoachError(err);
  reportDiagnostics(ctx, e.diagnostics.map((d: Diagnostic) => (d.file || e.code === "usage" || e.code === "pdf" ? d : { ...d, file })));
  return EXIT_CODES[e.code];
}

