import path from "node:path";
import { t } from "../../i18n/text.js";
import { loadTemplates } from "../../load/load-templates.js";
import { TIERS, type Tier } from "../../schema/tier.js";
import { toKehoachError, EXIT_CODES } from "../../errors.js";
import { fail, type CliContext } from "../io.js";
import { reportDiagnostics } from "../report.js";
import { parseTierFlag } from "../tier-flag.js";

export interface TemplatesFlags {
  tier?: string;
  templates?: string[];
}

/** The action of `kehoach templates` (its options: templates.ts). */
export async function runTemplates(ctx: CliContext, flags: TemplatesFlags): Promise<void> {
  const say = ctx.say;
  const dirs = (flags.templates ?? []).map((d) => path.resolve(ctx.io.cwd, d));
  let tiers: Tier[] = [...TIERS];
  if (flags.tier !== undefined) {
    try {
      const parsed = parseTierFlag(flags.tier);
      if (parsed.notice) reportDiagnostics(ctx, [parsed.notice]);
      tiers = [parsed.tier];
    } catch (err) {
      const e = toKehoachError(err);
      reportDiagnostics(ctx, e.diagnostics);
      fail(ctx, EXIT_CODES[e.code]);
      return;
    }
  }
  const origin = (o: string) => (o === "builtin" ? say(t("có sẵn", "built-in")) : say(t("ghi đè", "override")));
  const rel = (f: string) => path.relative(ctx.io.cwd, f) || f;
  for (const tier of tiers) {
    const set = loadTemplates(tier, dirs);
    ctx.io.stdout.write(`${ctx.color.bold(`[${tier}]`)}\n`);
    for (const ref of set.templates.values()) {
      ctx.io.stdout.write(`  ${ref.name.padEnd(20)} ${origin(ref.origin).padEnd(8)} ${rel(ref.file)}\n`);
    }
    for (const ref of set.partials.values()) {
      ctx.io.stdout.write(`  ${`> ${ref.name}`.padEnd(20)} ${origin(ref.origin).padEnd(8)} ${rel(ref.file)}\n`);
    }
  }
}
