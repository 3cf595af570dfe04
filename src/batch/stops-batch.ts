import type { UnitOutcome } from "./render-unit.js";

/** Write failures that will fail every following unit too: the batch stops with this cause. */
export const DISK_FAILURES: ReadonlySet<string> = new Set(["io-disk-full", "io-read-only"]);

/** The unit's outcome ends the batch: a full or read-only disk, or any failure with --fail-fast. */
export const stopsBatch = (outcome: UnitOutcome, failFast: boolean): boolean =>
  outcome.status === "failed" && (failFast || outcome.errorDiagnostics.some((d) => DISK_FAILURES.has(d.code)));
