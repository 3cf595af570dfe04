import path from "node:path";
import { EXIT_CODES, errorDiagnostic, KehoachError, toKehoachError, type Diagnostic } from "../../errors.js";
import { t } from "../../i18n/text.js";
import { parseWhere } from "../../batch/filter-units.js";
import type { UnitOutcome } from "../../batch/render-unit.js";
// The batch loop (worker threads) and the progress bar load only when this command runs.
import { defaultJobs } from "../../batch/jobs.js";
import type { BatchResult, BatchUnit } from "../../batch/run-batch.js";
import { parseShard } from "../../batch/shard.js";
import { parseRuleFlags } from "../../rules/rule-config.js";
import { parseTimeout } from "../build-targets.js";
import { fail, type CliContext } from "../io.js";
import { diagnosticsJson, reportDiagnostics } from "../report.js";
import type { PdfStageResult } from "../batch-pdf-stage.js";

export interface BatchFlags {
  units: string;
  output: string;
  where?: string[];
  jobs?: string;
  shard?: string;
  check?: boolean;
  failFast?: boolean;
  quiet?: boolean;
  json?: boolean;
  templates?: string[];
  strict?: boolean;
  rule?: string[];
  pdf?: boolean;
  pdfa?: boolean;
  merge?: string;
  pdfTimeout?: string;
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new KehoachError("usage", errorDiagnostic("batch-jobs", t(`--jobs cần một số nguyên dương, nhận được "${text}"`, `--jobs needs a positive integer, got "${text}"`)));
  }
  return n;
}

/** "…" until a unit is done, then the time left at the pace so far: "45s", "3m05s". */
export function remainingText(elapsedMs: number, done: number, total: number): string {
  if (done <= 0 || elapsedMs <= 0) return "…";
  const seconds = Math.round(((total - done) * elapsedMs) / done / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s` : `${seconds}s`;
}

/** Progress: a bar on a terminal, a line every 10 % otherwise, nothing with --quiet/--json. */
interface Progress {
  start(total: number): void;
  tick(done: number): void;
  stop(): void;
}

async function progress(ctx: CliContext, silent: boolean): Promise<Progress> {
  const stream = ctx.io.stderr as unknown as NodeJS.WriteStream;
  if (silent) return { start: () => undefined, tick: () => undefined, stop: () => undefined };
  if (ctx.animate && typeof stream.cursorTo === "function") {
    const { default: cliProgress } = await import("cli-progress");
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: ` {bar} {value}/{total} ${ctx.say(t("đơn vị", "units"))} | {percentage}% | ${ctx.say(t("còn", "ETA"))} {remaining}`,
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    // The time left is shown only once a unit is done: before that there is nothing to estimate
    // from, and cli-progress would print "0s".
    let startedAt = 0;
    return {
      start: (total) => {
        startedAt = performance.now();
        bar.start(total, 0, { remaining: "…" });
      },
      tick: (done) => bar.update(done, { remaining: remainingText(performance.now() - startedAt, done, bar.getTotal()) }),
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let lastStep = 0;
  return {
    start: (n) => {
      total = n;
    },
    tick: (done) => {
      const step = Math.floor((done * 10) / Math.max(total, 1));
      if (step > lastStep || done === total) {
        lastStep = step;
        ctx.io.stderr.write(`${ctx.say(t("tiến độ", "progress"))}: ${done}/${total} (${Math.floor((done * 100) / Math.max(total, 1))}%)\n`);
      }
    },
    stop: () => undefined,
  };
}

/** Warnings repeat across units (the same lint hit in every commune): print each once, with a count. */
function reportWarnings(ctx: CliContext, units: readonly BatchUnit[], outcomes: readonly (UnitOutcome | undefined)[]): void {
  const groups = new Map<string, { first: Diagnostic; codes: string[] }>();
  for (const unit of units) {
    for (const d of outcomes[unit.index]?.warningDiagnostics ?? []) {
      const key = `${d.severity}\u0000${d.code}\u0000${d.message.vi}`;
      const g = groups.get(key) ?? { first: d, codes: [] };
      g.codes.push(unit.code);
      groups.set(key, g);
    }
  }
  for (const { first, codes } of groups.values()) {
    reportDiagnostics(ctx, [first]);
    const list = codes.length > 5 ? `${codes.slice(0, 5).join(", ")}…` : codes.join(", ");
    ctx.io.stderr.write(ctx.color.dim(`  ${ctx.say(t(`(${codes.length} đơn vị: ${list})`, `(${codes.length} units: ${list})`))}\n`));
  }
}

function reportFailures(ctx: CliContext, units: readonly BatchUnit[], outcomes: readonly (UnitOutcome | undefined)[]): void {
  for (const unit of units) {
    const o = outcomes[unit.index];
    if (o?.status !== "failed") continue;
    const label = [unit.code || `#${unit.index + 1}`, unit.name].filter(Boolean).join(" ");
    ctx.io.stderr.write(`${ctx.color.red("✘")} ${label}: ${ctx.say(o.error!.message)}\n`);
    reportDiagnostics(ctx, o.errorDiagnostics);
  }
}

