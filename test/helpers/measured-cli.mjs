// Runs the built CLI (dist/) and records its time and peak memory in the file named by
// KEHOACH_MEASURE_OUT: test/helpers/hostile.ts reads it. Kept in plain JS so no loader is needed.
import { writeFileSync } from "node:fs";
import { main } from "../../dist/cli/main.js";

const started = performance.now();
const code = await main(process.argv.slice(2));
writeFileSync(process.env.KEHOACH_MEASURE_OUT, JSON.stringify({ ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
process.exitCode = code;
