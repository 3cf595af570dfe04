import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

/**
 * The end-to-end tests run the real CLI from dist/, so compile first (incremental: about 2 s
 * when nothing changed). This keeps `npx vitest` as trustworthy as `npm test`.
 */
export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
