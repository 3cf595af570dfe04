/**
 * Rule severity as the user sets it, the way linters do: `rules: { ND30-luu: warning }` in the
 * plan, `--rule ND30-luu=warning` on the command line. "off" silences a rule on both sides.
 */
export const RULE_LEVELS = ["error", "warning", "off"] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];
export type RuleLevels = Readonly<Record<string, RuleLevel>>;

/** The level a rule runs at: the user's setting if any, else the rule's own. */
export function levelOf(id: string, own: Exclude<RuleLevel, "off">, levels: RuleLevels | undefined): RuleLevel {
  const set = levels && Object.hasOwn(levels, id) ? levels[id] : undefined;
  return set ?? own;
}

/** Later maps win: the plan's `rules:`, then `--config`, then `--rule` flags. */
export function mergeLevels(...maps: readonly (RuleLevels | undefined)[]): RuleLevels {
  const out: Record<string, RuleLevel> = {};
  for (const map of maps) if (map) for (const [id, level] of Object.entries(map)) out[id] = level;
  return out;
}
