import { parse as parseYaml } from "yaml";
import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { locateKey } from "../load/locate.js";
import type { PlanSource } from "../load/plan-source.js";
import { closest } from "../schema/suggest.js";
import { RULE_LEVELS, type RuleLevel, type RuleLevels } from "./levels.js";
import { RULE_IDS } from "./registry.js";

const isLevel = (v: unknown): v is RuleLevel => (RULE_LEVELS as readonly unknown[]).includes(v);

/** "did you mean …?" for a mistyped rule id, else where the list is. */
function unknownIdHint(id: string): ReturnType<typeof t> {
  const near = closest(id, RULE_IDS);
  return near
    ? t(`có phải ý bạn là "${near}"? (danh sách quy tắc: docs/rules.md)`, `did you mean "${near}"? (rule list: docs/rules.md)`)
    : t("xem danh sách mã quy tắc trong docs/rules.md", "see the rule ids in docs/rules.md");
}

const unknownIdMessage = (id: string) => t(`mã quy tắc không tồn tại: "${id}"`, `unknown rule id: "${id}"`);

/** Unknown ids in a plan's `rules:` map, each at its key (the levels themselves are checked by the schema). */
export function planRuleDiagnostics(source: PlanSource, rules: RuleLevels | undefined): Diagnostic[] {
  if (!rules) return [];
  return Object.keys(rules)
    .filter((id) => !RULE_IDS.includes(id))
    .map((id) => {
      const position = locateKey(source, ["rules"], id);
      return errorDiagnostic("schema-unknown-rule", unknownIdMessage(id), {
        file: source.source.file,
        path: ["rules", id],
        ...(position ? { position } : {}),
        hint: unknownIdHint(id),
      });
    });
}

/** One `--rule ID=LEVEL` flag; a usage error names what is wrong with it. */
export function parseRuleFlag(text: string): [string, RuleLevel] {
  const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/u.exec(text);
  if (!m) {
    throw new KehoachError(
      "usage",
      errorDiagnostic("usage-rule", t(`--rule cần dạng MÃ=MỨC, nhận được "${text}"`, `--rule takes ID=LEVEL, got "${text}"`), {
        hint: t("ví dụ: --rule ND30-luu=warning (mức: error, warning, off)", "e.g. --rule ND30-luu=warning (levels: error, warning, off)"),
      }),
    );
  }
  const [, id, level] = m as unknown as [string, string, string];
  if (!RULE_IDS.includes(id)) throw new KehoachError("usage", errorDiagnostic("usage-rule", unknownIdMessage(id), { hint: unknownIdHint(id) }));
  if (!isLevel(level)) {
    throw new KehoachError(
      "usage",
      errorDiagnostic("usage-rule", t(`mức quy tắc không hợp lệ: "${level}"`, `invalid rule level: "${level}"`), { hint: t("dùng error, warning hoặc off", "use error, warning or off") }),
    );
  }
  return [id, level];
}

/** Every `--rule` flag, later ones winning. */
export function parseRuleFlags(flags: readonly string[] | undefined): RuleLevels {
  const out: Record<string, RuleLevel> = {};
  for (const flag of flags ?? []) {
    const [id, level] = parseRuleFlag(flag);
    out[id] = level;
  }
  return out;
}

/** `check --config rules.yaml`: a file holding a `rules:` map, as in a plan. */
export function parseRuleConfig(text: string, file: string): RuleLevels {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new KehoachError("usage", errorDiagnostic("config-syntax", t(`tệp cấu hình không đọc được: ${(err as Error).message}`, `cannot read the config file: ${(err as Error).message}`), { file }));
  }
  const rules = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>).rules : undefined;
  if (!rules || typeof rules !== "object" || Array.isArray(rules)) {
    throw new KehoachError(
      "usage",
      errorDiagnostic("config-no-rules", t("tệp cấu hình cần một nhóm rules: (mã quy tắc: error | warning | off)", "the config file needs a rules: map (rule id: error | warning | off)"), {
        file,
        hint: t("ví dụ:\nrules:\n  ND30-luu: warning", "e.g.\nrules:\n  ND30-luu: warning"),
      }),
    );
  }
  const out: Record<string, RuleLevel> = {};
  const problems: Diagnostic[] = [];
  for (const [id, level] of Object.entries(rules as Record<string, unknown>)) {
    if (!RULE_IDS.includes(id)) problems.push(errorDiagnostic("config-unknown-rule", unknownIdMessage(id), { file, path: ["rules", id], hint: unknownIdHint(id) }));
    else if (!isLevel(level)) problems.push(errorDiagnostic("config-rule-level", t(`mức của "${id}" không hợp lệ: "${String(level)}"`, `invalid level for "${id}": "${String(level)}"`), { file, path: ["rules", id], hint: t("dùng error, warning hoặc off", "use error, warning or off") }));
    else out[id] = level;
  }
  if (problems.length > 0) throw new KehoachError("usage", problems);
  return out;
}
