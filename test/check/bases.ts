import { fileURLToPath } from "node:url";
import { checkDocx, type CheckReport } from "../../src/check/check-docx.js";
import { buildPlanFile } from "../../src/index.js";
import type { RuleResult } from "../../src/check/rule.js";

/** Good documents built through the library API, for the checker's tests to plant faults in. */

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** A plan using every element the checker knows: căn cứ, điểm, two appendices, khẩn, lưu hành. */
export const FULL_PLAN = `${ROOT}test/fixtures/check/full-plan.yaml`;
export const XA_EXAMPLE = `${ROOT}examples/xa-na-duong-2026.yaml`;

export async function buildBytes(plan: string): Promise<Uint8Array> {
  return (await buildPlanFile(plan, { sourceDateEpoch: "0" })).bytes;
}


/** The full plan (every element ND30 knows, KHẨN box included): no finding of any level, so each planted fault is the only one. */
export async function fullBase(): Promise<Uint8Array> {
  return buildBytes(FULL_PLAN);
}

export const byId = (report: CheckReport): Map<string, RuleResult> => new Map(report.results.map((r) => [r.id, r]));

export const failing = (report: CheckReport, level?: "E" | "W"): string[] =>
  report.results.filter((r) => r.status === "FAIL" && (level === undefined || r.level === level)).map((r) => r.id);

export const check = (bytes: Uint8Array): CheckReport => checkDocx(bytes);
