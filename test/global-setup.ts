import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { createRunFolder, removeRunFolder, RUN_TMPDIR_ENV } from "./helpers/run-temp.js";

/**
 * The end-to-end tests run the real CLI (bin/kehoach.js → dist/bundle/) and batch workers
 * from dist/, so compile first (incremental: about 2 s when nothing changed), then bundle
 * (under a second). This keeps `npx vitest` as trustworthy as `npm test`.
 *
 * Then the run gets its own temporary folder (test/helpers/run-temp.ts): TMPDIR points at it
 * before vitest starts its workers, which copy this process's environment, and the teardown
 * ends whatever still uses it (a leftover LibreOffice) and removes it.
 */
export default function setup(): () => Promise<void> {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
  execFileSync(process.execPath, [fileURLToPath(new URL("../scripts/bundle.mjs", import.meta.url))], { stdio: "inherit" });

  const saved = { TMPDIR: process.env.TMPDIR, [RUN_TMPDIR_ENV]: process.env[RUN_TMPDIR_ENV] };
  const folder = createRunFolder();
  process.env.TMPDIR = folder;
  process.env[RUN_TMPDIR_ENV] = folder;
  return async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    // vitest closes its workers (this process's children) after the teardown: spare them.
    const ended = await removeRunFolder(folder, process.pid);
    for (const { pid, command } of ended) console.warn(`global teardown: ended process ${pid} left running by a test: ${command}`);
  };
}
