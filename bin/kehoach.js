#!/usr/bin/env node
// Thin shim: all logic lives in the library (src/cli/main.ts), bundled into dist/bundle/ by
// `npm run build` (scripts/bundle.mjs; `npm ci` runs it through `prepare`). The compile cache
// and V8 flags are set before the CLI's code loads (src/cli/startup.ts).
import { prepareStartup } from "../dist/bundle/startup.js";

prepareStartup(process.argv.slice(2));
const { main } = await import("../dist/bundle/kehoach.js");
process.exitCode = await main(process.argv.slice(2));