function summaryCounts(result: BatchResult) {
  const count = (s: string) => result.outcomes.filter((o) => o?.status === s).length;
  return {
    total: result.units.length,
    written: count("written"),
    unchanged: count("unchanged"),
    differs: count("differs"),
    missing: count("missing"),
    failed: count("failed"),
    skipped: result.outcomes.filter((o) => o === undefined).length,
  };
}

const relativeTo = (ctx: CliContext) => (f: string) => path.relative(ctx.io.cwd, f).split(path.sep).join("/") || ".";

function reportHead(ctx: CliContext, flags: BatchFlags, plan: string, out: string) {
  const rel = relativeTo(ctx);
  return {
    plan: rel(plan),
    units: rel(path.resolve(ctx.io.cwd, flags.units)),
    output: rel(out),
    mode: flags.check ? "check" : "write",
    shard: flags.shard ? parseShard(flags.shard) : null,
  };
}

function jsonReport(ctx: CliContext, flags: BatchFlags, plan: string, out: string, result: BatchResult, pdf: PdfStageResult | undefined): object {
  const rel = relativeTo(ctx);
  return {
    ...reportHead(ctx, flags, plan, out),
    /** complete, or stopped (--fail-fast, Ctrl-C, a full or read-only disk: see errors). */
    state: result.stopped ? "stopped" : "complete",
    errors: diagnosticsJson(ctx, result.fatal?.diagnostics ?? []),
    manifest: result.manifestFile ? rel(result.manifestFile) : null,
    ...summaryCounts(result),
    // With --pdf/--pdfa/--merge: the PDF counts and merged file, and each unit's PDF (as in the manifest).
    ...(pdf ? { pdf: pdf.summary } : {}),
    outputs: result.units.map((unit) => {
      const o = result.outcomes[unit.index];
      const pdfRecord = pdf?.records.get(unit.index);
      return {
        code: unit.code,
        name: unit.name,
        file: rel(path.join(out, unit.file)),
        status: o?.status ?? "skipped",
        sha256: o?.sha256 ?? null,
        ...(pdf ? { pdf: pdfRecord ? { ...pdfRecord, file: rel(path.join(out, pdfRecord.file)) } : null } : {}),
        warnings: diagnosticsJson(ctx, o?.warningDiagnostics ?? []),
        errors: diagnosticsJson(ctx, o?.errorDiagnostics ?? []),
      };
    }),
  };
}

