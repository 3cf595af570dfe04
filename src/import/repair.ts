import { stringify } from "yaml";
import type { Diagnostic } from "../errors.js";
import { KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { lintPlan } from "../lint/lint-plan.js";
import { decodeSource } from "../load/source-text.js";
import { preparePlan, resolvePrepared, type PreparedPlan } from "../pipeline.js";
import type { ResolvedPlan } from "../resolve/resolved-plan.js";
import { diskTemplates } from "../templates-provider.js";
import { nameCase } from "./letter-case.js";
import type { Notes } from "./notes.js";

/**
 * The imported plan checked the way `build` will check it: resolved with the tier's templates
 * and linted. Two things follow. Fields that only repeat what the tier prints by default are
 * dropped (a shorter plan to read). Content that breaks an ND30 content rule is kept as written
 * and the rule is downgraded in `rules:` with a comment, so the plan builds; where the plan
 * format has no `rules:` yet, the few such rules with an unambiguous fix are fixed instead, and
 * the note says so.
 */
type Obj = Record<string, unknown>;

const templates = diskTemplates();
const clone = <T>(v: T): T => structuredClone(v);

function prepare(plan: Obj): PreparedPlan {
  const decoded = decodeSource("import.yaml", new TextEncoder().encode(stringify(plan, { lineWidth: 0 })));
  if (!decoded.ok) throw new Error(decoded.reason.en);
  return preparePlan(decoded.source);
}

function resolve(plan: Obj): { prepared: PreparedPlan; resolved: ResolvedPlan } | undefined {
  try {
    const prepared = prepare(plan);
    return { prepared, resolved: resolvePrepared(prepared, { templates }) };
  } catch (err) {
    if (err instanceof KehoachError) return undefined;
    throw err;
  }
}

/** Optional fields the import always reads, and the resolved value each one sets. */
const PRUNABLE: { path: string[]; value: (r: ResolvedPlan) => unknown }[] = [
  { path: ["place"], value: (r) => r.place },
  { path: ["symbol"], value: (r) => r.symbol },
  { path: ["signer", "authority"], value: (r) => r.signer.authority.join("\n") },
  { path: ["signer", "title"], value: (r) => r.signer.title },
];

function remove(plan: Obj, path: readonly string[]): void {
  let node: Obj | undefined = plan;
  for (const key of path.slice(0, -1)) node = node?.[key] as Obj | undefined;
  if (node) delete node[path[path.length - 1]!];
}

/**
 * One resolve of the plan as read and one with every prunable field left out; a field whose
 * default prints the same is dropped. (The defaults do not depend on each other's presence:
 * the reference line reads number, symbol, date and issuer, which are the same either way.)
 */
function pruneDefaults(plan: Obj): { plan: Obj; resolved?: { prepared: PreparedPlan; resolved: ResolvedPlan } } {
  const full = resolve(plan);
  if (!full) return { plan };
  const bare = clone(plan);
  for (const field of PRUNABLE) remove(bare, field.path);
  const appendices = (bare.appendices ?? []) as Obj[];
  for (const a of appendices) delete a.reference;
  const defaults = resolve(bare);
  if (!defaults) return { plan, resolved: full };
  const out = clone(plan);
  let changed = false;
  for (const field of PRUNABLE) {
    if (JSON.stringify(field.value(defaults.resolved)) !== JSON.stringify(field.value(full.resolved))) continue;
    remove(out, field.path);
    changed = true;
  }
  ((out.appendices ?? []) as Obj[]).forEach((a, i) => {
    if (a.reference === undefined || defaults.resolved.appendices[i]?.reference !== full.resolved.appendices[i]?.reference) return;
    delete a.reference;
    changed = true;
  });
  return changed ? { plan: out } : { plan, resolved: full };
}

const addVT = (archive: string): string => archive.replace(/^(lưu)\s*:?\s*/iu, "Lưu: VT, ").replace(/,\s*\./u, ".");

/** Fixes for when `rules:` cannot downgrade a rule: each keeps the words, changes only form. */
const FIXES: Record<string, (plan: Obj, recase: (s: string) => string) => boolean> = {
  "ND30-so-ky-hieu": (plan) => {
    if (plan.number === undefined || Number(plan.number) === 0) return false;
    plan.number = Number(plan.number);
    return true;
  },
  "ND30-luu": (plan) => {
    if (typeof plan.archive !== "string") return false;
    plan.archive = /^lưu/iu.test(plan.archive) ? addVT(plan.archive) : `Lưu: VT, ${plan.archive}`;
    return true;
  },
  "ND30-trich-yeu-in-hoa": (plan, recase) => {
    plan.title = String(plan.title).split("\n").map((l, i) => (i === 0 ? recase(l) : recase(l).replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase("vi")))).join("\n");
    return true;
  },
  "ND30-ho-ten-nguoi-ky": (plan) => {
    const signer = plan.signer as Obj;
    signer.name = nameCase(String(signer.name));
    return true;
  },
};

export interface Repaired {
  readonly plan: Obj;
  /** The plan as build will resolve it (its words; rule levels aside), when it resolves. */
  readonly resolved?: ResolvedPlan;
}

export function repairForBuild(plan: Obj, notes: Notes, schema: { rules: boolean }, recase: (s: string) => string = (s) => s): Repaired {
  const pruned = pruneDefaults(plan);
  let out = pruned.plan;
  const r = pruned.resolved ?? resolve(out);
  if (!r) {
    notes.add("guessed", [], t("kế hoạch nhập được chưa qua kiểm tra lược đồ; xem lỗi khi chạy kehoach validate", "the imported plan does not pass the schema; run kehoach validate to see why"));
    return { plan: out };
  }
  const errors = lintPlan(r.prepared, r.resolved).filter((d: Diagnostic) => d.severity === "error");
  const ids = [...new Set(errors.map((d) => d.code))];
  if (ids.length === 0) return { plan: out, resolved: r.resolved };
  out = clone(out);
  const rules: Obj = {};
  for (const id of ids) {
    const first = errors.find((d) => d.code === id)!;
    const path = first.path ?? [];
    if (schema.rules) {
      rules[id] = "warning";
      notes.add("rule", ["rules", id], t(`${first.message.vi} (trái ${id}, hạ xuống cảnh báo)`, `${first.message.en} (breaks ${id}, downgraded to a warning)`));
      notes.add("rule", path, t(`trái ${id}; đã hạ xuống cảnh báo ở rules cuối tệp`, `breaks ${id}; downgraded to a warning under rules at the end of the file`));
    } else if (FIXES[id]?.(out, recase)) {
      notes.add("guessed", path, t(`sửa theo Nghị định 30 (${id}): ${first.message.vi}`, `corrected per ND30 (${id}): ${first.message.en}`));
    } else {
      notes.add("guessed", path, t(`trái quy tắc ${id}, cần sửa tay trước khi build: ${first.message.vi}`, `breaks ${id}, fix by hand before building: ${first.message.en}`));
    }
  }
  if (Object.keys(rules).length) {
    const merged = { ...((out.rules as Obj | undefined) ?? {}), ...rules };
    delete out.rules;
    out.rules = merged;
  }
  // Downgrading a rule changes no word; a fix does, so the plan is resolved again.
  return { plan: out, ...(schema.rules ? { resolved: r.resolved } : {}) };
}
