/**
 * Package parts that plans share (styles, theme, settings, numbering, relationships, headers…),
 * DEFLATEd ahead of time. The CLI's bundle replaces this module (scripts/bundle.mjs) with every
 * part that two or more of the examples write identically, compressed by zip-writer.ts at
 * PACK_LEVEL; `packDocx` reuses such an entry only for a part of exactly the same bytes
 * (precompressed.ts), so the output is the same either way. DEFLATE of those parts was about
 * half of a single build's compression (docs/performance.md). Empty in the library.
 */
export interface PrecompressedPart {
  /** The part as written (UTF-8 text). */
  readonly text: string;
  readonly crc: number;
  /** Its DEFLATE stream, base64. */
  readonly deflated: string;
}

export const PRECOMPRESSED_PARTS: ReadonlyMap<string, readonly PrecompressedPart[]> = new Map();
