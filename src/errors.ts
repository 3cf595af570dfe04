import { t, type LocalText } from "./i18n/text.js";

/** Where in a source file something is; 1-based, as editors show it. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export type Severity = "error" | "warning" | "notice";

/**
 * One problem found in the user's input. Every stage reports through this shape, so the CLI
 * prints one format ("file:line:col  error  code  message") whatever found the problem.
 */
export interface Diagnostic {
  readonly severity: Severity;
  /** Stable machine id, e.g. "yaml-syntax", "schema-unknown-key", "ND30-date-format". */
  readonly code: string;
  readonly message: LocalText;
  readonly file?: string;
  readonly position?: Position;
  /** Field path inside the plan, e.g. ["signer", "name"]. */
  readonly path?: readonly (string | number)[];
  readonly hint?: LocalText;
  /** The clause of ND30 a content rule comes from, e.g. "Phụ lục I, Phần II, khoản 4". */
  readonly clause?: string;
}

/** Error classes, each with its own exit code (documented in README, "Mã thoát" / "Exit codes"). */
export const EXIT_CODES = {
  ok: 0,
  internal: 1,
  usage: 2,
  yaml: 3,
  schema: 4,
  template: 5,
  render: 6,
  io: 7,
  batch: 8,
  nd30: 9,
  /** PDF conversion: LibreOffice missing, failed or timed out (src/pdf). */
  pdf: 10,
} as const;

export type ErrorCode = Exclude<keyof typeof EXIT_CODES, "ok">;

/** The one error type thrown by the library. Only the CLI entry turns it into an exit code. */
export class KehoachError extends Error {
  readonly code: ErrorCode;
  readonly diagnostics: readonly Diagnostic[];

  constructor(code: ErrorCode, diagnostics: readonly Diagnostic[] | Diagnostic, message?: string) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics as Diagnostic];
    super(message ?? list.map((d) => d.message.en).join("; "));
    this.name = "KehoachError";
    this.code = code;
    this.diagnostics = list;
  }
}

export function errorDiagnostic(code: string, message: LocalText, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: "error", code, message, ...extra };
}

/** Wraps anything thrown into a KehoachError so the CLI never prints a stack trace. */
export function toKehoachError(err: unknown): KehoachError {
  if (err instanceof KehoachError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new KehoachError(
    "internal",
    errorDiagnostic("internal", t(`Lỗi không mong đợi: ${text}`, `Unexpected error: ${text}`), {
      hint: t(
        "Đây là lỗi của kehoach; xin gửi tệp kế hoạch và lệnh đã chạy cho nhóm phát triển.",
        "This is a bug in kehoach; please report it with the plan file and the command you ran.",
      ),
    }),
  );
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === "error");
