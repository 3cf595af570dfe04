import { existsSync } from "node:fs";
import path from "node:path";
import { EXIT_CODES, errorDiagnostic, KehoachError, toKehoachError } from "../../errors.js";
import { t } from "../../i18n/text.js";
// The unit list (3,321 communes) and the starter plan load only when this command runs.
import type { UnitMatch } from "../../init/find-unit.js";
import { schemaRefFor } from "../../init/schema-link.js";
import { writeOutputAtomic } from "../../pack/write-output.js";
import type { Tier } from "../../schema/tier.js";
import { parseTierFlag } from "../tier-flag.js";
import { fail, type CliContext } from "../io.js";
import { reportDiagnostics } from "../report.js";

export interface InitFlags {
  tier?: string;
  unit?: string;
  code?: string;
  output?: string;
  force?: boolean;
}

const usage = (vi: string, en: string, hint?: ReturnType<typeof t>) =>
  new KehoachError("usage", errorDiagnostic("usage", t(vi, en), hint ? { hint } : {}));

/** The unit named by --unit/--code, checked against the tier when one was given. */
async function chooseUnit(flags: InitFlags, tier: Tier | undefined): Promise<UnitMatch | undefined> {
  if (flags.unit !== undefined && flags.code !== undefined) throw usage("chỉ dùng một trong hai: --unit hoặc --code", "use either --unit or --code, not both");
  if (flags.unit === undefined && flags.code === undefined) return undefined;
  if (tier === "district") {
    throw usage(
      "danh sách đơn vị có sẵn (ngày 01/7/2025) không có cấp huyện; bỏ --unit/--code và sửa issuer.name trong tệp",
      "the bundled unit list (1 July 2025) has no districts; drop --unit/--code and edit issuer.name in the file",
    );
  }
  const scope = tier === undefined ? "any" : tier === "commune" ? "commune" : "province";
  const { findUnitByCode, findUnitByName } = await import("../../init/find-unit.js");
  const unit = flags.code !== undefined ? findUnitByCode(flags.code) : findUnitByName(flags.unit!, scope);
  if (tier === "commune" && unit.kind === "province") {
    throw usage(`mã ${flags.code ?? ""} là của ${unit.province.type.toLowerCase()} ${unit.province.name}, không phải một xã`, `code ${flags.code ?? ""} belongs to a province (${unit.province.name}), not a commune`, t("dùng --tier province, hoặc mã xã 5 chữ số", "use --tier province, or a 5-digit commune code"));
  }
  if ((tier === "province" || tier === "department") && unit.kind === "commune") {
    throw usage(`mã ${flags.code ?? ""} là của ${unit.commune.type.toLowerCase()} ${unit.commune.name}, không phải một tỉnh`, `code ${flags.code ?? ""} belongs to a commune (${unit.commune.name}), not a province`, t("dùng --tier commune, hoặc mã tỉnh 2 chữ số", "use --tier commune, or a 2-digit province code"));
  }
  return unit;
}

/** The action of `kehoach init` (its options: init.ts). */
export async function runInit(ctx: CliContext, flags: InitFlags): Promise<void> {
  const say = ctx.say;
  try {
    const parsedTier = flags.tier === undefined ? undefined : parseTierFlag(flags.tier);
    if (parsedTier?.notice) reportDiagnostics(ctx, [parsedTier.notice]);
    const requested = parsedTier?.tier;
    const unit = await chooseUnit(flags, requested);
    const tier: Tier = requested ?? (unit?.kind === "province" ? "province" : "commune");
    const output = flags.output ?? "plan.yaml";
    const out = output === "-" ? undefined : path.resolve(ctx.io.cwd, output);
    const { starterPlan } = await import("../../init/starter-plan.js");
    const text = starterPlan({ tier, unit, schemaRef: schemaRefFor(out), today: new Date() });
    if (out === undefined) {
      ctx.io.stdout.write(text);
      return;
    }
    const shown = path.relative(ctx.io.cwd, out) || out;
    if (existsSync(out) && !flags.force) {
      throw new KehoachError(
        "io",
        errorDiagnostic("init-exists", t(`tệp ${shown} đã có; không ghi đè`, `${shown} already exists; not overwritten`), {
          file: out,
          hint: t("dùng --force để ghi đè, hoặc -o <tệp khác>", "use --force to overwrite, or -o <another file>"),
        }),
      );
    }
    await writeOutputAtomic(out, new TextEncoder().encode(text));
    const who = unit ? ` (${tier}: ${unit.kind === "commune" ? `${unit.commune.type} ${unit.commune.name}, ${unit.province.name}` : unit.province.name})` : ` (${tier})`;
    ctx.io.stderr.write(`${ctx.color.green("✔")} ${say(t("đã tạo", "created"))} ${shown}${who}\n`);
    ctx.io.stderr.write(say(t(`  tiếp theo: sửa nội dung, rồi chạy kehoach validate ${shown} && kehoach build ${shown}\n`, `  next: edit it, then run kehoach validate ${shown} && kehoach build ${shown}\n`)));
  } catch (err) {
    const e = toKehoachError(err);
    reportDiagnostics(ctx, e.diagnostics);
    fail(ctx, EXIT_CODES[e.code]);
  }
}
