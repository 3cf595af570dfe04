import { constants, deflateRawSync } from "node:zlib";

/**
 * Zip files made by hand for hostile-input tests: entries given as raw DEFLATE data, so a part
 * that inflates to gigabytes costs the test only its compressed size. A DEFLATE stream may be
 * cut into independently compressed pieces (each ending in a sync flush), so a piece repeated
 * N times inflates to N copies of its text.
 */
export interface RawEntry {
  readonly name: string;
  /** Raw DEFLATE data (method 8). */
  readonly data: Buffer;
  readonly size: number;
}

export function deflated(name: string, text: string | Buffer): RawEntry {
  const data = Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8");
  return { name, data: deflateRawSync(data), size: data.length };
}

/** prefix + chunk × times + suffix, as one DEFLATE stream of about (times × ~1 KB) per MB of chunk. */
export function deflatedRepeat(name: string, prefix: string, chunk: string, times: number, suffix: string): RawEntry {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = deflateRawSync(Buffer.from(prefix), flush);
  const body = deflateRawSync(Buffer.from(chunk), flush);
  const tail = deflateRawSync(Buffer.from(suffix));
  return { name, data: Buffer.concat([head, ...Array<Buffer>(times).fill(body), tail]), size: Buffer.byteLength(prefix) + Buffer.byteLength(chunk) * times + Buffer.byteLength(suffix) };
}

/** A zip of the entries (no CRC: kehoach's reader does not need it, and the tests read only with kehoach). */
export function zipRaw(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(Math.min(e.size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
