// Preloaded with `node --import` by test/cli/bundle.test.ts: records every module file the
// process loads (one URL a line) in the file named by KEHOACH_MODULE_LOG: ES modules as the
// loader reads them, and at exit the CommonJS files that require() loaded (the bundle requires
// Handlebars' compiler that way, src/render/handlebars-instance.ts), which the ESM hook does
// not see on every Node version.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from "node:fs";
    const log = process.env.KEHOACH_MODULE_LOG;
    export async function load(url, context, next) {
      if (log && url.startsWith("file:")) appendFileSync(log, url + "\\n");
      return next(url, context);
    }
  `)}`,
);

const log = process.env.KEHOACH_MODULE_LOG;
const cache = createRequire(import.meta.url).cache;
process.on("exit", () => {
  const files = Object.keys(cache).filter((file) => file.startsWith("/") || /^[A-Za-z]:\\/.test(file));
  if (log && files.length > 0) appendFileSync(log, files.map((file) => `${pathToFileURL(file).href}\n`).join(""));
});
