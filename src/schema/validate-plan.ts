import * as z from "zod";
import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { locate, locateKey } from "../load/locate.js";
import type { PlanSource } from "../load/plan-source.js";
import { describeIssue, valueHint } from "./describe-issue.js";
import { PlanSchema, type Plan } from "./plan-schema.js";
import { misplacedDiagnostic, misplacedOwner, type MisplacedKey } from "./misplaced-key.js";
import { findMisread, misreadDiagnostic } from "./misread-text.js";
import { knownKeys } from "./schema-shape.js";
import { guessTier } from "./tier.js";
import { flattenUnions } from "./union-issues.js";
import { closest } from "./suggest.js";

type Path = readonly (string | number)[];

/** More problems than this in one file are counted, not listed: nobody reads the 101st. */
const MAX_DIAGNOSTICS = 100;

function valueAt(data: unknown, path: Path): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Keys the mapping at `path` may hold and does not: "titel" beside an existing "tier" means "title". */
function unusedKeys(plan: PlanSource, path: Path): string[] {
  const present = valueAt(plan.data, path);
  const used = present && typeof present === "object" ? Object.keys(present) : [];
  return knownKeys(path).filter((k) => !used.includes(k));
}

/** A required field is absent ("missing", or a rule such as "a section needs title or text"). */
const isMissing = (issue: z.core.$ZodIssue, plan: PlanSource): boolean =>
  (issue.code === "invalid_type" || issue.code === "invalid_union" || issue.code === "custom") && valueAt(plan.data, issue.path.filter((p): p is string | number => typeof p !== "symbol")) === undefined;

/** The required field at `path` is reported missing by one of the issues. */
const missingRequired = (issues: readonly z.core.$ZodIssue[], path: Path): boolean =>
  issues.some((i) => (i.code === "invalid_type" || i.code === "invalid_union") && samePath(i.path, path));

function issueDiagnostics(plan: PlanSource, issue: z.core.$ZodIssue, explained: Set<string>, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  const file = plan.source.file;
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  // A line of text YAML read as "key: value": one message at that line, whatever zod made of it.
  const misread = findMisread(plan, path);
  if (misread) {
    const id = JSON.stringify(misread);
    if (explained.has(id)) return [];
    explained.add(id);
    return [misreadDiagnostic(plan, misread)];
  }
  if (issue.code === "unrecognized_keys") {
    const known = unusedKeys(plan, path);
    // Each key is looked up in its mapping: cap them, so a file of 100,000 stray keys ends fast.
    return issue.keys.slice(0, MAX_DIAGNOSTICS).map((key) => {
      const owner = misplacedOwner(plan, path, key);
      if (owner) return misplacedDiagnostic(plan, { path, key, owner });
      const suggestion = closest(key, known);
      const required = suggestion !== undefined && missingRequired(issues, [...path, suggestion]);
      const position = locateKey(plan, path, key);
      return errorDiagnostic("schema-unknown-key", t(`trường không được hỗ trợ: "${key}"`, `unknown field: "${key}"`), {
        file,
        path: [...path, key],
        ...(position ? { position } : {}),
        hint: suggestion
          ? required
            ? t(`có phải ý bạn là "${suggestion}"? (trường bắt buộc này đang thiếu)`, `did you mean "${suggestion}"? (that required field is missing)`)
            : t(`có phải ý bạn là "${suggestion}"?`, `did you mean "${suggestion}"?`)
          : known.length
            ? t(`các trường hợp lệ ở đây: ${known.join(", ")}`, `valid fields here: ${known.join(", ")}`)
            : t("mọi trường ở đây đã có; xóa dòng này hoặc kiểm tra thụt lề (nó có thuộc nhóm bên trên không?)", "every field here is already present; delete this line or check its indentation (does it belong to the group above?)"),
      });
    });
  }
  const position = locate(plan, path);
  const received = valueAt(plan.data, path);
  const missing = received === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union");
  const name = path.map(String).join(".");
  const hint = valueHint(issue, received, guessTier);
  return [
    errorDiagnostic(
      missing ? "schema-missing-field" : issue.code === "custom" ? "schema-value" : `schema-${issue.code.replace(/_/g, "-")}`,
      missing ? t(`thiếu trường bắt buộc "${name}"`, `required field "${name}" is missing`) : describeIssue(issue, received),
      {
        file,
        path,
        ...(position ? { position } : {}),
        ...(hint ? { hint } : {}),
      },
    ),
  ];
}

const samePath = (a: readonly PropertyKey[], b: Path): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * `name:` written at the margin under `signer:` is one mistake: the "missing signer.name" and
 * "signer is empty" it causes are not reported beside it.
 */
function withoutConsequences(plan: PlanSource, issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const moved: MisplacedKey[] = [];
  // "nam:" for "name:": the missing "name" is the same mistake as the unknown "nam".
  const misspelt: Path[] = [];
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const known = unusedKeys(plan, path);
    for (const key of issue.keys.slice(0, MAX_DIAGNOSTICS)) {
      const owner = misplacedOwner(plan, path, key);
      if (owner) moved.push({ path, key, owner });
      const meant = owner ? undefined : closest(key, known);
      if (meant) misspelt.push([...path, meant]);
    }
  }
  if (moved.length === 0 && misspelt.length === 0) return issues;
  const movedAway = (issue: z.core.$ZodIssue): boolean =>
    (issue.code === "invalid_type" || issue.code === "invalid_union") &&
    moved.some((m) => samePath(issue.path, [...m.path, m.owner, m.key]) || (samePath(issue.path, [...m.path, m.owner]) && valueAt(plan.data, [...m.path, m.owner]) === null));
  return issues.filter((issue) => !movedAway(issue) && !(isMissing(issue, plan) && misspelt.some((p) => samePath(issue.path, p))));
}

/** Stage 2: plain data → typed Plan, reporting every problem with its line and column. */
export function validatePlan(plan: PlanSource): Plan {
  if (plan.data === null || typeof plan.data !== "object" || Array.isArray(plan.data)) {
    const position = locate(plan, []);
    throw new KehoachError(
      "schema",
      errorDiagnostic(
        "schema-not-a-plan",
        t("tệp kế hoạch phải là một nhóm trường (tier:, issuer:, title: …)", "a plan is a mapping of fields (tier:, issuer:, title: …)"),
        { file: plan.source.file, ...(position ? { position } : {}), hint: t("xem ví dụ trong thư mục examples/", "see the examples/ folder") },
      ),
    );
  }
  const result = PlanSchema.safeParse(plan.data);
  if (result.success) return result.data;
  const flat = flattenUnions(result.error.issues);
  const issues = withoutConsequences(plan, flat);
  const keysCut = issues.reduce((n, issue) => n + (issue.code === "unrecognized_keys" ? Math.max(0, issue.keys.length - MAX_DIAGNOSTICS) : 0), 0);
  // Locating costs a little per issue: a file with a million bad items is counted, not located.
  const considered = issues.slice(0, 10 * MAX_DIAGNOSTICS);
  const explained = new Set<string>();
  const all = considered.flatMap((issue) => issueDiagnostics(plan, issue, explained, flat));
  all.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0));
  const diagnostics = all.slice(0, MAX_DIAGNOSTICS);
  const rest = all.length - diagnostics.length + keysCut + (issues.length - considered.length);
  if (rest > 0) {
    diagnostics.push(errorDiagnostic("schema-more", t(`và ${rest} lỗi khác (sửa các lỗi trên rồi kiểm tra lại)`, `and ${rest} more problems (fix the ones above, then check again)`), { file: plan.source.file }));
  }
  throw new KehoachError("schema", diagnostics);
}
