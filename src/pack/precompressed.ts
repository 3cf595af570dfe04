import { strToU8 } from "fflate";
import type { PrecompressedPart } from "./precompressed-parts.js";
import type { ZipEntry } from "./zip-writer.js";

/**
 * The ready zip entry for a part whose bytes are exactly one of `known` (its name's parts
 * compressed ahead of time: precompressed-parts.ts), or undefined, for the caller to DEFLATE
 * the part as usual. Compared byte for byte, never by checksum alone.
 */
export function precompressedEntry(known: ReadonlyMap<string, readonly PrecompressedPart[]>, name: string, raw: Uint8Array): ZipEntry | undefined {
  const candidates = known.get(name);
  if (!candidates) return undefined;
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  for (const part of candidates) {
    if (!bytes.equals(Buffer.from(part.text))) continue;
    const nameBytes = strToU8(name);
    return { name, nameBytes, utf8: nameBytes.length !== name.length, crc: part.crc, size: raw.length, method: 8, data: Buffer.from(part.deflated, "base64") };
  }
  return undefined;
}
