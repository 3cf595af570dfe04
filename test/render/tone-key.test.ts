import { describe, expect, it } from "vitest";
import { phraseToneKey, toneKey } from "../../src/render/tone-key.js";

describe("toneKey", () => {
  it("is the same for old and new tone placement, and for any case", () => {
    expect(toneKey("hòa")).toBe(toneKey("hoà"));
    expect(toneKey("Ủy")).toBe(toneKey("uỷ"));
    expect(toneKey("HÓA")).toBe(toneKey("hoá"));
    expect(toneKey("Thủy")).toBe(toneKey("THUỶ"));
    expect(toneKey("hòa".normalize("NFD"))).toBe(toneKey("hoà"));
  });

  it("keeps apart words that differ in tone, vowel marks or đ", () => {
    const distinct = ["hoa", "hòa", "hóa", "họa", "hỏa", "hõa", "hơa", "ba đình", "ba dinh", "ư", "u", "ê", "ệ"];
    expect(new Set(distinct.map(toneKey)).size).toBe(distinct.length);
  });

  it("keys phrases word by word", () => {
    expect(phraseToneKey("  Phú  Hoà ")).toBe(phraseToneKey("phú hòa"));
    expect(phraseToneKey("Phú Hoa")).not.toBe(phraseToneKey("Phú Hòa"));
  });
});
