import { describe, expect, it } from "vitest";
import { readDocModel, type DocParagraph } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { makeDocx, para } from "./make-docx.js";

/** Theme font references resolve to the theme's typefaces, as Word shows them. */

const FONT_SCHEME = '<a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface="Times New Roman"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface="Arial"/></a:minorFont>';
const THEME_DEFAULTS = '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/></w:rPr></w:rPrDefault></w:docDefaults>';

const runs = (bytes: Uint8Array) => (readDocModel(readDocxPackage(bytes)).body as DocParagraph[]).map((p) => p.runs[0]!.props);

describe("theme fonts", () => {
  it("a run inheriting minorHAnsi shows the theme's minor latin font; minorBidi its complex-script font", () => {
    const [r] = runs(makeDocx({ body: para("chữ"), styles: THEME_DEFAULTS, fontScheme: FONT_SCHEME }));
    expect(r).toMatchObject({ fontAscii: "Calibri", fontHAnsi: "Calibri", fontCs: "Arial", fontAsciiTheme: "minorHAnsi" });
  });

  it("majorHAnsi is the major font", () => {
    const [r] = runs(makeDocx({ body: para("chữ", "", '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>'), fontScheme: FONT_SCHEME }));
    expect(r!.fontAscii).toBe("Cambria");
  });

  it("a font named at a deeper level replaces the inherited theme reference", () => {
    const [r] = runs(makeDocx({ body: para("chữ", "", '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'), styles: THEME_DEFAULTS, fontScheme: FONT_SCHEME }));
    expect(r).toMatchObject({ fontAscii: "Times New Roman", fontHAnsi: "Times New Roman", fontAsciiTheme: undefined });
  });

  it("without a theme part the reference stays visible and no font is invented", () => {
    const [r] = runs(makeDocx({ body: para("chữ"), styles: THEME_DEFAULTS }));
    expect(r!.fontAscii).toBeUndefined();
    expect(r!.fontAsciiTheme).toBe("minorHAnsi");
  });
});
