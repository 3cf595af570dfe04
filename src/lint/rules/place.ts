import { communesNamed, findProvince } from "../../data/units.js";
import { t } from "../../i18n/text.js";
import { unitOfIssuer } from "../../render/helpers.js";
import { foldKey, isNamedAfterPersonOrNumber, placeOfUnit, splitUnit, upperFirst } from "../../render/vietnamese.js";
import type { FieldPath, LintContext, LintRule } from "../rule.js";

/** Where the địa danh came from: `place:` if written, else the issuer field its template reads. */
function placePath({ plan }: LintContext): FieldPath {
  if (plan.place !== undefined) return ["place"];
  if (plan.tier === "department" && plan.issuer.province !== undefined) return ["issuer", "province"];
  return ["issuer", "name"];
}

/** The full name a bare place stands for: the issuer's own unit, else a unit of that name. */
function fullNameOf(place: string, ctx: LintContext): string | undefined {
  const own = unitOfIssuer(ctx.resolved.issuer.name);
  const split = splitUnit(own);
  if (split.type && foldKey(split.name) === foldKey(place)) return `${upperFirst(split.type)} ${split.name}`;
  const province = findProvince(place);
  if (province) return `${province.type} ${province.name}`;
  const types = new Set(communesNamed(place).map((c) => c.type));
  return types.size === 1 ? `${[...types][0]!} ${place}` : undefined;
}

/**
 * Địa danh (ND30 PL I, II.4): the unit's proper name ("Lạng Sơn", "Thất Khê"); a unit named
 * after a person, a number or an event keeps its generic noun, capitalised ("Phường Lương Văn
 * Tri", "Thành phố Hồ Chí Minh") — PL II, III.1.b. The 2025 units come from the reviewed list
 * data/named-units.csv; other names are guessed, hence a warning.
 */
export const placeRule: LintRule = {
  id: "ND30-dia-danh",
  severity: "warning",
  clause: "Phụ lục I, Phần II, khoản 4, điểm a; Phụ lục II, Phần III, khoản 1, điểm b",
  summary: t(
    "địa danh là tên riêng; đơn vị mang tên người, số hiệu ghi đủ và viết hoa danh từ chung (\"Phường Lương Văn Tri\")",
    "the place is the proper name; a unit named after a person or a number keeps its capitalised generic noun (\"Phường Lương Văn Tri\")",
  ),
  check(ctx) {
    const place = ctx.resolved.place.trim();
    const path = placePath(ctx);
    if (place === "") {
      return [
        {
          path,
          message: t("địa danh trước ngày tháng bị trống", "the place before the date is empty"),
          hint: t("ghi place: tên đơn vị hành chính nơi cơ quan đóng trụ sở", "set place: the administrative unit where the body sits"),
        },
      ];
    }
    const { type, name } = splitUnit(place);
    if (!type) {
      if (!isNamedAfterPersonOrNumber(place)) return [];
      const full = fullNameOf(place, ctx);
      if (!full) return [];
      return [
        {
          path,
          message: t(`địa danh "${place}" là tên người hoặc số hiệu: phải ghi đầy đủ "${full}"`, `the place "${place}" is named after a person or a number: write it in full, "${full}"`),
          hint: t(`ghi place: ${full}`, `set place: ${full}`),
        },
      ];
    }
    const expected = placeOfUnit(place);
    if (expected === place) return [];
    return [
      {
        path,
        message: isNamedAfterPersonOrNumber(name)
          ? t(`địa danh "${place}": danh từ chung của đơn vị mang tên người, số hiệu phải viết hoa ("${expected}")`, `the place "${place}": the generic noun of a unit named after a person or number is capitalised ("${expected}")`)
          : t(`địa danh "${place}" chỉ ghi tên riêng "${expected}", không kèm "${type}"`, `the place "${place}" is just the proper name "${expected}", without "${type}"`),
        hint: t(`ghi place: ${expected}`, `set place: ${expected}`),
      },
    ];
  },
};
