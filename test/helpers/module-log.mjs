// Preloaded with `node --import` by test/cli/bundle.test.ts: records every module file the
// process loads (one URL a line) in the file named by KEHOACH_MODULE_LOG.
import { register } from "node:module";

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
