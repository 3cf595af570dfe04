import { allCommunes, allProvinces, type CommuneRecord, type ProvinceRecord } from "../data/units.js";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { phraseToneKey } from "../render/tone-key.js";
import { foldKey, splitUnit, UNIT_TYPES } from "../render/vietnamese.js";
import { distance } from "../schema/suggest.js";

/** A unit of the bundled 1 July 2025 lists: a province, or a commune with its province. */
export type UnitMatch =
  | { readonly kind: "province"; readonly province: ProvinceRecord }
  | { readonly kind: "commune"; readonly commune: CommuneRecord; readonly province: ProvinceRecord };

/** Which list a name is looked up in: the tier decides, or both when no tier was given. */
export type UnitScope = "province" | "commune" | "any";

const provinceByCode = (code: string): ProvinceRecord | undefined => allProvinces().find((p) => p.code === code);

const asMatch = (u: ProvinceRecord | CommuneRecord): UnitMatch =>
  "province_code" in u ? { kind: "commune", commune: u, province: provinceByCode(u.province_code)! } : { kind: "province", province: u };

/** "Xã Thất Khê (tỉnh Lạng Sơn), mã 06940" — how a candidate is shown to the clerk. */
export function describeUnit(m: UnitMatch): string {
  if (m.kind === "province") return `${m.province.type} ${m.province.name}, mã ${m.province.code}`;
  return `${m.commune.type} ${m.commune.name} (${m.province.type.toLowerCase()} ${m.province.name}), mã ${m.commune.code}`;
}

const unitCode = (m: UnitMatch): string => (m.kind === "province" ? m.province.code : m.commune.code);

const usageError = (code: string, vi: string, en: string, hintVi: string, hintEn: string): KehoachError =>
  new KehoachError("usage", errorDiagnostic(code, t(vi, en), { hint: t(hintVi, hintEn) }));

/** `--code 20` (province, 2 digits) or `--code 06940` (commune, 5 digits); leading zeros optional. */
export function findUnitByCode(code: string): UnitMatch {
  const digits = code.trim();
  if (/^\d{1,2}$/.test(digits)) {
    const p = provinceByCode(digits.padStart(2, "0"));
    if (p) return asMatch(p);
  } else if (/^\d{3,5}$/.test(digits)) {
    const c = allCommunes().find((x) => x.code === digits.padStart(5, "0"));
    if (c) return asMatch(c);
  }
  throw usageError(
    "init-unknown-code",
    `không có đơn vị hành chính mã "${code}" trong danh sách ngày 01/7/2025`,
    `no administrative unit has the code "${code}" in the 1 July 2025 list`,
    "mã tỉnh có 2 chữ số (ví dụ 20), mã xã có 5 chữ số (ví dụ 06940); hoặc dùng --unit với tên đơn vị",
    "province codes have 2 digits (e.g. 20), commune codes 5 (e.g. 06940); or use --unit with the unit's name",
  );
}

/** Unit types that existed before 1 July 2025 only. */
const OLD_TYPES = new Set(["huyện", "quận", "thị xã", "thị trấn"]);

/**
 * The unit type typed first: with its tone marks ("Quan Sơn" is a name, not "quận Sơn"); a name
 * typed without any diacritics ("xa That Khe") is matched without them.
 */
function splitTyped(raw: string): { type: string; name: string } {
  const split = splitUnit(raw);
  if (split.type || /[^\x00-\x7f]/u.test(raw)) return split;
  const key = foldKey(raw);
  const type = UNIT_TYPES.find((t) => key.startsWith(`${foldKey(t)} `));
  return type ? { type, name: raw.split(/\s+/u).slice(type.split(" ").length).join(" ") } : split;
}

/**
 * `--unit "Thất Khê"`, `--unit "xã Thất Khê"`, `--unit "Thất Khê, Lạng Sơn"`, `--unit "Lạng Sơn"`.
 * Names match ignoring case and where the tone mark sits; failing that, ignoring diacritics.
 * A name shared by several units is an error listing them, never a guess.
 */
