import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { documentSpec } from "../docx/document-spec.js";
import { errorDiagnostic, hasErrors, KehoachError, toKehoachError, type Diagnostic, type ErrorCode } from "../errors.js";
import { t } from "../i18n/text.js";
import type { SourceText } from "../load/source-text.js";
import { buildTimeIso } from "../pack/build-time.js";
import { BlockCachePacker } from "../pack/block-cache.js";
import { writeOutputAtomicSync } from "../pack/write-output.js";
import { preparePlan, renderLayout } from "../pipeline.js";
import type { UnitRecord } from "../resolve/resolve-plan.js";
import type { RuleLevels } from "../rules/levels.js";
import { diskTemplates } from "../templates-provider.js";
import { toMessage, type ManifestMessage } from "./manifest.js";
import { applyOverrides, OVERRIDE_COLUMNS, usedOverrides } from "./override-fields.js";

/**
 * One unit, from record to file: the work a batch repeats 3,321 times. The same code runs in
 * the CLI's own thread (--jobs 1) and in each worker thread (worker.ts); everything it gets
 * and returns is plain data, so it crosses threads by structured clone.
 */

/** What a renderer needs; cloned to every worker once. */
export interface RendererSpec {
  /** The plan as read by the main thread (read once, so every worker renders the same text). */
  readonly source: SourceText;
  readonly templateDirs: readonly string[];
  readonly sourceDateEpoch?: string | undefined;
  /** Absolute output folder. */
  readonly outDir: string;
  /** check: compare with the files on disk, write nothing. */
  readonly mode: "write" | "check";
  /** Warnings fail the unit (as `build --strict`). */
  readonly strict: boolean;
  /** `--rule` levels, over the plan's `rules:`. */
  readonly ruleLevels?: RuleLevels;
  /** The unit list, to point at a unit's row when a problem comes from its override columns. */
  readonly unitsFile?: string;
  /**
   * Return the bytes (a transferred buffer from a worker) and let the caller compare and write
   * them, instead of doing it in the rendering thread. `bench/batch-country.js --write-in both`
   * measures the two: no consistent difference on the country (within the run-to-run noise of
   * a shared 2-core machine), so the workers write their own files, which keeps the bytes out
   * of the main thread. Kept for the benchmark and for library callers that want the bytes.
   */
  readonly returnBytes?: boolean;
}

export interface UnitTask {
  /** Position in the batch's unit list. */
  readonly index: number;
  readonly record: UnitRecord;
  /** Output file name inside outDir (from output-name.ts: never a path). */
  readonly file: string;
  /** The record's line in a CSV unit list (0 when unknown). */
  readonly line?: number;
  /** Its row cannot be rendered (read-units.ts): the unit fails with this, unrendered. */
  readonly problem?: Diagnostic;
}

/** written/unchanged in write mode; unchanged/differs/missing in check mode; failed in both. */
export type OutcomeStatus = "written" | "unchanged" | "differs" | "missing" | "failed";

export interface UnitOutcome {
  readonly index: number;
  readonly status: OutcomeStatus;
  readonly sha256: string | null;
  readonly warnings: readonly ManifestMessage[];
  /** The warnings in full (file, position, hint), for the terminal. */
  readonly warningDiagnostics: readonly Diagnostic[];
  readonly error: ManifestMessage | null;
  /** The failure in full, and its error class (exit code family). */
  readonly errorDiagnostics: readonly Diagnostic[];
  readonly errorCode: ErrorCode | null;
  /** Only with `returnBytes`. */
  readonly bytes?: Uint8Array;
}

export type UnitRenderer = (task: UnitTask) => Promise<UnitOutcome>;

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * Compares rendered bytes with the file on disk and writes them when they differ (unless
 * checking). Synchronous: a batch thread has nothing else to do meanwhile, and the thread
 * pool's round trips cost more CPU than the writes themselves (docs/performance.md).
 */
export function settleOutput(
  target: string,
  bytes: Uint8Array,
  mode: "write" | "check",
  write: (file: string, bytes: Uint8Array) => unknown = writeOutputAtomicSync,
): "written" | "unchanged" | "differs" | "missing" {
  let old: Buffer | undefined;
  try {
    old = readFileSync(target);
  } catch {
    old = undefined;
  }
  const same = old !== undefined && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(old);
  if (same) return "unchanged";
  if (mode === "check") return old === undefined ? "missing" : "differs";
  write(target, bytes);
  return "written";
}

export function outputPath(outDir: string, file: string): string {
  // Defence in depth: output-name.ts only makes [a-z0-9-].docx names.
  if (file !== path.basename(file) || file.startsWith(".") || /[\\/\0]/.test(file)) {
    throw new KehoachError("internal", errorDiagnostic("batch-output-name", t(`tên tệp không an toàn: ${file}`, `unsafe file name: ${file}`)));
  }
  return path.join(outDir, file);
}

/**
 * A problem in a field the unit's row overrode (signer_name → signer.name…) is the row's, not
 * the model plan's: point it at the row of the unit list and name the column.
 */
function blameRow(d: Diagnostic, record: UnitRecord, task: UnitTask, unitsFile: string | undefined): Diagnostic {
  if (!d.path || !unitsFile) return d;
  const column = usedOverrides(record).find((c) => {
    const field = OVERRIDE_COLUMNS.find((o) => o.column === c)!.field.split(".");
    return field.every((part, i) => d.path![i] === part);
  });
  if (column === undefined) return d;
  const { position: _planPosition, ...rest } = d;
  return {
    ...rest,
    file: unitsFile,
    ...(task.line ? { position: { line: task.line, column: 1 } } : {}),
    message: t(`${d.message.vi} [cột ${column}]`, `${d.message.en} [column ${column}]`),
  };
}

