import path from "node:path";
import { PLAN_SCHEMA_FILE } from "../schema/json-schema.js";

/** The package's own folder (the one holding data/plan.schema.json). */
const PACKAGE_ROOT = path.dirname(path.dirname(PLAN_SCHEMA_FILE));

/**
 * The `$schema=` value for a plan written to `planFile`: relative when the plan lives inside this
 * package (the examples: "../data/plan.schema.json"), so the link survives moving the checkout;
 * otherwise the absolute path of the installed package's schema. Always with "/" separators.
 */
export function schemaRefFor(planFile: string | undefined): string {
  const absolute = PLAN_SCHEMA_FILE.split(path.sep).join("/");
  if (planFile === undefined) return absolute;
  const inPackage = path.relative(PACKAGE_ROOT, path.resolve(planFile));
  if (inPackage.startsWith("..") || path.isAbsolute(inPackage)) return absolute;
  return path.relative(path.dirname(path.resolve(planFile)), PLAN_SCHEMA_FILE).split(path.sep).join("/");
}
