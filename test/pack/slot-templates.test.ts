import { Paragraph, SectionProperties, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { BlockMemo } from "../../src/docx/block-memo.js";
import { bodyParagraph } from "../../src/docx/body-blocks.js";
import { numberMark, slotBlock, textSlots, type TextSlots } from "../../src/docx/text-slots.js";
import { sidedRuleParagraph } from "../../src/docx/rules.js";
import type { Block } from "../../src/layout/layout-model.js";
import { formatInSection } from "../../src/pack/format-piece.js";
import { SlotTemplates, splitAtMarks, VERIFY_PER_TEMPLATE } from "../../src/pack/slot-templates.js";

import { compiledFile, compiler } from "../helpers/docx-compiler.js";
const section = new SectionProperties({ page: { size: { width: 11906, height: 16838 }, margin: { left: 1701, right: 1134 } } });
const block = (name: string): Block => ({ role: "bullet", runs: [{ text: `- Tuyên truyền trên địa bàn ${name}` }, { text: " năm 2026", bold: true }] });
const docxXml = (elements: readonly unknown[]) => formatInSection(compiler.formatter, FILE, section, elements).xml;
const FILE = compiledFile();

/** What the piece store does with one unit's piece: the template's XML, or docx's, compared. */
function write(templates: SlotTemplates, slots: TextSlots, real: () => readonly unknown[], memo = new BlockMemo()): string | undefined {
  const template = templates.template("s", slots, memo);
  if (!template) return undefined;
  const use = { template, texts: slots.texts };
  const filled = templates.fill(compiler.formatter, FILE, section, use);
  if (filled !== undefined) return filled;
  const xml = docxXml(real());
  templates.compare(use, xml);
  return xml;
}

describe("splitAtMarks", () => {
  it("cuts the XML at each slot's mark, in the order docx wrote them", () => {
    expect(splitAtMarks("<a>\uE0001\uE001</a><b>\uE0000\uE001</b>", 2)).toEqual({ parts: ["<a>", "</a><b>", "</b>"], order: [1, 0] });
  });

  it("cuts a number's mark out of each attribute holding it, keeping the quotes", () => {
    const m = numberMark(1);
    expect(splitAtMarks(`<w:ind w:left="${m}" w:right="${m}"/><t>\uE0000\uE001</t>`, 2)).toEqual({ parts: ['<w:ind w:left="', '" w:right="', '"/><t>', "</t>"], order: [1, 1, 0] });
  });

  it("refuses a number's mark outside an attribute's value, or one slot marked both ways", () => {
    expect(splitAtMarks(`<t>${numberMark(0)}</t>`, 1)).toBeUndefined();
    expect(splitAtMarks(`<a w:x="${numberMark(0)}"/>\uE0000\uE001`, 1)).toBeUndefined();
  });

  it("refuses a mark written twice, a slot not written, a slot out of range, a stray mark character", () => {
    expect(splitAtMarks("\uE0000\uE001\uE0000\uE001", 1)).toBeUndefined();
    expect(splitAtMarks("\uE0000\uE001", 2)).toBeUndefined();
    expect(splitAtMarks("\uE0002\uE001", 1)).toBeUndefined();
    expect(splitAtMarks("\uE0000\uE001 \uE000", 1)).toBeUndefined();
  });
});

describe("SlotTemplates", () => {
  const names = ["xã Na Dương", "phường Lương Văn Tri", "đặc khu Phú Quốc", "xã A & B <C> \"D\" 'E'", "xã Tab\tvà\u0001điều khiển", "phường Ba Đình", "xã Yên Hòa"];

  it("writes each unit's piece as docx does, from docx's XML of the piece with marks, after checking its first units", () => {
    const templates = new SlotTemplates();
    for (const name of names) {
      const b = block(name);
      const slots = textSlots(b, slotBlock, (x) => ["body", x, null], (x) => [bodyParagraph(x, null)])!;
      const xml = write(templates, slots, () => [bodyParagraph(b, null)]);
      // The first sighting of a template goes through docx as usual (undefined here).
      if (xml !== undefined) expect(xml).toBe(docxXml([bodyParagraph(b, null)]));
    }
    // Kept from the second unit, checked against docx on that one and the next, filled after.
    expect(templates.stats()).toEqual({ filled: names.length - 1 - VERIFY_PER_TEMPLATE, broken: 0 });
  });

  it("stops using, for good, a template whose builder reads a slotted text", () => {
    // A builder that (wrongly, for a slot) measures its text: the mark's length is not the unit's.
    const measured = (text: string) => [new Paragraph({ indent: { left: text.length * 10 }, children: [new TextRun(text)] })];
    const templates = new SlotTemplates();
    const out = names.map((name) => {
      const slots: TextSlots = { key: "measured", texts: [name], build: () => measured("\uE0000\uE001") };
      return write(templates, slots, () => measured(name));
    });
    expect(templates.stats()).toEqual({ filled: 0, broken: 1 });
    // After breaking, the piece is not templated at all: the store lets docx write it.
    expect(out.slice(2).every((x) => x === undefined)).toBe(true);
  });

  it("writes a rule of each length from one template of its indents", () => {
    const templates = new SlotTemplates();
    const sides = [1200, 2974, 3092, 0, 1201, 2974, 4800];
    let written = 0;
    for (const side of sides) {
      const slots = textSlots(side, (s, n) => s.number(n), (n) => ["title-rule", n], (n) => [sidedRuleParagraph(n)])!;
      const xml = write(templates, slots, () => [sidedRuleParagraph(side)]);
      if (xml === undefined) continue;
      expect(xml).toBe(docxXml([sidedRuleParagraph(side)]));
      expect(xml).toContain(`w:left="${side}" w:right="${side}"`);
      written++;
    }
    expect(written).toBe(sides.length - 1);
    expect(templates.stats()).toEqual({ filled: sides.length - 1 - VERIFY_PER_TEMPLATE, broken: 0 });
  });

  it("stops using a template whose number docx writes otherwise than as its digits", () => {
    // A builder that halves its number: the mark's half is not the mark.
    const halved = (n: number) => [new Paragraph({ indent: { left: Math.floor(n / 2) }, children: [] })];
    const templates = new SlotTemplates();
    for (const side of [100, 200, 300, 400]) {
      const slots = textSlots(side, (s, n) => s.number(n), (n) => ["halved", n], (n) => halved(n))!;
      write(templates, slots, () => halved(side));
    }
    expect(templates.stats()).toEqual({ filled: 0, broken: 1 });
  });

  it("refuses a template docx wrote without one of its marks", () => {
    const templates = new SlotTemplates();
    const slots: TextSlots = { key: "dropped", texts: ["a", "b"], build: () => [new Paragraph({ children: [new TextRun("\uE0000\uE001")] })] };
    for (let i = 0; i < 3; i++) write(templates, slots, () => [new Paragraph({ children: [new TextRun("a")] })]);
    expect(templates.stats()).toEqual({ filled: 0, broken: 1 });
  });
});
