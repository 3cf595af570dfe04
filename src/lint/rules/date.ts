import { t } from "../../i18n/text.js";
import { isoDate } from "../../render/date-line.js";
import { TWO_TIER_FROM } from "../../schema/tier.js";
import type { LintRule } from "../rule.js";

/** How far ahead a plan may be dated before the year is probably a typo (2062 for 2026). */
const FUTURE_YEARS = 1;

/** The year a clerk probably meant: two adjacent digits swapped, giving a year near today. */
function likelyYear(year: number, today: Date): number | undefined {
  const digits = String(year);
  const now = today.getFullYear();
  let best: number | undefined;
  for (let i = 0; i + 1 < digits.length; i++) {
    const swapped = Number(digits.slice(0, i) + digits[i + 1]! + digits[i]! + digits.slice(i + 2));
    if (swapped > now + FUTURE_YEARS || swapped < now - 10) continue;
    if (best === undefined || Math.abs(swapped - now) < Math.abs(best - now)) best = swapped;
  }
  return best;
}

export const futureDateRule: LintRule = {
  id: "ND30-ngay-ban-hanh",
  severity: "warning",
  clause: "Phụ lục I, Phần II, khoản 4",
  summary: t(`năm ban hành không quá ${FUTURE_YEARS} năm sau năm hiện tại (thường là gõ nhầm)`, `issue year at most ${FUTURE_YEARS} year after this one (usually a typo)`),
  check({ resolved, today }) {
    const year = resolved.date.year;
    if (year <= today.getFullYear() + FUTURE_YEARS) return [];
    return [
      {
        path: ["date"],
        message: t(`ngày ban hành ở năm ${year}, còn xa trong tương lai`, `the issue date is in ${year}, far in the future`),
        hint: likelyYear(year, today)
          ? t(`kiểm tra lại năm: có phải ${likelyYear(year, today)!} (gõ nhầm thứ tự chữ số ${year})? Sửa năm ở dòng "date:" của kế hoạch`, `check the year: is it ${likelyYear(year, today)!} (digits of ${year} swapped)? Fix the year on the plan's "date:" line`)
          : t(`kiểm tra lại năm ${year} và sửa năm ở dòng "date:" của kế hoạch`, `check the year ${year} and fix it on the plan's "date:" line`),
      },
    ];
  },
};

/** Districts ceased on 1 July 2025 (Luật Tổ chức chính quyền địa phương 2025). */
export const districtRule: LintRule = {
  id: "ND30-district-after-reform",
  severity: "warning",
  clause: "Phụ lục I, Phần II, khoản 2; Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
  summary: t("cấp huyện (district) chỉ dùng cho văn bản trước 01/7/2025", "the district tier only for documents dated before 1 July 2025"),
  check({ resolved }) {
    if (resolved.tier !== "district" || isoDate(resolved.date) < TWO_TIER_FROM) return [];
    return [
      {
        path: ["tier"],
        message: t(
          "cấp huyện không còn từ ngày 01/7/2025; kế hoạch cấp huyện chỉ dùng cho văn bản ban hành trước ngày đó",
          "districts were abolished on 1 July 2025; the district tier is only for documents dated before then",
        ),
        hint: t("văn bản mới của xã, phường dùng tier: commune; của tỉnh dùng tier: province", "new documents of a commune use tier: commune; of a province, tier: province"),
      },
    ];
  },
};
