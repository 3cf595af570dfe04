// Runs the built CLI (dist/) and records its wall time, CPU time and peak memory in the file named by
// KEHOACH_MEASURE_OUT: test/helpers/hostile.ts reads it. Kept in plain JS so no loader is needed.
import { writeFileSync } from "node:fs";
import { main } from "../../dist/cli/main.js";

const started = performance.now();
const code = await main(process.argv.slice(2));
const usage = process.resourceUsage();
writeFileSync(
  process.env.KEHOACH_MEASURE_OUT,
  JSON.stringify({ ms: performance.now() - started, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }),
);
process.exitCode = code;
