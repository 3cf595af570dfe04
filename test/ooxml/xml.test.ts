import { describe, expect, it } from "vitest";
import { halfPointsAttr, parseXml, twipsAttr } from "../../src/ooxml/xml.js";
import { W } from "./make-docx.js";

const el = (attrs: string) => parseXml(`<w:x xmlns:w="${W}" ${attrs}/>`)!;

describe("measures", () => {
  it("reads twips as written, and the universal measures of strict documents", () => {
    expect(twipsAttr(el('w:v="1701"'), "v")).toBe(1701);
    expect(twipsAttr(el('w:v="30mm"'), "v")).toBe(1701);
    expect(twipsAttr(el('w:v="2.54cm"'), "v")).toBe(1440);
    expect(twipsAttr(el('w:v="1in"'), "v")).toBe(1440);
    expect(twipsAttr(el('w:v="12pt"'), "v")).toBe(240);
    expect(twipsAttr(el('w:v="-0.5in"'), "v")).toBe(-720);
    expect(twipsAttr(el('w:v="wide"'), "v")).toBeUndefined();
    expect(twipsAttr(el(""), "v")).toBeUndefined();
  });

  it("reads font sizes in half-points, from a number or points", () => {
    expect(halfPointsAttr(el('w:val="26"'), "val")).toBe(26);
    expect(halfPointsAttr(el('w:val="13pt"'), "val")).toBe(26);
    expect(halfPointsAttr(el('w:val="12.5pt"'), "val")).toBe(25);
  });
});
