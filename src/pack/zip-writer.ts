import zlib from "node:zlib";
import { deflateSync, strToU8 } from "fflate";

/**
 * A ZIP writer whose bytes are exactly those of fflate's `zipSync(files)` with
 * `{ mtime, level }` on every entry (the format packDocx has always written: test/pack/zip-writer.test.ts
 * checks the identity), but which takes entries already compressed. The batch packer
 * (part-cache.ts) deflates the parts that never change between units once per batch and
 * reuses the compressed bytes; only document.xml and core.xml are deflated per unit.
 */

/** One compressed entry, ready to be written. */
export interface ZipEntry {
  readonly name: string;
  /** The entry's name as UTF-8 bytes. */
  readonly nameBytes: Uint8Array;
  /** Whether the name needs the UTF-8 flag (fflate sets it when the name is not ASCII). */
  readonly utf8: boolean;
  readonly crc: number;
  /** Uncompressed size. */
  readonly size: number;
  /** 8 = DEFLATE, 0 = STORE (fflate's choice for level 0). */
  readonly method: 0 | 8;
  readonly data: Uint8Array;
}

let table: Int32Array | undefined;
function crcTable(): Int32Array {
  if (table) return table;
  table = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[i] = c;
  }
  return table;
}

/** CRC-32 of the bytes (zlib's native one from Node 20.15; a table otherwise). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  const t = crcTable();
  let c = -1;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Compresses one part as fflate's zipSync would (deflateSync with the entry's level). */
export function zipEntry(name: string, raw: Uint8Array, level: number): ZipEntry {
  const nameBytes = strToU8(name);
  const method = level === 0 ? 0 : 8;
  return {
    name,
    nameBytes,
    utf8: nameBytes.length !== name.length,
    crc: crc32(raw),
    size: raw.length,
    method,
    data: method === 8 ? deflateSync(raw, { level: level as 6 }) : raw,
  };
}

/** DOS date and time from LOCAL components, as fflate encodes them (see pack-docx.ts FIXED_MTIME). */
function dosTime(d: Date): number {
  const y = d.getFullYear() - 1980;
  if (y < 0 || y > 119) throw new RangeError("zip dates run from 1980 to 2099");
  return ((y << 25) | ((d.getMonth() + 1) << 21) | (d.getDate() << 16) | (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1)) >>> 0;
}

/** Local file header (30 bytes + name) or central directory header (46 bytes + name), as fflate's `wzh`. */
function writeHeader(view: DataView, out: Uint8Array, at: number, e: ZipEntry, time: number, centralOffset?: number): number {
  let b = at;
  const central = centralOffset !== undefined;
  view.setUint32(b, central ? 0x02014b50 : 0x04034b50, true);
  b += 4;
  if (central) {
    out[b++] = 20; // version made by
    out[b++] = 0; // host OS (fflate: f.os, unset)
  }
  out[b] = 20; // version needed
  b += 2;
  out[b++] = 0; // general purpose flags (low byte)
  out[b++] = e.utf8 ? 8 : 0; // bit 11: UTF-8 name
  out[b++] = e.method;
  out[b++] = 0;
  view.setUint32(b, time, true);
  view.setUint32(b + 4, e.crc, true);
  view.setUint32(b + 8, e.data.length, true);
  view.setUint32(b + 12, e.size, true);
  view.setUint16(b + 16, e.nameBytes.length, true);
  view.setUint16(b + 18, 0, true); // extra field length
  b += 20;
  if (central) {
    // comment length, disk, internal attributes, external attributes: all 0; then the offset.
    view.setUint32(b + 10, centralOffset, true);
    b += 14;
  }
  out.set(e.nameBytes, b);
  return b + e.nameBytes.length;
}

/** Writes the archive: local headers and data in order, then the central directory. */
export function writeZip(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const time = dosTime(mtime);
  let local = 0;
  let central = 0;
  for (const e of entries) {
    local += 30 + e.nameBytes.length + e.data.length;
    central += 46 + e.nameBytes.length;
  }
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let o = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(o);
    o = writeHeader(view, out, o, e, time);
    out.set(e.data, o);
    o += e.data.length;
  }
  let c = o;
  entries.forEach((e, i) => {
    c = writeHeader(view, out, c, e, time, offsets[i]!);
  });
  // End of central directory.
  view.setUint32(c, 0x06054b50, true);
  view.setUint16(c + 8, entries.length, true);
  view.setUint16(c + 10, entries.length, true);
  view.setUint32(c + 12, central, true);
  view.setUint32(c + 16, local, true);
  return out;
}
