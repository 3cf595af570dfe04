import { strToU8, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { FIXED_MTIME, PACK_LEVEL } from "../../src/pack/pack-docx.js";
import { precompressedEntry } from "../../src/pack/precompressed.js";
import type { PrecompressedPart } from "../../src/pack/precompressed-parts.js";
import { writeZip, zipEntry } from "../../src/pack/zip-writer.js";

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles>${'<w:style w:styleId="Heading"><w:name w:val="Tiêu đề"/></w:style>'.repeat(40)}</w:styles>`;

/** A table as the bundle builds it (scripts/bundle.mjs): the part's text, CRC and DEFLATE stream. */
function table(parts: [string, string][]): Map<string, PrecompressedPart[]> {
  const out = new Map<string, PrecompressedPart[]>();
  for (const [name, text] of parts) {
    const entry = zipEntry(name, strToU8(text), PACK_LEVEL);
    out.set(name, [...(out.get(name) ?? []), { text, crc: entry.crc, deflated: Buffer.from(entry.data).toString("base64") }]);
  }
  return out;
}

describe("precompressed parts", () => {
  const known = table([
    ["word/styles.xml", STYLES.replace("Tiêu đề", "Đề mục")],
    ["word/styles.xml", STYLES],
    ["word/theme/theme1.xml", "<a:theme/>"],
  ]);

  it("give a part of exactly the same bytes the entry zip-writer computes, whichever variant it is", () => {
    const raw = strToU8(STYLES);
    const hit = precompressedEntry(known, "word/styles.xml", raw);
    const fresh = zipEntry("word/styles.xml", raw, PACK_LEVEL);
    expect(hit).toBeDefined();
    expect({ ...hit!, nameBytes: [...hit!.nameBytes], data: [...hit!.data] }).toEqual({ ...fresh, nameBytes: [...fresh.nameBytes], data: [...fresh.data] });
  });

  it("leave any other part to be compressed: one byte changed, another length, another name", () => {
    const raw = strToU8(STYLES);
    const changed = raw.slice();
    changed[raw.length - 3] = changed[raw.length - 3]! ^ 1;
    expect(precompressedEntry(known, "word/styles.xml", changed)).toBeUndefined();
    expect(precompressedEntry(known, "word/styles.xml", strToU8(`${STYLES} `))).toBeUndefined();
    expect(precompressedEntry(known, "word/numbering.xml", raw)).toBeUndefined();
    expect(precompressedEntry(new Map(), "word/styles.xml", raw)).toBeUndefined();
  });

  it("zip to the bytes of fflate's zipSync, mixed with parts compressed now", () => {
    const parts: [string, Uint8Array][] = [
      ["word/document.xml", strToU8("<w:document>Kế hoạch</w:document>".repeat(50))],
      ["word/styles.xml", strToU8(STYLES)],
      ["word/theme/theme1.xml", strToU8("<a:theme/>")],
    ];
    const entries = parts.map(([name, raw]) => precompressedEntry(known, name, raw) ?? zipEntry(name, raw, PACK_LEVEL));
    expect(entries.map((e, i) => precompressedEntry(known, e.name, parts[i]![1]) !== undefined)).toEqual([false, true, true]);
    const files: Zippable = {};
    for (const [name, raw] of parts) files[name] = [raw, { mtime: FIXED_MTIME, level: PACK_LEVEL }];
    expect(Buffer.from(writeZip(entries, FIXED_MTIME)).equals(Buffer.from(zipSync(files)))).toBe(true);
  });
});
