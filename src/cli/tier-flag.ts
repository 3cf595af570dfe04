import { errorDiagnostic, KehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { guessTier, tierAliasNotice, tierOf, TIERS, TIER_LABELS, type Tier } from "../schema/tier.js";

/**
 * `--tier` of `templates` and `init`: a tier id, or a Vietnamese alias (xã, tỉnh, sở, huyện) with
 * a notice; anything else is a usage error with the tier it most likely meant.
 */
export function parseTierFlag(value: string): { tier: Tier; notice?: Diagnostic } {
  const tier = tierOf(value);
  if (tier === undefined) {
    const guess = guessTier(value);
    const list = TIERS.join(", ");
    throw new KehoachError(
      "usage",
      errorDiagnostic("usage-tier", t(`cấp ban hành không hợp lệ: "${value}"`, `unknown tier: "${value}"`), {
        hint: guess
          ? t(`có phải ý bạn là ${guess} (${TIER_LABELS[guess].vi})? Các cấp: ${list}`, `did you mean ${guess} (${TIER_LABELS[guess].en})? Tiers: ${list}`)
          : t(`các cấp: ${list}`, `tiers: ${list}`),
      }),
    );
  }
  if (tier === value) return { tier };
  return { tier, notice: tierAliasNotice(value, tier, t(`--tier ${tier}`, `--tier ${tier}`)) };
}
