#!/usr/bin/env node
// Thin shim: all logic lives in the library (src/cli/main.ts, compiled to dist/ by `npm ci`).
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
