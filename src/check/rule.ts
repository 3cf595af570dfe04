import { t, type LocalText } from "../i18n/text.js";
import type { DocModel } from "../ooxml/model.js";
import type { DocParts } from "./anatomy.js";

/**
 * One checkable rule of nd30-spec §18. E = the decree's own wording is violated (fails the
 * check); W = the document deviates from the decree's samples or common practice (a warning).
 */
export type Level = "E" | "W";

/** Never PASS for what was not looked at: a rule with nothing to look at is NOT_EVALUATED. */
export type Status = "PASS" | "FAIL" | "NOT_EVALUATED";

export interface Finding {
  readonly status: Status;
  /** What was found against what is required ("lề trái 20 mm, yêu cầu 30–35 mm"). */
  readonly message: LocalText;
  /** Where: a quoted excerpt of the paragraph, or a section. */
  readonly where?: LocalText;
}

/** What a rule reads: the document with effective formatting, and its located parts. */
export interface CheckedDoc {
  readonly model: DocModel;
  readonly parts: DocParts;
}

export interface Rule {
  /** Stable id, e.g. "ND30-margins" (README table, JSON output, `build --check`). */
  readonly id: string;
  readonly level: Level;
  /** The clause of Phụ lục I (or the Phụ lục III sample) the rule comes from. */
  readonly clause: string;
  /** One line saying what the rule checks. */
  readonly title: LocalText;
  readonly check: (doc: CheckedDoc) => readonly Finding[];
}

export interface RuleResult {
  readonly id: string;
  readonly level: Level;
  readonly clause: string;
  readonly title: LocalText;
  readonly status: Status;
  readonly findings: readonly Finding[];
}

const withWhere = (where: LocalText | undefined) => (where ? { where } : {});

/** "found, yêu cầu required" — the same sentence for a pass and a failure; the status differs. */
export function judge(ok: boolean, found: LocalText, required: LocalText, where?: LocalText): Finding {
  return {
    status: ok ? "PASS" : "FAIL",
    message: t(`${found.vi}, yêu cầu ${required.vi}`, `${found.en}, required ${required.en}`),
    ...withWhere(where),
  };
}

export const passed = (message: LocalText, where?: LocalText): Finding => ({ status: "PASS", message, ...withWhere(where) });
export const failed = (message: LocalText, where?: LocalText): Finding => ({ status: "FAIL", message, ...withWhere(where) });
export const notEvaluated = (reason: LocalText): Finding => ({ status: "NOT_EVALUATED", message: reason });

/** A rule's status from its findings: any FAIL fails; otherwise a PASS passes; else not evaluated. */
export function ruleStatus(findings: readonly Finding[]): Status {
  if (findings.some((f) => f.status === "FAIL")) return "FAIL";
  return findings.some((f) => f.status === "PASS") ? "PASS" : "NOT_EVALUATED";
}

/** Failures listed one by one up to this many; the rest are counted, so a report stays readable. */
export const MAX_LISTED = 5;

/**
 * A check over many items (paragraphs, runs, sections): each offender is a FAIL finding (the
 * first MAX_LISTED, then a count); when none offends, one PASS finding sums it up.
 */
export function overEach<T>(
  items: readonly T[],
  offence: (item: T) => Finding | undefined,
  allGood: (count: number) => LocalText,
  nothing: LocalText,
): Finding[] {
  if (items.length === 0) return [notEvaluated(nothing)];
  const failures = items.map(offence).filter((f): f is Finding => f !== undefined);
  if (failures.length === 0) return [passed(allGood(items.length))];
  const listed = failures.slice(0, MAX_LISTED);
  const rest = failures.length - listed.length;
  return rest > 0 ? [...listed, failed(t(`và ${rest} chỗ khác cùng lỗi`, `and ${rest} more of the same`))] : listed;
}
