import { Inflate } from "fflate";

/**
 * Reading a zip received from anyone (`check`, `import`) with a budget. Only the central
 * directory is read up front; an entry is inflated when a reader asks for it, in small
 * slices, counting the bytes that come out, and refused as soon as it passes a limit. A zip
 * bomb (a 600 KB file whose document.xml inflates to 400 MB) or unused 1 GiB entries cost
 * nothing beyond the limit. Limits are documented in docs/limits.md.
 */

/** One XML part, inflated. A 60-page plan's document.xml is about 0.3 MB. */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
/** All parts read from one package, inflated. */
export const MAX_INFLATED_BYTES = 48 * 1024 * 1024;
/** Inflated/compressed ratio allowed once a part passes 2 MB (Word's XML compresses ~10:1). */
export const MAX_RATIO = 200;
const RATIO_FROM_BYTES = 2 * 1024 * 1024;
/** Compressed bytes handed to the inflater at once: bounds what one step can produce (~1,000×). */
const SLICE = 4 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly localOffset: number;
}

/** Why an entry or the zip cannot be read; the package reader words it for the user. */
export class ZipProblem extends Error {
  constructor(
    readonly kind: "not-zip" | "part-too-large" | "total-too-large" | "ratio" | "unsupported",
    readonly part?: string,
  ) {
    super(kind);
  }
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

function endOfDirectory(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= lowest; at--) if (u32(b, at) === 0x06054b50) return at;
  throw new ZipProblem("not-zip");
}

/** Central directory → entries by name (ZIP64 sizes and offsets understood). */
export function listZip(b: Uint8Array): Map<string, ZipEntry> {
  const eocd = endOfDirectory(b);
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === 0x07064b50) {
    const z64 = u64(b, eocd - 12);
    if (z64 + 56 > b.length || u32(b, z64) !== 0x06064b50) throw new ZipProblem("not-zip");
    count = u64(b, z64 + 32);
    offset = u64(b, z64 + 48);
  }
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new ZipProblem("not-zip");
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const name = decoder.decode(b.subarray(at + 46, at + 46 + nameLength));
    let compressedSize = u32(b, at + 20);
    let localOffset = u32(b, at + 42);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extra field: original size, compressed size, offset — each present only when its 32-bit field is full.
      const extra = at + 46 + nameLength;
      for (let e = extra; e + 4 <= extra + extraLength; e += 4 + u16(b, e + 2)) {
        if (u16(b, e) !== 1) continue;
        let field = e + 4;
        if (u32(b, at + 24) === 0xffffffff) field += 8;
        if (compressedSize === 0xffffffff) (compressedSize = u64(b, field)), (field += 8);
        if (localOffset === 0xffffffff) localOffset = u64(b, field);
      }
    }
    entries.set(name, { name, method: u16(b, at + 10), encrypted: (u16(b, at + 8) & 1) === 1, compressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates entries on demand, charging every byte produced to one budget per package. */
export class ZipBudget {
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {}

  read(entry: ZipEntry): Uint8Array {
    const b = this.bytes;
    const local = entry.localOffset;
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw new ZipProblem("not-zip", entry.name);
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new ZipProblem("not-zip", entry.name);
    if (entry.encrypted) throw new ZipProblem("unsupported", entry.name);
    if (entry.method === 0) return this.charge(entry, b.subarray(start, end), entry.compressedSize);
    if (entry.method !== 8) throw new ZipProblem("unsupported", entry.name);
    const chunks: Uint8Array[] = [];
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      this.check(entry, produced);
      chunks.push(chunk);
    });
    try {
      for (let at = start; at < end; at += SLICE) inflater.push(b.subarray(at, Math.min(end, at + SLICE)), at + SLICE >= end);
    } catch (err) {
      if (err instanceof ZipProblem) throw err;
      throw new ZipProblem("not-zip", entry.name);
    }
    const out = new Uint8Array(produced);
    let at = 0;
    for (const c of chunks) (out.set(c, at), (at += c.length));
    return this.charge(entry, out, 0);
  }

  private check(entry: ZipEntry, produced: number): void {
    if (produced > MAX_PART_BYTES) throw new ZipProblem("part-too-large", entry.name);
    if (this.inflated + produced > MAX_INFLATED_BYTES) throw new ZipProblem("total-too-large", entry.name);
    if (produced > RATIO_FROM_BYTES && produced > MAX_RATIO * Math.max(1, entry.compressedSize)) throw new ZipProblem("ratio", entry.name);
  }

  private charge(entry: ZipEntry, data: Uint8Array, stored: number): Uint8Array {
    if (stored > 0) this.check(entry, stored);
    this.inflated += data.length;
    return data;
  }
}
