import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/** The value is not of this option's kind at all (text where a mapping is wanted, 3 where only false is). */
const rejectsKind = (issues: readonly Issue[]): boolean =>
  issues.some((i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_value" || (i.code === "invalid_union" && rejectsKindOfUnion(i))));

const rejectsKindOfUnion = (issue: Issue): boolean => issue.code === "invalid_union" && issue.errors.every(rejectsKind);

/**
 * zod reports a union none of whose shapes fit at the union itself ("wrong shape" on
 * `basis:` for one bad line among ten). When exactly one shape is of the value's kind — a list
 * for a list, a mapping for a mapping — its own problems are the real ones: they name the
 * exact item or field. Applied down nested unions; other issues pass through.
 */
export function flattenUnions(issues: readonly Issue[], depth = 0): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== "invalid_union" || issue.errors.length === 0 || depth > 20) {
      out.push(issue);
      continue;
    }
    const fitting = issue.errors.filter((option) => option.length > 0 && !rejectsKind(option));
    if (fitting.length !== 1) {
      out.push(issue);
      continue;
    }
    const inner = fitting[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue);
    out.push(...flattenUnions(inner, depth + 1));
  }
  return out;
}
