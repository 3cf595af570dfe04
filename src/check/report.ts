import type { ChalkInstance } from "chalk";
import { t, type Lang, type LocalText } from "../i18n/text.js";
import type { CheckReport } from "./check-docx.js";
import type { Finding, Level, RuleResult, Status } from "./rule.js";

/**
 * A check report for people (a table: rule, level, result, clause, found vs required) and for
 * CI (JSON). Vietnamese first; `--lang en` switches both.
 */

/** "«where»: message" — how one finding reads on its own (diagnostics, JSON). */
export function describeFinding(f: Finding): LocalText {
  return f.where ? t(`${f.where.vi}: ${f.message.vi}`, `${f.where.en}: ${f.message.en}`) : f.message;
}

const STATUS_TEXT: Record<Status | "WARN", LocalText> = {
  PASS: t("ĐẠT", "PASS"),
  FAIL: t("KHÔNG ĐẠT", "FAIL"),
  WARN: t("CẢNH BÁO", "WARN"),
  NOT_EVALUATED: t("CHƯA ĐÁNH GIÁ", "NOT EVALUATED"),
};

/** A W rule that fails is shown as a warning: it never fails the check. */
const shownStatus = (r: RuleResult): Status | "WARN" => (r.status === "FAIL" && r.level === "W" ? "WARN" : r.status);

const HEADINGS = {
  rule: t("Quy tắc", "Rule"),
  level: t("Mức", "Level"),
  status: t("Kết quả", "Result"),
  clause: t("Căn cứ", "Clause"),
  detail: t("Chi tiết (thực tế, yêu cầu)", "Details (found, required)"),
};

export interface TextOptions {
  readonly lang: Lang;
  readonly color?: ChalkInstance;
  /** Shown above the table (usually the file's path). */
  readonly title?: string;
  /** Every rule (passed and not evaluated too); by default only failures and warnings. */
  readonly all?: boolean;
  /** Columns to wrap to (the terminal's width); undefined = no wrapping. */
  readonly width?: number;
}

function paint(color: ChalkInstance | undefined, status: Status | "WARN", text: string): string {
  if (!color) return text;
  return status === "PASS" ? color.green(text) : status === "FAIL" ? color.red.bold(text) : status === "WARN" ? color.yellow(text) : color.dim(text);
}

