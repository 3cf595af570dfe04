import { describe, expect, it } from "vitest";
import { headerBand, issuerRuleSideTwip } from "../../src/docx/header-band.js";
import { bodyParagraph } from "../../src/docx/body-blocks.js";
import { hasSlotCharacter, numberMark, slotBlock, slotHeader, slotHeaderBand, slotSignature, Slotter, textSlots } from "../../src/docx/text-slots.js";
import type { Block, HeaderBand, SignatureBlock } from "../../src/layout/layout-model.js";

const block = (...texts: string[]): Block => ({ role: "paragraph", runs: texts.map((text) => ({ text })) });
const slotsOf = (b: Block) => textSlots(b, slotBlock, (x) => ["body", x, null], (x) => [bodyParagraph(x, null)]);

const BAND: HeaderBand = {
  parentLines: [],
  issuerLines: ["ỦY BAN NHÂN DÂN", "XÃ NA DƯƠNG"],
  issuerSizePt: 13,
  issuerRuleMm: 17.3,
  numberLine: "Số:       /KH-UBND",
  placeDateLines: ["Na Dương, ngày      tháng 5 năm 2026"],
  placeDateSizePt: 14,
  urgency: "KHẨN",
  confidentiality: "",
  circulation: "",
};

describe("textSlots", () => {
  it("gives pieces that differ only in their words one key, and each its own texts", () => {
    const a = slotsOf(block("Trên địa bàn xã Na Dương", "năm 2026"))!;
    const b = slotsOf(block("Trên địa bàn phường Lương Văn Tri", "năm 2026"))!;
    expect(a.key).toBe(b.key);
    expect(a.texts).toEqual(["Trên địa bàn xã Na Dương", "năm 2026"]);
    expect(b.texts).toEqual(["Trên địa bàn phường Lương Văn Tri", "năm 2026"]);
    expect(a.key).not.toContain("Na Dương");
  });

  it("keeps in the key what is not a text: the role, emphasis, and which runs are empty", () => {
    const plain = slotsOf(block("a", "b"))!;
    expect(slotsOf({ ...block("a", "b"), role: "closing" })!.key).not.toBe(plain.key);
    expect(slotsOf({ role: "paragraph", runs: [{ text: "a", italic: true }, { text: "b" }] })!.key).not.toBe(plain.key);
    // Builders drop empty lines (the signature's title): an empty text stays in the key.
    const empty = slotsOf(block("a", ""))!;
    expect(empty.texts).toEqual(["a"]);
    expect(empty.key).not.toBe(plain.key);
  });

  it("keeps a footnote reference as it is (it writes its number)", () => {
    const s = slotsOf({ role: "paragraph", runs: [{ text: "Căn cứ" }, { text: "", footnote: { id: "n1", number: 1, first: true } }] })!;
    expect(s.texts).toEqual(["Căn cứ"]);
    expect(s.key).toContain('"footnote":{"id":"n1","number":1,"first":true}');
  });

  it("slots nothing when a text holds a mark's character, or there is no text", () => {
    expect(slotsOf(block("xã \uE000 Na Dương"))).toBeUndefined();
    expect(slotsOf(block(""))).toBeUndefined();
    expect(hasSlotCharacter("a\uE001")).toBe(true);
  });

  it("slots the header band's lines but not the urgency mark, whose box is as wide as the word", () => {
    const s = textSlots(BAND, slotHeader, (h) => ["header-band", h], headerBand)!;
    expect(s.texts).toEqual(["ỦY BAN NHÂN DÂN", "XÃ NA DƯƠNG", "Số:       /KH-UBND", "Na Dương, ngày      tháng 5 năm 2026"]);
    expect(s.key).toContain('"urgency":"KHẨN"');
    expect(s.build()).toHaveLength(1);
  });

  it("slots the indents of the rule under the issuer: bands whose names differ in length share a key", () => {
    const slotsOfBand = (band: HeaderBand) =>
      textSlots({ band, ruleSide: issuerRuleSideTwip(band) }, slotHeaderBand, (d) => ["header-band", { ...d.band, issuerRuleMm: d.ruleSide }], (d) => headerBand(d.band, d.ruleSide))!;
    const short = slotsOfBand(BAND);
    const long = slotsOfBand({ ...BAND, issuerLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG LƯƠNG VĂN TRI"], issuerRuleMm: 24.8 });
    expect(issuerRuleSideTwip({ ...BAND, issuerRuleMm: 24.8 })).not.toBe(issuerRuleSideTwip(BAND));
    expect(long.key).toBe(short.key);
    // The number's slot holds its digits, written where its mark was.
    expect(short.texts.at(-1)).toBe(String(issuerRuleSideTwip(BAND)));
    expect(short.key).toContain(`"issuerRuleMm":${numberMark(short.texts.length - 1)}`);
  });

  it("slots only numbers docx writes as the same digits", () => {
    for (const n of [-1, 1.5, Number.NaN, numberMark(0)]) {
      const s = new Slotter();
      expect(s.number(n)).toBe(n);
      expect(s.usable).toBe(false);
    }
    const s = new Slotter();
    expect(s.number(0)).toBe(numberMark(0));
    expect(s.number(2974)).toBe(numberMark(1));
    expect(s.texts).toEqual(["0", "2974"]);
    // XML holding a number's mark as an attribute's value is not a template's text; a phone number in a text is.
    expect(hasSlotCharacter(`w:left="${numberMark(3)}"`)).toBe(true);
    expect(hasSlotCharacter("Điện thoại: 0987654321")).toBe(false);
  });

  it("slots every line of the signature block, keeping its shape", () => {
    const sig: SignatureBlock = { recipients: ["- UBND tỉnh;", "- Lưu: VT."], authority: ["TM. ỦY BAN NHÂN DÂN"], title: "CHỦ TỊCH", name: "Nguyễn Văn An", below: [[{ text: "Phó Chủ tịch", italic: true }]] };
    const s = textSlots(sig, slotSignature, (x) => ["signature", x], () => [])!;
    expect(s.texts).toEqual(["- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", "Phó Chủ tịch"]);
    expect(s.key).toContain('"italic":true');
  });
});
