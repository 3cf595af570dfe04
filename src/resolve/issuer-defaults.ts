import { errorDiagnostic, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import type { LocateField } from "../render/render-field.js";
import type { Plan } from "../schema/plan-schema.js";

type Path = readonly (string | number)[];

const located = (locateField: LocateField, path: Path): Partial<Diagnostic> => {
  const where = locateField(path);
  return { file: where.file, path, ...(where.position ? { position: where.position } : {}) };
};

/**
 * `tier: organization` has no UBND defaults: what a UBND tier would fill in silently (KH-UBND,
 * "TM. ỦY BAN NHÂN DÂN", the place) must come from the plan. Each missing one is a located error.
 */
export function organizationRequirements(plan: Plan, place: string, locateField: LocateField): Diagnostic[] {
  if (plan.tier !== "organization") return [];
  const out: Diagnostic[] = [];
  if (plan.symbol === undefined && plan.issuer.code === undefined) {
    out.push(
      errorDiagnostic("organization-missing-symbol", t("thiếu ký hiệu văn bản (cấp organization không có ký hiệu mặc định)", "no document symbol (the organization tier has no default)"), {
        ...located(locateField, ["issuer"]),
        hint: t('ghi issuer.code (ví dụ "MTTQ" → KH-MTTQ) hoặc symbol (ví dụ "KH-ĐKT")', 'set issuer.code (e.g. "MTTQ" → KH-MTTQ) or symbol (e.g. "KH-ĐKT")'),
      }),
    );
  }
  if (plan.signer.authority === undefined && plan.signer.title === undefined) {
    out.push(
      errorDiagnostic("organization-missing-signer", t("thiếu thẩm quyền ký và chức vụ người ký (cấp organization không có mặc định)", "no signing authority or position (the organization tier has no default)"), {
        ...located(locateField, ["signer"]),
        hint: t('ghi signer.authority (ví dụ "TM. BAN THƯỜNG TRỰC") và signer.title (ví dụ "CHỦ TỊCH")', 'set signer.authority (e.g. "TM. BAN THƯỜNG TRỰC") and signer.title (e.g. "CHỦ TỊCH")'),
      }),
    );
  }
  if (place === "") {
    out.push(
      errorDiagnostic("organization-missing-place", t("thiếu địa danh (không suy ra được từ tên cơ quan)", "no place name (it cannot be derived from the issuer's name)"), {
        ...located(locateField, plan.place === undefined ? [] : ["place"]),
        hint: t('ghi place: tên đơn vị hành chính nơi cơ quan đóng trụ sở, ví dụ "Thất Khê"', 'set place: the administrative unit where the body sits, e.g. "Thất Khê"'),
      }),
    );
  }
  return out;
}

const UBND = /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|\bUBND\b/iu;

/**
 * A hand-written header that is not a UBND's, while the tier still fills in UBND wording (the
 * symbol "KH-UBND", "TM. ỦY BAN NHÂN DÂN", the closing): a warning, since the result mixes the two.
 */
export function mixedHeaderWarnings(
  plan: Plan,
  defaults: { symbol: string; authority: readonly string[]; closing: string | null },
  locateField: LocateField,
): Diagnostic[] {
  if (plan.tier === "organization" || plan.issuer.header === undefined) return [];
  if (plan.issuer.header.some((l) => UBND.test(l))) return [];
  const used: string[] = [];
  if (plan.symbol === undefined && plan.issuer.code === undefined && /UBND/u.test(defaults.symbol)) used.push(`ký hiệu ${defaults.symbol}`);
  if (plan.signer.authority === undefined && defaults.authority.some((l) => UBND.test(l))) used.push(`"${defaults.authority.join(" / ")}"`);
  if (plan.closing === undefined && defaults.closing !== null) used.push("câu kết mặc định");
  if (used.length === 0) return [];
  return [
    {
      severity: "warning",
      code: "header-with-ubnd-defaults",
      message: t(
        `tên cơ quan viết tay không phải UBND, nhưng kế hoạch vẫn dùng mặc định của UBND: ${used.join(", ")}`,
        `the hand-written issuer is not a UBND, yet the plan still uses UBND defaults: ${used.join(", ").replace("câu kết mặc định", "the default closing")}`,
      ),
      hint: t(
        "dùng tier: organization (không có mặc định UBND) hoặc ghi symbol, signer.authority, signer.title, closing",
        "use tier: organization (no UBND defaults) or set symbol, signer.authority, signer.title, closing",
      ),
      ...located(locateField, ["issuer", "header"]),
    },
  ];
}