export function findUnitByName(input: string, scope: UnitScope): UnitMatch {
  const [rawName = "", ...rest] = input.split(",");
  const provinceFilter = rest.join(",").trim();
  const { type, name } = splitTyped(rawName.trim());
  if (OLD_TYPES.has(type)) {
    throw usageError(
      "init-old-unit",
      `"${input}" là đơn vị cấp huyện hoặc thị trấn, không còn từ ngày 01/7/2025; danh sách có sẵn chỉ có tỉnh và xã`,
      `"${input}" is a district-level unit or township, abolished on 1 July 2025; the bundled lists hold provinces and communes only`,
      "với kế hoạch cấp huyện (trước 01/7/2025), bỏ --unit rồi sửa issuer.name trong tệp",
      "for a district plan (before 1 July 2025), drop --unit and edit issuer.name in the file",
    );
  }
  const typeKey = type ? foldKey(type) : "";
  let pool: (ProvinceRecord | CommuneRecord)[] = [];
  if (scope !== "commune" && (!type || typeKey === "tinh" || typeKey === "thanh pho")) pool.push(...allProvinces());
  if (scope !== "province" && (!type || ["xa", "phuong", "dac khu"].includes(typeKey))) pool.push(...allCommunes());
  if (type) pool = pool.filter((u) => foldKey(u.type) === typeKey);
  if (provinceFilter) {
    const pKey = foldKey(provinceFilter.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, ""));
    pool = pool.filter((u) => "province_code" in u && foldKey(u.province_name) === pKey);
  }
  const exact = phraseToneKey(name);
  let found = pool.filter((u) => phraseToneKey(u.name) === exact);
  if (found.length === 0) found = pool.filter((u) => foldKey(u.name) === foldKey(name));
  // Without a tier or a type, a province outranks a commune of the same name ("Bắc Ninh").
  if (found.length > 1 && scope === "any" && !type) {
    const provinces = found.filter((u) => !("province_code" in u));
    if (provinces.length === 1) found = provinces;
  }
  if (found.length === 1) return asMatch(found[0]!);
  if (found.length > 1) {
    const list = found.map(asMatch);
    const lines = list.map((m) => `  ${describeUnit(m)}`).join("\n");
    const first = list.find((m) => m.kind === "commune");
    const example = first && first.kind === "commune" ? `--unit "${first.commune.name}, ${first.province.name}"` : "--tier province";
    throw usageError(
      "init-ambiguous-unit",
      `có ${list.length} đơn vị tên "${name}":\n${lines}`,
      `${list.length} units are named "${name}":\n${lines}`,
      `chọn một bằng mã: --code ${unitCode(list[0]!)}, hoặc ghi kèm tỉnh: ${example}`,
      `pick one by its code: --code ${unitCode(list[0]!)}, or add the province: ${example}`,
    );
  }
  const key = foldKey(name);
  const scored = pool
    .map((u) => ({ u, d: distance(key, foldKey(u.name)) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.d - b.d || a.u.code.localeCompare(b.u.code))
    .slice(0, 5);
  const near = scored.map((x) => `  ${describeUnit(asMatch(x.u))}`).join("\n");
  throw usageError(
    "init-unknown-unit",
    `không tìm thấy đơn vị "${input}" trong danh sách ngày 01/7/2025 (34 tỉnh, 3.321 xã)${near ? `; tên gần giống:\n${near}` : ""}`,
    `no unit "${input}" in the 1 July 2025 list (34 provinces, 3,321 communes)${near ? `; similar names:\n${near}` : ""}`,
    "kiểm tra chính tả; nhiều xã đã đổi tên hoặc sáp nhập từ 01/7/2025",
    "check the spelling; many communes were renamed or merged on 1 July 2025",
  );
}
