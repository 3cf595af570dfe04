import { readFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import type { CliContext } from "./io.js";

const SEVERITY = {
  error: t("lỗi", "error"),
  warning: t("cảnh báo", "warning"),
  notice: t("lưu ý", "notice"),
} as const;

const sourceCache = new Map<string, string[] | null>();
function sourceLine(file: string, line: number): string | undefined {
  if (!sourceCache.has(file)) {
    try {
      sourceCache.set(file, readFileSync(file, "utf8").replace(/^\uFEFF/, "").normalize("NFC").split(/\r?\n/));
    } catch {
      sourceCache.set(file, null);
    }
  }
  return sourceCache.get(file)?.[line - 1];
}

/** Source text that is not on disk (a plan read from stdin), so its lines can be shown under errors. */
export function rememberSource(file: string, text: string): void {
  sourceCache.set(file, text.split(/\r?\n/));
}

/** Longest source line shown whole; a longer one (a paragraph of body text) is cut around the column. */
const MAX_SHOWN = 100;

function excerpt(text: string, column: number): { shown: string; column: number } {
  if (text.length <= MAX_SHOWN) return { shown: text, column };
  const start = Math.max(0, Math.min(column - 1 - 40, text.length - MAX_SHOWN));
  const end = Math.min(text.length, start + MAX_SHOWN);
  const head = start > 0 ? "…" : "";
  return { shown: head + text.slice(start, end) + (end < text.length ? "…" : ""), column: column - start + head.length };
}

/**
 * "plan.yaml:14:7  lỗi  schema-unknown-key  trường không được hỗ trợ: "titel"", then the source
 * line with a caret under the column, then the hint — pandoc's layout, in the user's language.
 */
export function formatDiagnostic(ctx: CliContext, d: Diagnostic): string {
  const c = ctx.color;
  const where = d.file
    ? `${path.relative(ctx.io.cwd, d.file) || d.file}${d.position ? `:${d.position.line}:${d.position.column}` : ""}`
    : "kehoach";
  const sev = ctx.say(SEVERITY[d.severity]);
  const sevColored = d.severity === "error" ? c.red.bold(sev) : d.severity === "warning" ? c.yellow.bold(sev) : c.cyan(sev);
  const lines = [`${c.bold(where)}  ${sevColored}  ${c.dim(d.code)}  ${ctx.say(d.message)}`];
  if (d.file && d.position) {
    const text = sourceLine(d.file, d.position.line);
    if (text !== undefined) {
      const gutter = `${d.position.line} | `;
      const { shown, column } = excerpt(text.replace(/\t/g, " "), d.position.column);
      lines.push(c.dim(gutter) + shown);
      lines.push(" ".repeat(gutter.length + Math.max(0, column - 1)) + c.red("^"));
    }
  }
  if (d.path && d.path.length > 0) lines.push(c.dim(`  ${ctx.say(t("trường", "field"))}: ${d.path.join(".")}`));
  if (d.clause) lines.push(c.dim(`  ${ctx.say(t("căn cứ", "ref"))}: ${d.clause}`));
  // An empty hint ("gợi ý: " and nothing) is never printed.
  if (d.hint && ctx.say(d.hint).trim() !== "") lines.push(c.green(`  ${ctx.say(t("gợi ý", "hint"))}: ${ctx.say(d.hint)}`));
  return lines.join("\n");
}

export function reportDiagnostics(ctx: CliContext, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) ctx.io.stderr.write(`${formatDiagnostic(ctx, d)}\n`);
}

/** The same diagnostics as JSON for CI (`--format json`), messages in the chosen language. */
export function diagnosticsJson(ctx: CliContext, diagnostics: readonly Diagnostic[]): object[] {
  return diagnostics.map((d) => ({
    severity: d.severity,
    code: d.code,
    message: ctx.say(d.message),
    ...(d.file ? { file: path.relative(ctx.io.cwd, d.file) || d.file } : {}),
    ...(d.position ? { line: d.position.line, column: d.position.column } : {}),
    ...(d.path ? { path: d.path.join(".") } : {}),
    ...(d.hint ? { hint: ctx.say(d.hint) } : {}),
    ...(d.clause ? { clause: d.clause } : {}),
  }));
}
