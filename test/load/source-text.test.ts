import { describe, expect, it } from "vitest";
import { decodeSource, MAX_PLAN_BYTES } from "../../src/load/source-text.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeSource", () => {
  it("strips a BOM, converts CRLF and normalises to NFC, saying what it cleaned", () => {
    const decomposed = "title: Kế hoạch".normalize("NFD");
    const result = decodeSource("p.yaml", bytes(`\uFEFF${decomposed}\r\ntier: commune\r\n`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source.text).toBe("title: Kế hoạch\ntier: commune\n");
    expect(result.source.text).toBe(result.source.text.normalize("NFC"));
    expect(result.source.cleaned.map((c) => c.en)).toEqual([
      "removed the byte-order mark",
      "converted CRLF line ends to LF",
      "text was not in Unicode NFC (precomposed) form; normalised",
    ]);
  });

  it("leaves clean text untouched and reports nothing", () => {
    const result = decodeSource("p.yaml", bytes("tier: commune\n"));
    expect(result).toEqual({ ok: true, source: { file: "p.yaml", text: "tier: commune\n", cleaned: [] } });
  });

  it("refuses binary content", () => {
    const result = decodeSource("p.yaml", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.vi).toContain("tệp nhị phân");
  });

  it("refuses text that is not UTF-8 and names the likely legacy encodings", () => {
    const result = decodeSource("p.yaml", new Uint8Array([0x74, 0x69, 0xe9, 0x74]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toMatch(/not UTF-8.*TCVN3\/VNI/);
  });

  it("refuses files above the size limit before decoding them", () => {
    const result = decodeSource("p.yaml", new Uint8Array(MAX_PLAN_BYTES + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toMatch(/file too large \(5\.0 MB\)/);
  });
});