/** The action of `kehoach batch` (its options: batch.ts). */
export async function runBatchCommand(ctx: CliContext, plan: string, flags: BatchFlags): Promise<void> {
  const say = ctx.say;
  const planFile = path.resolve(ctx.io.cwd, plan);
  const outDir = path.resolve(ctx.io.cwd, flags.output);
  const started = performance.now();
  let usage: { where: ReturnType<typeof parseWhere>[]; shard: ReturnType<typeof parseShard> | undefined; jobs: number };
  try {
    usage = {
      where: (flags.where ?? []).map(parseWhere),
      shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
      jobs: parseJobs(flags.jobs),
    };
    parseTimeout(flags.pdfTimeout);
    if (flags.check && (flags.pdf || flags.pdfa || flags.merge)) {
      throw new KehoachError("usage", errorDiagnostic("usage", t("--pdf, --pdfa, --merge không dùng cùng --check", "--pdf, --pdfa and --merge do not go with --check")));
    }
  } catch (err) {
    const e = toKehoachError(err);
    reportDiagnostics(ctx, e.diagnostics);
    fail(ctx, EXIT_CODES[e.code]);
    return;
  }
  const wantsPdf = Boolean(flags.pdf || flags.pdfa || flags.merge);
  // Read before runBatch rewrites the manifest: which PDFs were made from which DOCX.
  const previousPdfs = wantsPdf
    ? await (await import("../../pdf/batch-pdf.js")).previousPdfRecords(path.join(outDir, (await import("../../batch/manifest.js")).manifestName(usage.shard)))
    : new Map();
  const bar = await progress(ctx, Boolean(flags.quiet || flags.json));
  const { runBatch } = await import("../../batch/run-batch.js");
  // Ctrl-C: finish the units in flight and write the manifest, so a rerun picks up from there
  // (main.ts says "đang dừng…" and the run ends with exit code 130).
  ctx.stopsGracefully = true;
  let result: BatchResult;
  try {
    result = await runBatch({
      planFile,
      unitsFile: path.resolve(ctx.io.cwd, flags.units),
      outDir,
      cwd: ctx.io.cwd,
      ...usage,
      check: Boolean(flags.check),
      failFast: Boolean(flags.failFast),
      strict: Boolean(flags.strict),
      ruleLevels: parseRuleFlags(flags.rule),
      templateDirs: (flags.templates ?? []).map((d) => path.resolve(ctx.io.cwd, d)),
      sourceDateEpoch: ctx.io.env.SOURCE_DATE_EPOCH,
      signal: ctx.interrupt,
      onStart: (units) => bar.start(units.length),
      onUnit: (_unit, _outcome, done) => bar.tick(done),
    });
  } catch (err) {
    bar.stop();
    const e = toKehoachError(err);
    const diagnostics = e.diagnostics.map((d) => (d.file || e.code === "usage" ? d : { ...d, file: planFile }));
    reportDiagnostics(ctx, diagnostics);
    // --json always prints a report, even when the batch could not start (a read-only disk).
    if (flags.json) ctx.io.stdout.write(`${JSON.stringify({ ...reportHead(ctx, flags, planFile, outDir), state: "failed", errors: diagnosticsJson(ctx, diagnostics) }, null, 2)}\n`);
    fail(ctx, EXIT_CODES[e.code]);
    return;
  }
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  const c = summaryCounts(result);
  if (!flags.quiet) {
    reportDiagnostics(ctx, result.notices);
    reportWarnings(ctx, result.units, result.outcomes);
  }
  reportFailures(ctx, result.units, result.outcomes);
  if (result.staleTemps?.length) {
    reportDiagnostics(ctx, [
      {
        severity: "notice",
        code: "batch-stale-temp",
        file: outDir,
        message: t(`đã xóa ${result.staleTemps.length} tệp tạm của một lần chạy trước bị dừng giữa chừng`, `removed ${result.staleTemps.length} temporary files left by an earlier run that was stopped`),
      },
    ]);
  }
  // The true cause of a run that stopped on its own (a full or read-only disk), last, so it is seen.
  if (result.fatal) reportDiagnostics(ctx, result.fatal.diagnostics);
  if (flags.check) {
    for (const unit of result.units) {
      const status = result.outcomes[unit.index]?.status;
      if (status !== "differs" && status !== "missing") continue;
      const file = path.relative(ctx.io.cwd, path.join(outDir, unit.file)) || unit.file;
      ctx.io.stderr.write(`${ctx.color.yellow("≠")} ${file} (${say(status === "missing" ? t("chưa có", "missing") : t("khác", "differs"))})\n`);
    }
  }
  const rate = seconds > 0 ? Math.round((c.total - c.skipped) / seconds) : 0;
  const parts = flags.check
    ? [
        say(t(`${c.unchanged} khớp`, `${c.unchanged} up to date`)),
        say(t(`${c.differs} khác`, `${c.differs} differ`)),
        say(t(`${c.missing} chưa có`, `${c.missing} missing`)),
      ]
    : [say(t(`${c.written} đã ghi`, `${c.written} written`)), say(t(`${c.unchanged} không đổi`, `${c.unchanged} unchanged`))];
  parts.push(say(t(`${c.failed} lỗi`, `${c.failed} failed`)));
  if (c.skipped) parts.push(say(t(`${c.skipped} chưa làm (đã dừng)`, `${c.skipped} not done (stopped)`)));
  const ok = c.failed === 0 && c.skipped === 0 && c.differs === 0 && c.missing === 0;
  const mark = ok ? ctx.color.green("✔") : ctx.color.red("✘");
  ctx.io.stderr.write(
    `${mark} ${say(t(`${c.total} đơn vị`, `${c.total} units`))}: ${parts.join(", ")} — ${seconds.toFixed(1)} s, ${say(t(`${rate} văn bản/giây, ${result.threads} luồng`, `${rate} documents/s, ${result.threads} threads`))}\n`,
  );
  let pdfStage: PdfStageResult | undefined;
  if (wantsPdf && !result.stopped) {
    const { runPdfStage } = await import("../batch-pdf-stage.js");
    pdfStage = await runPdfStage(ctx, result, {
      outDir,
      jobs: usage.jobs,
      pdfa: Boolean(flags.pdfa),
      merge: flags.merge === undefined ? undefined : path.resolve(ctx.io.cwd, flags.merge),
      timeoutMs: parseTimeout(flags.pdfTimeout),
      previous: previousPdfs,
      quiet: Boolean(flags.quiet || flags.json),
    });
  }
  if (flags.json) ctx.io.stdout.write(`${JSON.stringify(jsonReport(ctx, flags, planFile, outDir, result, pdfStage), null, 2)}\n`);
  if (pdfStage && !pdfStage.ok) fail(ctx, EXIT_CODES.batch);
  if (result.fatal) fail(ctx, EXIT_CODES[result.fatal.code]);
  else if (!ok) fail(ctx, EXIT_CODES.batch);
}
