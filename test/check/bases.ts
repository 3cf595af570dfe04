import { fileURLToPath } from "node:url";
import { checkDocx, type CheckReport } from "../../src/check/check-docx.js";
import { buildPlanFile } from "../../src/index.js";
import type { RuleResult } from "../../src/check/rule.js";
import { DocxEdit, editParagraph, withParagraphProps } from "./docx-edit.js";

/** Good documents built through the library API, for the checker's tests to plant faults in. */

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** A plan using every element the checker knows: căn cứ, điểm, two appendices, khẩn, lưu hành. */
export const FULL_PLAN = `${ROOT}test/fixtures/check/full-plan.yaml`;
export const XA_EXAMPLE = `${ROOT}examples/xa-na-duong-2026.yaml`;

export async function buildBytes(plan: string): Promise<Uint8Array> {
  return (await buildPlanFile(plan, { sourceDateEpoch: "0" })).bytes;
}

/** TWIPS of 20 mm: the KHẨN stamp's width (PL I, II.10b). */
const KHAN_WIDTH = Math.round((20 * 1440) / 25.4);
const CELL_PADDING = 108;

/**
 * The full plan with its KHẨN box narrowed to the 20 mm of the stamp: kehoach draws the box as
 * wide as the column, which `ND30-urgency-mark-size` (W) reports. Narrowed, the base has no
 * finding of any level, so each planted fault is the only one.
 */
export async function fullBase(): Promise<Uint8Array> {
  const edit = new DocxEdit(await buildBytes(FULL_PLAN));
  const column = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(edit.get("word/document.xml"))![1]);
  const side = Math.round((column - 2 * CELL_PADDING - KHAN_WIDTH) / 2);
  edit.document((xml) => editParagraph(xml, ">KHẨN<", (p) => withParagraphProps(p, `<w:ind w:left="${side}" w:right="${side}"/>`)));
  return edit.bytes();
}

export const byId = (report: CheckReport): Map<string, RuleResult> => new Map(report.results.map((r) => [r.id, r]));

export const failing = (report: CheckReport, level?: "E" | "W"): string[] =>
  report.results.filter((r) => r.status === "FAIL" && (level === undefined || r.level === level)).map((r) => r.id);

export const check = (bytes: Uint8Array): CheckReport => checkDocx(bytes);
