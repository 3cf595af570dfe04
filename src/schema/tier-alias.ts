import type { Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { locate } from "../load/locate.js";
import type { PlanSource } from "../load/plan-source.js";
import { tierAliasNotice, tierOf } from "./tier.js";

/**
 * `tier: xã` (or `Xa`, `tỉnh`, `sở`, `huyện`…) in a plan: the tier it names, with a notice
 * saying what to write, before the schema sees the plan (so validate, build, batch and lint
 * all read the same tier). Anything else is left to the schema's own message.
 */
export function resolveTierAlias(plan: PlanSource): { plan: PlanSource; notices: Diagnostic[] } {
  const data = plan.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { plan, notices: [] };
  const written = (data as Record<string, unknown>).tier;
  if (typeof written !== "string") return { plan, notices: [] };
  const tier = tierOf(written);
  if (tier === undefined || tier === written) return { plan, notices: [] };
  const position = locate(plan, ["tier"]);
  const notice: Diagnostic = {
    ...tierAliasNotice(written, tier, t(`tier: ${tier}`, `tier: ${tier}`)),
    file: plan.source.file,
    path: ["tier"],
    ...(position ? { position } : {}),
  };
  return { plan: { ...plan, data: { ...data, tier } }, notices: [notice] };
}
