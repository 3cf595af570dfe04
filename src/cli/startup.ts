import { mkdirSync, statSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import v8 from "node:v8";

/**
 * Settings made by bin/kehoach.js before the CLI's code loads, which make a short run cheaper
 * (measured with bench/single-build.js; docs/performance.md, "Một lần build" / "A single build").
 *
 * 1. V8's compile cache (Node ≥ 22.1): the compiled bundle is kept in Node's default folder
 *    (NODE_COMPILE_CACHE, else <tmpdir>/node-compile-cache), checked against the file's content
 *    and the Node version. Where it cannot be written, Node carries on without it — except where
 *    its folder cannot be made at all, which is checked first (compileCacheUsable).
 * 2. Later optimisation: V8 hands a function that ran a few hundred times to its optimising
 *    compilers on background threads. In a build that lasts a fraction of a second that work
 *    (about 45 ms of CPU on Node 20) is finished too late to pay off. With thresholds 50 times
 *    higher, a long run (a large plan, --watch) still gets its hot code optimised, a little later.
 * 3. `batch` optimises 8 times later than V8's default (BATCH_LATER). With V8's thresholds a
 *    batch thread spent about 1.4 s of CPU on optimising compiles over the country (Node 20,
 *    --trace-opt), about 0.4 ms per document: code that runs once per document (resolve, the
 *    document spec) was optimised after a few hundred units, deoptimised by a unit whose data
 *    had another shape, and optimised again, and docx's full compile, which only the first units
 *    of a batch use, was optimised too. Later, a thread's warm-up fell from about 1.4 to 0.8 s
 *    and its steady state rose from about 1.05 to 1.2 ms per document: a thread pays off its
 *    warm-up in its first few thousand units, and a country's batch gives each of two threads
 *    1,660 (docs/performance.md has the measurements on Node 20, 22 and 24).
 * 4. `batch` has each thread optimise its hot code itself rather than on V8's background
 *    threads (--no-concurrent-recompilation). With two rendering threads on two cores, the
 *    background compiles compete with them for the cores: on Node 20 the whole country took
 *    2.31–2.36 instead of 2.75–2.81 ms of CPU per document (docs/performance.md; less, or no,
 *    change on Node 22 and 24). Set before the workers start, so their isolates are made with it;
 *    the main thread's isolate exists already and keeps its background compiles.
 * 5. On Node 24, `batch` caps the main thread's young generation (BATCH_YOUNG_MB): the workers'
 *    is capped where they are made (worker-lanes.ts).
 * Flag names change between V8 versions, and an unknown one prints an error, so only the
 * versions whose names are known (Node 20, 22, 24) get flags.
 */

/** How many times later than V8's default a function is optimised in a single run. */
const LATER = 50;
/** The same in a batch, whose threads run for seconds to minutes (see above). */
const BATCH_LATER = 8;
/**
 * A batch's cap on the main thread's young generation on V8 13, in MB (5 below). A unit's
 * short-lived objects are a fraction of a MB: 2, 4, 6 and V8's 32 gave the same CPU per
 * document over the country, and 216–222, 232–240, 257–264 and 270–298 MB of peak memory.
 */
const BATCH_YOUNG_MB = 2;

/** The command a CLI argument list runs ("build", "batch"…), skipping `--lang <lang>`. */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--lang") i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

/** The V8 flags that make optimisation `later` times later than default for this V8 version, or none. */
export function tieringFlags(v8Version: string, later = LATER): string[] {
  const major = Number(v8Version.split(".")[0]);
  // V8 11 (Node 20): one budget, in bytes of bytecode run, for every tier (default 66 KB).
  if (major === 11) return [`--interrupt-budget=${67584 * later}`];
  // V8 12–13 (Node 22, 24): a count of runs per tier (defaults 400, 3000; loops 100, 500–800).
  if (major === 12 || major === 13) {
    return [
      `--invocation-count-for-maglev=${400 * later}`,
      `--invocation-count-for-turbofan=${3000 * later}`,
      `--invocation-count-for-maglev-osr=${100 * later}`,
      `--invocation-count-for-osr=${500 * later}`,
    ];
  }
  return [];
}

/** The flags of a batch for this V8 version (see above), or none. */
export function batchFlags(v8Version: string): string[] {
  const major = Number(v8Version.split(".")[0]);
  if (major < 11 || major > 13) return [];
  const flags = ["--no-concurrent-recompilation", ...tieringFlags(v8Version, BATCH_LATER)];
  // V8 13 (Node 24) lets the main thread's young generation grow to 32 MB semi-spaces, which
  // took a country batch to 300–350 MB of peak memory (V8 11 and 12: about 220 MB). This flag
  // is read when the young generation grows, so it still applies to the main thread here.
  if (major === 13) flags.push(`--scavenger-max-new-space-capacity-mb=${BATCH_YOUNG_MB}`);
  return flags;
}

/** The flags a run of `kehoach <argv>` starts with. */
export function startupFlags(argv: readonly string[], v8Version: string): string[] {
  return commandOf(argv) === "batch" ? batchFlags(v8Version) : tieringFlags(v8Version);
}

/**
 * Whether the compile cache can live in `dir`: it is a folder, or one level of folder can be
 * made there. Node makes the folder with a recursive mkdir that never returns where the parent
 * exists but takes no children: mkdir under /proc answers "no such file", so Node 22 and 24
 * spin at full CPU forever with TMPDIR=/proc/self. Costs one stat once the folder exists.
 */
export function compileCacheUsable(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    // Not made yet (the first run): make it, one level only, which fails instead of looping.
  }
  try {
    mkdirSync(dir);
    return true;
  } catch {
    return false;
  }
}

/** Called once by bin/kehoach.js, before it loads the CLI. */
export function prepareStartup(argv: readonly string[]): void {
  const { enableCompileCache } = module as { enableCompileCache?: (dir: string) => unknown };
  // NODE_COMPILE_CACHE, when set, was acted on by Node before this code runs.
  const cacheDir = process.env.NODE_COMPILE_CACHE || path.join(tmpdir(), "node-compile-cache");
  if (enableCompileCache && compileCacheUsable(cacheDir)) enableCompileCache(cacheDir);
  for (const flag of startupFlags(argv, process.versions.v8)) v8.setFlagsFromString(flag);
}
