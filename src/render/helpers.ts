import type { HelperOptions } from "handlebars";
import { provinceFullName } from "../data/units.js";
import { dateWords, formatDay, formatMonth, parseIssueDate } from "./date-line.js";
import { lowerFirst, lowerVi, placeOfUnit, splitUnit, toRoman, upperFirst, upperVi } from "./vietnamese.js";

type Helper = (...args: unknown[]) => unknown;

const str = (v: unknown): string => (v === undefined || v === null ? "" : String(v));
/** Handlebars passes its options object last; helpers take only the real arguments. */
const args = (list: unknown[]): unknown[] => list.slice(0, -1);

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
  upper: (...a) => upperVi(str(args(a)[0])),
  lower: (...a) => lowerVi(str(args(a)[0])),
  upperFirst: (...a) => upperFirst(str(args(a)[0])),
  lowerFirst: (...a) => lowerFirst(str(args(a)[0])),
  /** {{roman 4}} → IV */
  roman: (...a) => toRoman(Number(args(a)[0])),
  /** {{dateWords "2026-02-05"}} → "ngày 05 tháng 02 năm 2026" (ND30 leading zeros) */
  dateWords: (...a) => dateWords(parseIssueDate(str(args(a)[0]))),
  /** {{day 5}} → 05; {{month 2}} → 02, {{month 3}} → 3 */
  day: (...a) => formatDay(Number(args(a)[0])),
  month: (...a) => formatMonth(Number(args(a)[0])),
  /** {{unitOf issuer.name}}: "Ủy ban nhân dân xã Na Dương" → "xã Na Dương" */
  unitOf: (...a) => unitOfIssuer(str(args(a)[0])),
  /** {{unitName "xã Na Dương"}} → "Na Dương" */
  unitName: (...a) => splitUnit(str(args(a)[0])).name,
  /** {{placeOf "phường Lương Văn Tri"}} → "Phường Lương Văn Tri"; "xã Na Dương" → "Na Dương" */
  placeOf: (...a) => placeOfUnit(str(args(a)[0])),
  /** {{province "Lạng Sơn"}} → "tỉnh Lạng Sơn"; "Hà Nội" → "thành phố Hà Nội" (bundled 2025 list) */
  province: (...a) => provinceFullName(str(args(a)[0])),
  /** {{default unit.signer_name signer.name}}: the first non-empty argument */
  default: (...a) => args(a).find((v) => str(v).trim() !== "") ?? "",
  eq: (...a) => {
    const [x, y] = args(a);
    return x === y;
  },
  /** {{#join list ", "}}: joins a list */
  join: (...a) => {
    const [list, sep] = args(a);
    return Array.isArray(list) ? list.map(str).join(sep === undefined ? ", " : str(sep)) : str(list);
  },
};

export type { HelperOptions };
