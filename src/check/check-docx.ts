import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { readDocModel, type DocModel } from "../ooxml/model.js";
import { readDocxPackage } from "../ooxml/package.js";
import { locateParts, type DocParts } from "./anatomy.js";
import { describeFinding } from "./report.js";
import { notEvaluated, ruleStatus, type Finding, type Rule, type RuleResult } from "./rule.js";
import { RULES } from "./rules/index.js";
import { levelOf, type RuleLevels } from "../rules/levels.js";

/**
 * `kehoach check`: a DOCX's bytes → one result per ND30 rule. Reading failures (not a DOCX, a
 * broken zip, no main document) are KehoachError "io"; anything odd inside a readable document
 * only makes the rule concerned NOT_EVALUATED, so every DOCX gets a full report.
 */
export interface CheckReport {
  readonly file?: string;
  readonly results: readonly RuleResult[];
  /** No E rule failed: the document passes (W failures are warnings). */
  readonly ok: boolean;
  readonly counts: { readonly pass: number; readonly fail: number; readonly warn: number; readonly notEvaluated: number };
}

const EMPTY_PARTS: DocParts = {
  header: { above: [], below: [], left: [], right: [], loose: [] },
  title: { trichYeu: [] },
  body: [],
  signature: { recipients: [], signer: [] },
  appendices: [],
};

const crashed = (err: unknown): Finding =>
  notEvaluated(t(`không kiểm tra được: ${err instanceof Error ? err.message : String(err)}`, `could not be checked: ${err instanceof Error ? err.message : String(err)}`));

/** The rules as the user set them: "off" ones dropped, the others at their chosen level. */
export function configuredRules(rules: readonly Rule[], levels: RuleLevels | undefined): Rule[] {
  if (!levels) return [...rules];
  return rules.flatMap((rule) => {
    const level = levelOf(rule.id, rule.level === "E" ? "error" : "warning", levels);
    if (level === "off") return [];
    const wanted = level === "error" ? "E" : "W";
    return [wanted === rule.level ? rule : { ...rule, level: wanted }];
  });
}

export function checkModel(model: DocModel, rules: readonly Rule[] = RULES, levels?: RuleLevels): RuleResult[] {
  rules = configuredRules(rules, levels);
  let parts = EMPTY_PARTS;
  let partsError: unknown;
  try {
    parts = locateParts(model);
  } catch (err) {
    partsError = err;
  }
  return rules.map((rule) => {
    let findings: readonly Finding[];
    try {
      findings = partsError === undefined ? rule.check({ model, parts }) : [crashed(partsError)];
    } catch (err) {
      findings = [crashed(err)];
    }
    return { id: rule.id, level: rule.level, clause: rule.clause, title: rule.title, status: ruleStatus(findings), findings };
  });
}

export function summarize(results: readonly RuleResult[], file?: string): CheckReport {
  const failed = (level: "E" | "W") => results.filter((r) => r.level === level && r.status === "FAIL").length;
  return {
    ...(file ? { file } : {}),
    results,
    ok: failed("E") === 0,
    counts: {
      pass: results.filter((r) => r.status === "PASS").length,
      fail: failed("E"),
      warn: failed("W"),
      notEvaluated: results.filter((r) => r.status === "NOT_EVALUATED").length,
    },
  };
}

/** Reads the DOCX and runs every rule. Throws KehoachError "io" when the bytes are no DOCX. */
export function checkDocx(bytes: Uint8Array, options: { file?: string; rules?: readonly Rule[]; levels?: RuleLevels } = {}): CheckReport {
  const pkg = readDocxPackage(bytes, options.file);
  let model: DocModel;
  try {
    model = readDocModel(pkg);
  } catch (err) {
    throw new KehoachError(
      "io",
      errorDiagnostic("docx-unreadable", t(`không đọc được cấu trúc văn bản: ${err instanceof Error ? err.message : String(err)}`, `cannot read the document structure: ${err instanceof Error ? err.message : String(err)}`), options.file ? { file: options.file } : {}),
    );
  }
  return summarize(checkModel(model, options.rules, options.levels), options.file);
}

/** Failed rules as diagnostics (E → error, W → warning), one per failing finding. */
export function reportDiagnostics(report: CheckReport, file?: string): Diagnostic[] {
  return report.results
    .filter((r) => r.status === "FAIL")
    .flatMap((r) =>
      r.findings
        .filter((f) => f.status === "FAIL")
        .map((f): Diagnostic => ({
          severity: r.level === "E" ? "error" : "warning",
          code: r.id,
          message: describeFinding(f),
          clause: r.clause,
          ...(file ? { file } : {}),
        })),
    );
}

/**
 * `build --check`: the ND30 warnings of freshly built bytes are returned; any E failure throws
 * KehoachError "nd30" with every failure (errors first), so the caller writes nothing.
 */
export function assertNd30(bytes: Uint8Array, file?: string, levels?: RuleLevels): Diagnostic[] {
  const diagnostics = reportDiagnostics(checkDocx(bytes, { ...(file ? { file } : {}), ...(levels ? { levels } : {}) }), file);
  if (diagnostics.some((d) => d.severity === "error")) {
    const verdict = errorDiagnostic(
      "nd30-check",
      t("văn bản vừa soạn không đạt thể thức Nghị định 30 (xem các lỗi trên); không ghi tệp", "the built document does not comply with Decree 30 (see the errors above); nothing written"),
      file ? { file } : {},
    );
    throw new KehoachError("nd30", [...diagnostics.filter((d) => d.severity === "error"), ...diagnostics.filter((d) => d.severity !== "error"), verdict]);
  }
  return diagnostics;
}
