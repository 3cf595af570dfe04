import { link, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { toKehoachError, type KehoachError } from "../errors.js";
import { tempName } from "../pack/write-output.js";
import { manifestJson, type Manifest, type ManifestEntry, type ManifestState } from "./manifest.js";

/** Writes bytes to a file atomically, synchronously (write-output.ts, or a test's failing writer). */
export type OutputWriter = (file: string, bytes: Uint8Array) => unknown;

type Header = Omit<Manifest, "format" | "generator" | "state" | "total" | "written" | "unchanged" | "failed" | "skipped" | "pending" | "outputs">;

/** At most one rewrite of the manifest per interval while units finish (3,321 units: ~1 MB each time). */
const UPDATE_INTERVAL_MS = 1_000;

/**
 * manifest.json kept true while a batch runs. Before the first document is written it says
 * "in-progress" with every unit "pending" (no file described), replacing any manifest of an
 * earlier run, which may describe files this run is about to change; it is then rewritten
 * atomically, at most once a second, as units finish, and a last time with the final state.
 * A rerun that changes nothing leaves manifest.json as it was (same bytes, same file, same
 * modification time): the earlier manifest is kept under a second, temporary name (a hard
 * link) and renamed back when the final manifest would be identical.
 */
export class BatchManifest {
  private readonly entries: ManifestEntry[];
  private lastWrite = 0;
  private queue: Promise<void> = Promise.resolve();
  private saving = false;
  private finished = false;
  /** The first failed write (a full or read-only disk): no more writes are tried. */
  failure: KehoachError | undefined;

  private constructor(
    readonly file: string,
    private readonly header: Header,
    pending: readonly ManifestEntry[],
    private readonly write: OutputWriter,
    private readonly previous: { bytes: Buffer; kept: string | undefined } | undefined,
  ) {
    this.entries = [...pending];
  }

  static async begin(file: string, header: Header, pending: readonly ManifestEntry[], write: OutputWriter): Promise<BatchManifest> {
    const bytes = await readFile(file).catch(() => undefined);
    let previous: { bytes: Buffer; kept: string | undefined } | undefined;
    if (bytes) {
      // The temporary name is one a resumed batch removes if this run is killed (stale-temp.ts).
      const kept = path.join(path.dirname(file), tempName());
      previous = { bytes, kept: await link(file, kept).then(() => kept, () => undefined) };
    }
    const manifest = new BatchManifest(file, header, pending, write, previous);
    await manifest.save("in-progress");
    return manifest;
  }

  /**
   * A unit finished: its entry replaces "pending". The file on disk is rewritten when a second
   * has passed since the last write (checked here, not by a timer: a batch thread rendering
   * and writing synchronously gives timers no turn until it is done).
   */
  record(index: number, entry: ManifestEntry): void {
    this.entries[index] = entry;
    if (this.failure || this.finished || this.saving) return;
    if (Date.now() - this.lastWrite < UPDATE_INTERVAL_MS) return;
    this.saving = true;
    void this.save("in-progress").finally(() => (this.saving = false));
  }

  /** The last write, with the run's final state and every entry. */
  async finish(state: Exclude<ManifestState, "in-progress">, final: readonly ManifestEntry[]): Promise<void> {
    final.forEach((e, i) => (this.entries[i] = e));
    // An interval write still waiting must not land after the final one.
    this.finished = true;
    await this.save(state);
  }

  private save(state: ManifestState): Promise<void> {
    this.queue = this.queue.then(async () => {
      if (this.failure || (this.finished && state === "in-progress")) return;
      const bytes = new TextEncoder().encode(manifestJson({ ...this.header, state, outputs: this.entries }));
      const kept = this.previous?.kept;
      try {
        if (state !== "in-progress" && kept && Buffer.from(bytes).equals(this.previous!.bytes)) {
          await rename(kept, this.file);
          return;
        }
        await this.write(this.file, bytes);
        this.lastWrite = Date.now();
        if (state !== "in-progress" && kept) await rm(kept, { force: true });
      } catch (err) {
        this.failure = toKehoachError(err);
        if (state !== "in-progress" && kept) await rm(kept, { force: true }).catch(() => undefined);
      }
    });
    return this.queue;
  }
}
