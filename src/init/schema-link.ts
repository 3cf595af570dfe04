import { existsSync } from "node:fs";
import path from "node:path";
import { PLAN_SCHEMA_FILE, PLAN_SCHEMA_ID } from "../schema/json-schema.js";

/** The package's own folder (the one holding data/plan.schema.json). */
const PACKAGE_ROOT = path.dirname(path.dirname(PLAN_SCHEMA_FILE));

const posix = (p: string): string => p.split(path.sep).join("/");

/** The installed schema a plan at `dir` can reach by a relative path: node_modules/kehoach in dir or a parent. */
function projectSchema(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    const candidate = path.join(at, "node_modules", "kehoach", "data", "plan.schema.json");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(at) === at) return undefined;
  }
}

/**
 * The `$schema=` value for a plan written to `planFile`, chosen to survive moving things:
 * - inside this package (the examples): relative, "../data/plan.schema.json";
 * - inside a project that installed kehoach (node_modules/kehoach above the plan): relative to
 *   that copy, so moving the whole project keeps the link;
 * - otherwise (a global install, stdout): the schema's `$id` URL — never an absolute path, which
 *   breaks as soon as the package is installed elsewhere.
 */
export function schemaRefFor(planFile: string | undefined): string {
  if (planFile === undefined) return PLAN_SCHEMA_ID;
  const plan = path.resolve(planFile);
  const dir = path.dirname(plan);
  const inPackage = path.relative(PACKAGE_ROOT, plan);
  if (!inPackage.startsWith("..") && !path.isAbsolute(inPackage)) return posix(path.relative(dir, PLAN_SCHEMA_FILE));
  const installed = projectSchema(dir);
  return installed ? posix(path.relative(dir, installed)) : PLAN_SCHEMA_ID;
}
