import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32, writeZip, zipEntry } from "../../src/pack/zip-writer.js";

const MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** A small deterministic pseudo-random generator, so the test data is the same every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe("zip writer", () => {
  it("computes CRC-32 as zlib does", () => {
    expect(crc32(strToU8(""))).toBe(0);
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(strToU8("Cộng hòa xã hội chủ nghĩa Việt Nam"))).toBe(crc32(new TextEncoder().encode("Cộng hòa xã hội chủ nghĩa Việt Nam")));
  });

  it("writes exactly the bytes of fflate's zipSync for the same entries", () => {
    const random = rng(42);
    const cases: [string, Uint8Array, number][][] = [
      [["a.xml", strToU8("<a/>"), 6]],
      [
        ["[Content_Types].xml", strToU8("<Types>" + "x".repeat(5000) + "</Types>"), 6],
        ["word/document.xml", strToU8("<w:document>Kế hoạch tuyên truyền</w:document>".repeat(300)), 6],
        ["empty.xml", new Uint8Array(0), 6],
        ["stored.bin", Uint8Array.from({ length: 3000 }, () => Math.floor(random() * 256)), 0],
        ["tệp/tên-việt.xml", strToU8("non-ASCII name"), 6],
        ["level1.xml", strToU8("abc".repeat(1000)), 1],
      ],
    ];
    for (const entries of cases) {
      const files: Zippable = {};
      for (const [name, data, level] of entries) files[name] = [data, { mtime: MTIME, level: level as 6 }];
      const expected = zipSync(files);
      const actual = writeZip(entries.map(([name, data, level]) => zipEntry(name, data, level)), MTIME);
      expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
      const back = unzipSync(actual);
      for (const [name, data] of entries) expect(back[name]).toEqual(data);
    }
  });

  it("refuses dates zip cannot hold", () => {
    expect(() => writeZip([zipEntry("a", strToU8("a"), 6)], new Date(1970, 0, 1))).toThrow(RangeError);
  });
});
