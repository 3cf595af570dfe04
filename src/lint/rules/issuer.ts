import { t } from "../../i18n/text.js";
import { unitOfIssuer } from "../../render/helpers.js";
import { isNamedAfterPersonOrNumber, splitUnit, upperFirst } from "../../render/vietnamese.js";
import type { LintContext, LintRule } from "../rule.js";

/** Tiers whose issuer is an Ủy ban nhân dân (the department tier is a Sở). */
const ubnd = ({ plan }: LintContext): boolean => plan.tier !== "department";

/**
 * The issuing body's name is its official, full name (ND30 PL I, II.2): "UBND xã …" would
 * print "ỦY BAN NHÂN DÂN / UBND XÃ …" in the header and "của UBND xã …" in the closing.
 */
export const issuerNameRule: LintRule = {
  id: "ND30-ten-co-quan",
  severity: "error",
  clause: "Phụ lục I, Phần II, khoản 2",
  summary: t("tên cơ quan ban hành viết đầy đủ (\"Ủy ban nhân dân xã …\"), không viết tắt", "the issuing body's full name (\"Ủy ban nhân dân xã …\"), not abbreviated"),
  planOnly: true,
  check(ctx) {
    const name = ctx.plan.issuer.name.trim();
    const m = /^(UBND|U\.B\.N\.D\.?)(?=\s)/iu.exec(name);
    if (!ubnd(ctx) || !m) return [];
    const full = `Ủy ban nhân dân${name.slice(m[0].length)}`;
    return [
      {
        path: ["issuer", "name"],
        message: t(`tên cơ quan ban hành "${name}" bị viết tắt; phải là tên đầy đủ`, `the issuing body's name "${name}" is abbreviated; it must be the full name`),
        hint: t(`ghi name: ${full} (chỉ dòng cơ quan chủ quản mới được viết tắt)`, `write name: ${full} (only the parent body may be abbreviated)`),
      },
    ];
  },
};

/**
 * Capitals in the name as it reads in running text (Phụ lục II, Phần III): "Ủy ban nhân dân
 * tỉnh Lạng Sơn" — the generic noun of the unit in lower case. Only a unit named after a person
 * or a number takes a capital ("Quận 1", "Phường Điện Biên Phủ"); that case is left alone, as
 * telling a person's name is a heuristic.
 */
export const issuerCaseRule: LintRule = {
  id: "ND30-viet-hoa",
  severity: "warning",
  clause: "Phụ lục II, Phần III, khoản 1 (tên đơn vị hành chính); Phụ lục II (tên cơ quan, tổ chức)",
  summary: t(
    "viết hoa đúng trong tên cơ quan: \"Ủy ban nhân dân tỉnh Lạng Sơn\", không \"Ủy Ban Nhân Dân Tỉnh Lạng Sơn\"",
    "capitals in the body's name: \"Ủy ban nhân dân tỉnh Lạng Sơn\", not \"Ủy Ban Nhân Dân Tỉnh Lạng Sơn\"",
  ),
  planOnly: true,
  check(ctx) {
    if (!ubnd(ctx)) return [];
    const name = ctx.plan.issuer.name.trim();
    const head = /^(ủy|uỷ) ban nhân dân(?=\s)/iu.exec(name);
    if (!head) return [];
    const words = head[0].split(" ");
    const expectedHead = [upperFirst(words[0]!.toLocaleLowerCase("vi")), ...words.slice(1).map((w) => w.toLocaleLowerCase("vi"))].join(" ");
    const unit = unitOfIssuer(name);
    const { type, name: proper } = splitUnit(unit);
    const typed = unit.slice(0, type.length);
    const typeWrong = type !== "" && typed !== type && !isNamedAfterPersonOrNumber(proper);
    if (head[0] === expectedHead && !typeWrong) return [];
    const expected = `${expectedHead} ${typeWrong ? `${type} ${proper}` : unit}`;
    return [
      {
        path: ["issuer", "name"],
        message: t(`viết hoa chưa đúng trong tên cơ quan "${name}"`, `wrong capitals in the body's name "${name}"`),
        hint: t(`ghi name: ${expected}`, `write name: ${expected}`),
      },
    ];
  },
};
