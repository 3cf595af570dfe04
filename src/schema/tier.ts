import type { Diagnostic } from "../errors.js";
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

/**
 * The Vietnamese words clerks type for a tier. Accepted in plans and `--tier` with a notice
 * naming the canonical value, so the plan still says what it means to every tool.
 */
export const TIER_ALIASES: Readonly<Record<string, Tier>> = {
  "tỉnh": "province",
  "thành phố": "province",
  "sở": "department",
  "xã": "commune",
  "phường": "commune",
  "đặc khu": "commune",
  "huyện": "district",
};

/** A word without case or diacritics: "Xã" and "xa" are both "xa". */
export const plain = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The tier a word names: a canonical id, or a Vietnamese alias, in any case, NFC or not, with
 * or without diacritics ("xã", "Xa", "TINH"). Every tool reads a tier through this one function.
 */
export function tierOf(word: string): Tier | undefined {
  const w = word.normalize("NFC").trim().toLowerCase();
  if ((TIERS as readonly string[]).includes(w)) return w as Tier;
  if (TIER_ALIASES[w]) return TIER_ALIASES[w];
  const p = plain(w);
  for (const [alias, tier] of Object.entries(TIER_ALIASES)) if (plain(alias) === p) return tier;
  return undefined;
}

/**
 * The notice for a tier written another way than its id (`tier: xã`, `--tier Xa`): which tier
 * was used, and what to write (`write` is "tier: commune" or "--tier commune").
 */
export function tierAliasNotice(written: string, tier: Tier, write: LocalText): Diagnostic {
  return {
    severity: "notice",
    code: "tier-alias",
    message: t(`"${written}" được hiểu là cấp ${tier} (${TIER_LABELS[tier].vi})`, `"${written}" read as tier ${tier} (${TIER_LABELS[tier].en})`),
    hint: t(`ghi ${write.vi} (tên cấp bằng tiếng Anh, chữ thường) để mọi công cụ đọc như nhau`, `write ${write.en} (the tier's English id, lower case) so every tool reads it the same`),
  };
}

/** For a word that names no tier: the tier it most likely meant ("xa" → commune), if any. */
export function guessTier(word: string): Tier | undefined {
  const w = plain(word);
  for (const [alias, tier] of Object.entries(TIER_ALIASES)) if (plain(alias) === w) return tier;
  return TIERS.find((tier) => tier.startsWith(w) && w.length >= 3) ?? TIERS.find((tier) => distanceAtMost2(tier, w));
}

function distanceAtMost2(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 2;
}
