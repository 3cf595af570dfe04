import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { writeOutputAtomic } from "../pack/write-output.js";
import type { Diagnostic } from "../errors.js";
import type { LocalText } from "../i18n/text.js";

/**
 * manifest.json: what a batch produced, one entry per unit in list order, with the sha256 of
 * every document. Deterministic — fixed key order, no timestamps, no absolute paths — so a
 * rerun that changes nothing leaves the manifest's bytes as they were (it is then not
 * rewritten), and CI can diff it.
 */

export const MANIFEST_FORMAT = "kehoach-batch-manifest/1";

/**
 * What happened to one unit: written (new or changed file), unchanged (same bytes already on
 * disk), failed, skipped (not attempted after --fail-fast), or pending (not finished yet: only
 * in a manifest whose state is "in-progress", which describes no file for such a unit).
 */
export type UnitStatus = "written" | "unchanged" | "failed" | "skipped" | "pending";

/**
 * in-progress: written before the first document and updated as units finish, so a batch
 * killed at any moment leaves a manifest that lists only files it matches; complete: every
 * unit was attempted; stopped: --fail-fast, Ctrl-C or a full/read-only disk ended it early.
 */
export type ManifestState = "in-progress" | "complete" | "stopped";

export interface ManifestMessage {
  readonly code: string;
  readonly message: LocalText;
}

export interface ManifestEntry {
  readonly code: string;
  readonly name: string;
  readonly file: string | null;
  readonly sha256: string | null;
  readonly status: UnitStatus;
  readonly warnings: readonly ManifestMessage[];
  readonly error: ManifestMessage | null;
}

export interface Manifest {
  readonly format: string;
  readonly generator: string;
  readonly state: ManifestState;
  readonly plan: string;
  readonly plan_sha256: string;
  readonly units: string;
  readonly where: readonly string[];
  readonly shard: string | null;
  readonly total: number;
  readonly written: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly skipped: number;
  readonly pending: number;
  readonly outputs: readonly ManifestEntry[];
}

export const GENERATOR = `kehoach ${(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version}`;

export const toMessage = (d: Pick<Diagnostic, "code" | "message">): ManifestMessage => ({ code: d.code, message: { vi: d.message.vi, en: d.message.en } });

/** Rebuilds every object with its keys in the declared order (JSON.stringify keeps insertion order). */
export function manifestJson(m: Omit<Manifest, "format" | "generator" | "total" | "written" | "unchanged" | "failed" | "skipped" | "pending">): string {
  const count = (s: UnitStatus): number => m.outputs.filter((o) => o.status === s).length;
  const ordered: Manifest = {
    format: MANIFEST_FORMAT,
    generator: GENERATOR,
    state: m.state,
    plan: m.plan,
    plan_sha256: m.plan_sha256,
    units: m.units,
    where: [...m.where],
    shard: m.shard,
    total: m.outputs.length,
    written: count("written"),
    unchanged: count("unchanged"),
    failed: count("failed"),
    skipped: count("skipped"),
    pending: count("pending"),
    outputs: m.outputs.map((o) => ({
      code: o.code,
      name: o.name,
      file: o.file,
      sha256: o.sha256,
      status: o.status,
      warnings: o.warnings.map((w) => ({ code: w.code, message: { vi: w.message.vi, en: w.message.en } })),
      error: o.error ? { code: o.error.code, message: { vi: o.error.message.vi, en: o.error.message.en } } : null,
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Writes a manifest atomically unless the file already holds exactly these bytes (batch --pdf adds its part this way). Returns whether it wrote. */
export async function writeManifest(file: string, json: string): Promise<boolean> {
  const bytes = new TextEncoder().encode(json);
  const old = await readFile(file).catch(() => undefined);
  if (old && Buffer.from(bytes).equals(old)) return false;
  await writeOutputAtomic(file, bytes);
  return true;
}

/** `manifest.json`, or `manifest-2-of-4.json` for a shard, so shards can share a folder. */
export const manifestName = (shard: { index: number; count: number } | undefined): string =>
  shard ? `manifest-${shard.index}-of-${shard.count}.json` : "manifest.json";