/**
 * A template that reads a column the unit list lacks ({{unit.type}}, {{lower unit.type}}) fails
 * the unit: say which column is missing and which row of the list the unit is.
 */
function blameMissingColumn(d: Diagnostic, record: UnitRecord, task: UnitTask, unitsFile: string | undefined): Diagnostic {
  if (d.code !== "template-missing-value" && d.code !== "template-helper-value") return d;
  const column = /"unit\.([^".\s]+)/u.exec(d.message.en)?.[1];
  if (column === undefined || Object.hasOwn(record, column)) return d;
  const file = unitsFile ? path.basename(unitsFile) : "";
  const row = task.line ? `, dòng ${task.line}` : "";
  const rowEn = task.line ? `, line ${task.line}` : "";
  return {
    ...d,
    message: t(`${d.message.vi} [danh sách đơn vị ${file} không có cột "${column}"${row}]`, `${d.message.en} [the unit list ${file} has no column "${column}"${rowEn}]`),
    hint: t(`thêm cột "${column}" vào danh sách đơn vị, hoặc sửa mẫu không dùng unit.${column}`, `add a "${column}" column to the unit list, or change the template not to use unit.${column}`),
  };
}

const failedRow = (task: UnitTask, d: Diagnostic): UnitOutcome => ({
  index: task.index,
  status: "failed",
  sha256: null,
  warnings: [],
  warningDiagnostics: [],
  error: toMessage(d),
  errorDiagnostics: [d],
  errorCode: "batch",
});

/** A row without a code has no file name to write: it fails, pointing at its row. */
const missingCode = (task: UnitTask, unitsFile: string | undefined): UnitOutcome =>
  failedRow(
    task,
    errorDiagnostic("batch-no-code", t("đơn vị không có mã (cột code trống)", "the unit has no code (empty code column)"), {
      ...(unitsFile ? { file: unitsFile } : {}),
      ...(task.line ? { position: { line: task.line, column: 1 } } : {}),
    }),
  );

/** `write` replaces the atomic file writer in this thread (library API; tests inject a full disk). */
export function createUnitRenderer(spec: RendererSpec, write?: (file: string, bytes: Uint8Array) => unknown): UnitRenderer {
  const prepared = preparePlan(spec.source);
  const notices = new Set(prepared.notices);
  const templates = diskTemplates(spec.templateDirs, { reuseRenders: true });
  // The batch speed-up (the bytes of `build`): XML that docx wrote for an identical piece of
  // an earlier unit, and the package parts of the document's shape (pack/block-cache.ts).
  const packer = new BlockCachePacker();
  return async (task) => {
    if ((task.record.code ?? "").trim() === "") return missingCode(task, spec.unitsFile);
    if (task.problem) return failedRow(task, task.problem);
    const base = { index: task.index };
    let warningDiagnostics: Diagnostic[] = [];
    try {
      const plan = applyOverrides(prepared.plan, task.record);
      const unitPlan = plan === prepared.plan ? prepared : { ...prepared, plan };
      const { layout, diagnostics } = renderLayout(unitPlan, { templates, unit: task.record, sourceDateEpoch: spec.sourceDateEpoch, ruleLevels: spec.ruleLevels });
      // The plan's own notices (BOM, NFC…) are reported once for the batch, not per unit. As
      // `build`: ND30 errors (lint) fail the unit, warnings only with --strict.
      const own = diagnostics.filter((d) => !notices.has(d)).map((d) => blameRow(d, task.record, task, spec.unitsFile));
      warningDiagnostics = own.filter((d) => d.severity !== "error");
      if (hasErrors(own)) throw new KehoachError("nd30", own.filter((d) => d.severity === "error"));
      if (spec.strict && warningDiagnostics.some((d) => d.severity === "warning")) {
        throw new KehoachError(
          "nd30",
          errorDiagnostic("strict", t("có cảnh báo và đang dùng --strict; không ghi tệp", "warnings with --strict; nothing written"), {
            hint: t(warningDiagnostics.map((d) => d.message.vi).join("; "), warningDiagnostics.map((d) => d.message.en).join("; ")),
          }),
        );
      }
      const bytes = await packer.pack(documentSpec(layout), buildTimeIso(layout.meta.isoDate, spec.sourceDateEpoch));
      const common = {
        ...base,
        sha256: sha256(bytes),
        warnings: warningDiagnostics.map(toMessage),
        warningDiagnostics,
        error: null,
        errorDiagnostics: [],
        errorCode: null,
      };
      if (spec.returnBytes) return { ...common, status: "written", bytes };
      const status = settleOutput(outputPath(spec.outDir, task.file), bytes, spec.mode, write);
      return { ...common, status };
    } catch (err) {
      const e = toKehoachError(err);
      const errorDiagnostics = e.diagnostics.map((d) => blameMissingColumn(d, task.record, task, spec.unitsFile));
      const first = errorDiagnostics[0] ?? errorDiagnostic(e.code, t(e.message, e.message));
      return {
        ...base,
        status: "failed",
        sha256: null,
        warnings: warningDiagnostics.map(toMessage),
        warningDiagnostics,
        error: toMessage(first),
        errorDiagnostics,
        errorCode: e.code,
      };
    }
  };
}
