import { t, type LocalText } from "../i18n/text.js";

/**
 * The issuing tiers — the only list of them. Since 1 July 2025 local government has two tiers
 * (province, commune); `district` remains for plans dated before that day.
 */
export const TIERS = ["province", "department", "commune", "district", "organization"] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_LABELS: Record<Tier, LocalText> = {
  province: t("UBND tỉnh / thành phố trực thuộc Trung ương", "provincial People's Committee"),
  department: t("Sở và cơ quan chuyên môn cấp tỉnh", "provincial department (Sở)"),
  commune: t("UBND xã / phường / đặc khu", "commune-level People's Committee"),
  district: t("UBND huyện (chỉ cho văn bản trước 01/7/2025)", "district People's Committee (before 1 July 2025 only)"),
  organization: t(
    "Cơ quan, tổ chức khác (Mặt trận, Ban, Tiểu ban, Đoàn kiểm tra…): không có mặc định của UBND",
    "any other body (Mặt trận, Ban, Tiểu ban, inspection team…): no UBND defaults",
  ),
};

/** The day districts ceased to exist (Luật Tổ chức chính quyền địa phương 2025). */
export const TWO_TIER_FROM = "2025-07-01";
