import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";

/**
 * Reading an input file without trusting it: only a regular file is read (a FIFO would block,
 * a device such as /dev/zero never ends), and bytes are counted while reading, not taken from
 * `stat` (which says 0 for devices and may be stale). Opened with O_NONBLOCK so that opening a
 * FIFO returns at once instead of waiting for a writer; the flag changes nothing for a file.
 */

export type BoundedRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: "not-regular"; readonly kind: FileKind }
  | { readonly ok: false; readonly problem: "too-large"; readonly readBytes: number };

export type FileKind = "directory" | "fifo" | "character-device" | "block-device" | "socket" | "other";

export function fileKind(info: Stats): FileKind {
  if (info.isDirectory()) return "directory";
  if (info.isFIFO()) return "fifo";
  if (info.isCharacterDevice()) return "character-device";
  if (info.isBlockDevice()) return "block-device";
  if (info.isSocket()) return "socket";
  return "other";
}

const CHUNK = 64 * 1024;
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The loop both readers share: each read's bytes in, a result once the file ends or passes the limit. */
class BoundedChunks {
  private readonly chunks: Uint8Array[] = [];
  private total = 0;
  constructor(private readonly limit: number) {}

  add(buffer: Uint8Array, bytesRead: number): BoundedRead | undefined {
    if (bytesRead === 0) return { ok: true, bytes: this.joined() };
    this.total += bytesRead;
    if (this.total > this.limit) return { ok: false, problem: "too-large", readBytes: this.total };
    this.chunks.push(buffer.subarray(0, bytesRead));
    return undefined;
  }

  private joined(): Uint8Array {
    return this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.total);
  }
}

/** Reads at most `limit` bytes of a regular file; throws only the system's errors (ENOENT, EACCES…). */
export async function readBounded(file: string, limit: number): Promise<BoundedRead> {
  const handle = await open(file, FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, problem: "not-regular", kind: fileKind(info) };
    const into = new BoundedChunks(limit);
    for (;;) {
      const buffer = new Uint8Array(CHUNK);
      const done = into.add(buffer, (await handle.read(buffer, 0, CHUNK, null)).bytesRead);
      if (done) return done;
    }
  } finally {
    await handle.close();
  }
}

/** The same, synchronously (templates are read while a tier's template set is built). */
export function readBoundedSync(file: string, limit: number): BoundedRead {
  const fd = openSync(file, FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, problem: "not-regular", kind: fileKind(info) };
    const into = new BoundedChunks(limit);
    for (;;) {
      const buffer = new Uint8Array(CHUNK);
      const done = into.add(buffer, readSync(fd, buffer, 0, CHUNK, null));
      if (done) return done;
    }
  } finally {
    closeSync(fd);
  }
}
