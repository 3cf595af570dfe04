import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * The end-to-end tests run the real CLI (bin/kehoach.js → dist/bundle/) and batch workers
 * from dist/, so compile first (incremental: about 2 s when nothing changed), then bundle
 * (under a second). This keeps `npx vitest` as trustworthy as `npm test`.
 */
export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
  execFileSync(process.execPath, [fileURLToPath(new URL("../scripts/bundle.mjs", import.meta.url))], { stdio: "inherit" });
}
