import type { HelperOptions } from "handlebars";
import { provinceFullName } from "../data/units.js";
import { dateWords, formatDay, formatMonth, parseIssueDate } from "./date-line.js";
import { calendarNumber, romanOf } from "./helper-numbers.js";
import { lowerFirst, lowerVi, placeOfUnit, splitUnit, upperFirst, upperVi } from "./vietnamese.js";

type Helper = (...args: unknown[]) => unknown;

/** Where a helper call sits in its template (Handlebars ≥ 4 passes `loc` in the options). */
interface CallSite {
  readonly name?: string;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
}

export type HelperProblem = "missing" | "not-scalar" | "not-number";

/**
 * A helper given no value, an object or a list where it needs text, or text where it needs a
 * number. Shaped like Handlebars' own errors (lineNumber, 0-based column) so render-field
 * locates it the same way; never "", "NaN" or "[object Object]" in the document.
 */
export class HelperValueError extends Error {
  readonly lineNumber: number | undefined;
  readonly column: number | undefined;
  constructor(
    readonly helper: string,
    readonly problem: HelperProblem,
    readonly value: unknown,
    site: CallSite,
    /** Which argument (0-based) was wrong. */
    readonly index = 0,
  ) {
    super(`helper ${helper}: ${problem}`);
    this.lineNumber = site.loc?.start.line;
    this.column = site.loc?.start.column;
  }
}

/** Handlebars passes its options object last; helpers take only the real arguments. */
const args = (list: unknown[]): unknown[] => list.slice(0, -1);
const site = (list: unknown[]): CallSite => (list[list.length - 1] ?? {}) as CallSite;

/** Argument `i` as text: a string, number or boolean; anything else is an error of the call. */
function scalar(list: unknown[], i: number): string {
  const v = args(list)[i];
  const call = site(list);
  if (v === undefined || v === null) throw new HelperValueError(call.name ?? "?", "missing", v, call, i);
  if (typeof v === "object" || typeof v === "function") throw new HelperValueError(call.name ?? "?", "not-scalar", v, call, i);
  return String(v);
}

/** Argument `i` as a whole number ("05" and 5 both); "abc" or 2.5 is an error of the call. */
function whole(list: unknown[], i: number): number {
  const text = scalar(list, i).trim();
  const n = Number(text);
  if (text === "" || !Number.isInteger(n)) {
    const call = site(list);
    throw new HelperValueError(call.name ?? "?", "not-number", args(list)[i], call, i);
  }
  return n;
}

/** `default` and `eq` take missing values on purpose; they still refuse objects and lists. */
function optional(list: unknown[], i: number): string | undefined {
  const v = args(list)[i];
  return v === undefined || v === null ? undefined : scalar(list, i);
}

/** "Ủy ban nhân dân xã Na Dương" → "xã Na Dương" (the unit an UBND belongs to). */
export function unitOfIssuer(name: string): string {
  const m = /^\s*(ủy|uỷ) ban nhân dân\s+(.+)$/iu.exec(name.normalize("NFC"));
  return m ? m[2]!.trim() : name.trim();
}

/**
 * Helpers available in every template and plan field. All pure; documented in docs/templates.md
 * ("Mẫu và trợ giúp").
 */
export const HELPERS: Record<string, Helper> = {
  /** Vietnamese upper case: {{upper issuer.name}} */
  upper: (...a) => upperVi(scalar(a, 0)),
  lower: (...a) => lowerVi(scalar(a, 0)),
  upperFirst: (...a) => upperFirst(scalar(a, 0)),
  lowerFirst: (...a) => lowerFirst(scalar(a, 0)),
  /** {{roman 4}} → IV */
  roman: (...a) => romanOf(whole(a, 0), args(a)[0], site(a)),
  /** {{dateWords "2026-02-05"}} → "ngày 05 tháng 02 năm 2026" (ND30 leading zeros) */
  dateWords: (...a) => dateWords(parseIssueDate(scalar(a, 0))),
  /** {{day 5}} → 05; {{month 2}} → 02, {{month 3}} → 3 */
  day: (...a) => formatDay(calendarNumber("day", whole(a, 0), args(a)[0], site(a))),
  month: (...a) => formatMonth(calendarNumber("month", whole(a, 0), args(a)[0], site(a))),
  /** {{unitOf issuer.name}}: "Ủy ban nhân dân xã Na Dương" → "xã Na Dương" */
  unitOf: (...a) => unitOfIssuer(scalar(a, 0)),
  /** {{unitName "xã Na Dương"}} → "Na Dương" */
  unitName: (...a) => splitUnit(scalar(a, 0)).name,
  /** {{placeOf "phường Lương Văn Tri"}} → "Phường Lương Văn Tri"; "xã Na Dương" → "Na Dương" */
  placeOf: (...a) => placeOfUnit(scalar(a, 0)),
  /** {{province "Lạng Sơn"}} → "tỉnh Lạng Sơn"; "Hà Nội" → "thành phố Hà Nội" (bundled 2025 list) */
  province: (...a) => provinceFullName(scalar(a, 0)),
  /** {{default unit.signer_name signer.name}}: the first non-empty argument (missing ones are skipped) */
  default: (...a) => args(a).map((_, i) => optional(a, i)).find((v) => v !== undefined && v.trim() !== "") ?? "",
  eq: (...a) => optional(a, 0) === optional(a, 1),
  /** {{join list ", "}}: joins a list of texts */
  join: (...a) => {
    const list = args(a)[0];
    const sep = args(a).length > 1 ? scalar(a, 1) : ", ";
    if (!Array.isArray(list)) return scalar(a, 0);
    return list
      .map((item) => {
        if (item === undefined || item === null || typeof item === "object" || typeof item === "function") throw new HelperValueError("join", item == null ? "missing" : "not-scalar", item, site(a));
        return String(item);
      })
      .join(sep);
  },
};

export type { HelperOptions };