/** Words to lines of at most `width` characters (a longer word stays whole on its own line). */
export function wrapText(text: string, width: number): string[] {
  if (width <= 0 || text.length <= width) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Narrowest detail column worth keeping beside the others; below it each rule is laid out on its own lines. */
const MIN_DETAIL = 28;
const MAX_CLAUSE = 26;

/**
 * The table: rule, level, result, clause, details. A failed rule shows only its failing
 * findings (the passing ones under it would read as problems). By default only failures and
 * warnings are listed (`all` lists every rule). Column widths come from the widest cell; with a
 * `width`, the clause and details wrap inside their columns, and on a terminal too narrow for a
 * table each rule becomes a block (rule line, then clause and details indented).
 */
export function formatReportText(report: CheckReport, options: TextOptions): string {
  const say = (x: LocalText) => x[options.lang];
  const rows = report.results.map((r) => ({ r, status: shownStatus(r) })).filter(({ status }) => options.all || status === "FAIL" || status === "WARN");
  const details = (r: RuleResult): string[] => {
    const shown = r.status === "FAIL" ? r.findings.filter((f) => f.status !== "PASS") : r.findings;
    return shown.map((f) => say(describeFinding(f)));
  };
  const width = {
    rule: Math.max(say(HEADINGS.rule).length, ...rows.map(({ r }) => r.id.length)),
    level: Math.max(say(HEADINGS.level).length, 1),
    status: Math.max(say(HEADINGS.status).length, ...Object.values(STATUS_TEXT).map((s) => say(s).length)),
    clause: Math.max(say(HEADINGS.clause).length, ...rows.map(({ r }) => r.clause.length)),
  };
  if (options.width !== undefined) width.clause = Math.min(width.clause, Math.max(say(HEADINGS.clause).length, MAX_CLAUSE));
  const fixed = width.rule + width.level + width.status + width.clause + 8;
  const detailWidth = options.width === undefined ? Infinity : options.width - fixed;
  const stacked = detailWidth < MIN_DETAIL;
  const line = (cells: string[]) => cells.join("  ").trimEnd();
  const out: string[] = [];
  if (options.title) out.push(options.color ? options.color.bold(options.title) : options.title);
  if (!stacked && rows.length > 0) out.push(line([say(HEADINGS.rule).padEnd(width.rule), say(HEADINGS.level).padEnd(width.level), say(HEADINGS.status).padEnd(width.status), say(HEADINGS.clause).padEnd(width.clause), say(HEADINGS.detail)]));
  for (const { r, status } of rows) {
    const statusText = say(STATUS_TEXT[status]);
    if (stacked) {
      const inner = Math.max(20, (options.width ?? 80) - 4);
      out.push(line([r.id, r.level, paint(options.color, status, statusText)]));
      for (const l of wrapText(r.clause, inner)) out.push(`    ${l}`);
      for (const d of details(r)) for (const l of wrapText(d, inner)) out.push(`    ${l}`);
      continue;
    }
    const clause = options.width === undefined ? [r.clause] : wrapText(r.clause, width.clause);
    const detail = details(r).flatMap((d) => (Number.isFinite(detailWidth) ? wrapText(d, detailWidth) : [d]));
    const count = Math.max(clause.length, detail.length, 1);
    for (let i = 0; i < count; i++) {
      const first = i === 0;
      out.push(
        line([
          (first ? r.id : "").padEnd(width.rule),
          (first ? r.level : "").padEnd(width.level),
          first ? paint(options.color, status, statusText.padEnd(width.status)) : "".padEnd(width.status),
          (clause[i] ?? "").padEnd(width.clause),
          detail[i] ?? "",
        ]),
      );
    }
  }
  if (rows.length === 0 && !options.all) {
    const none = say(t("Không có quy tắc nào không đạt hay cảnh báo (--all để xem mọi quy tắc).", "No failed rules and no warnings (--all shows every rule)."));
    out.push(...(options.width === undefined ? [none] : wrapText(none, options.width)));
  }
  const c = report.counts;
  const total = say(
      t(
        `Tổng: ${c.pass} đạt, ${c.fail} không đạt, ${c.warn} cảnh báo, ${c.notEvaluated} chưa đánh giá — ${report.ok ? "ĐẠT thể thức Nghị định 30" : "KHÔNG ĐẠT thể thức Nghị định 30"}`,
        `Total: ${c.pass} passed, ${c.fail} failed, ${c.warn} warnings, ${c.notEvaluated} not evaluated — ${report.ok ? "complies with Decree 30" : "does NOT comply with Decree 30"}`,
      ),
    );
  out.push(...(options.width === undefined ? [total] : wrapText(total, options.width)));
  return `${out.join("\n")}\n`;
}

export interface JsonRule {
  readonly id: string;
  readonly level: Level;
  readonly severity: "error" | "warning";
  readonly status: Status;
  readonly clause: string;
  readonly title: string;
  readonly findings: readonly { readonly status: Status; readonly message: string; readonly where?: string }[];
}

/** One file's report as plain data, messages in the chosen language. */
export function reportJson(report: CheckReport, lang: Lang, file?: string): object {
  return {
    ...(file ? { file } : {}),
    ok: report.ok,
    counts: report.counts,
    results: report.results.map(
      (r): JsonRule => ({
        id: r.id,
        level: r.level,
        severity: r.level === "E" ? "error" : "warning",
        status: r.status,
        clause: r.clause,
        title: r.title[lang],
        findings: r.findings.map((f) => ({ status: f.status, message: f.message[lang], ...(f.where ? { where: f.where[lang] } : {}) })),
      }),
    ),
  };
}
