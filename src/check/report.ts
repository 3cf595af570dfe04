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
}

function paint(color: ChalkInstance | undefined, status: Status | "WARN", text: string): string {
  if (!color) return text;
  return status === "PASS" ? color.green(text) : status === "FAIL" ? color.red.bold(text) : status === "WARN" ? color.yellow(text) : color.dim(text);
}

/** Column widths come from the widest cell, so the table stays aligned in any terminal font. */
export function formatReportText(report: CheckReport, options: TextOptions): string {
  const say = (x: LocalText) => x[options.lang];
  const rows = report.results.map((r) => ({ r, status: shownStatus(r) }));
  const width = {
    rule: Math.max(say(HEADINGS.rule).length, ...rows.map(({ r }) => r.id.length)),
    level: Math.max(say(HEADINGS.level).length, 1),
    status: Math.max(say(HEADINGS.status).length, ...Object.values(STATUS_TEXT).map((s) => say(s).length)),
    clause: Math.max(say(HEADINGS.clause).length, ...rows.map(({ r }) => r.clause.length)),
  };
  const indent = " ".repeat(width.rule + width.level + width.status + width.clause + 8);
  const line = (cells: string[]) => cells.join("  ").trimEnd();
  const out: string[] = [];
  if (options.title) out.push(options.color ? options.color.bold(options.title) : options.title);
  out.push(line([say(HEADINGS.rule).padEnd(width.rule), say(HEADINGS.level).padEnd(width.level), say(HEADINGS.status).padEnd(width.status), say(HEADINGS.clause).padEnd(width.clause), say(HEADINGS.detail)]));
  for (const { r, status } of rows) {
    const [first, ...rest] = r.findings.map((f) => say(describeFinding(f)));
    out.push(line([r.id.padEnd(width.rule), r.level.padEnd(width.level), paint(options.color, status, say(STATUS_TEXT[status]).padEnd(width.status)), r.clause.padEnd(width.clause), first ?? ""]));
    for (const more of rest) out.push(`${indent}${more}`);
  }
  const c = report.counts;
  out.push(
    say(
      t(
        `Tổng: ${c.pass} đạt, ${c.fail} không đạt, ${c.warn} cảnh báo, ${c.notEvaluated} chưa đánh giá — ${report.ok ? "ĐẠT thể thức Nghị định 30" : "KHÔNG ĐẠT thể thức Nghị định 30"}`,
        `Total: ${c.pass} passed, ${c.fail} failed, ${c.warn} warnings, ${c.notEvaluated} not evaluated — ${report.ok ? "complies with Decree 30" : "does NOT comply with Decree 30"}`,
      ),
    ),
  );
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
