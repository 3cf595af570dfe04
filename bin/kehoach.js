#!/usr/bin/env node
// Thin shim: all logic lives in the library (src/cli/main.ts), bundled into dist/bundle/ by
// `npm run build` (scripts/bundle.mjs; `npm ci` runs it through `prepare`).
import { main } from "../dist/bundle/kehoach.js";

process.exitCode = await main(process.argv.slice(2));
