import type { Block, HeaderBand, Run, SignatureBlock } from "../layout/layout-model.js";
import type { Paragraph, Table } from "docx";

/**
 * A batch's pieces that name the unit (the header band, the title, "… trên địa bàn xã X …")
 * differ from unit to unit only in their words. For those, the batch packer
 * (pack/slot-templates.ts) has docx build and write the piece once with a mark in place of
 * each text, and then writes each unit's piece by putting its texts, escaped as docx escapes
 * them, where the marks were. docx still writes every element and attribute.
 *
 * A text may take a slot only where the builder hands it to a docx TextRun as it is: the
 * functions below slot exactly those fields (body runs, the header's lines, the trích yếu's,
 * the signature's), and leave as they are the texts a builder measures (marks such as "KHẨN",
 * whose box is as wide as the word). An empty text keeps no slot: builders drop empty lines.
 *
 * A number takes a slot where docx writes it as an attribute's value, as it is: the indents
 * that trim the rules under the issuer and under the trích yếu, whose lengths follow the unit's
 * name. Its mark is an integer that no measure in a document comes near (numberMark), which
 * docx writes as its digits, once or more (a rule's left and right indents). The packer
 * compares its first units' pieces with docx's own, numbers included.
 */

type BodyElement = Paragraph | Table;

/** Private-use characters: no escape changes them, and a text holding one is not slotted. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
/** A number slot's mark: 987654000 + its slot, at most NUMBER_SLOTS of them per piece. */
const NUMBER_MARK_BASE = "987654";
const NUMBER_SLOTS = 1000;
export const numberMark = (slot: number): number => Number(NUMBER_MARK_BASE) * NUMBER_SLOTS + slot;
/** A text slot's mark (group 1: its slot), or a number slot's as an attribute's value, quotes included (group 2). */
export const SLOT_MARK = new RegExp(`\uE000(\\d+)\uE001|"${NUMBER_MARK_BASE}(\\d{3})"`, "g");
/** Whether a text holds a mark's character, or XML outside the marks a number's mark (an attribute's value starting with its digits). */
export const hasSlotCharacter = (text: string): boolean => text.includes(OPEN) || text.includes(CLOSE) || text.includes(`"${NUMBER_MARK_BASE}`);
/** Numbers a slot may hold: what docx writes as the same digits (an indent in twips). */
const slottableNumber = (n: number): boolean => Number.isSafeInteger(n) && n >= 0 && n < numberMark(0);

export interface TextSlots {
  /** The piece's key with a mark for each slotted text: one for every unit whose piece differs only in those texts. */
  readonly key: string;
  /** The texts, by slot number (a number slot's as its digits). */
  readonly texts: readonly string[];
  /** The piece built with the marks in place of the texts. */
  readonly build: () => readonly BodyElement[];
}

/** Hands out marks while a piece's data is copied with its texts slotted. */
export class Slotter {
  readonly texts: string[] = [];
  usable = true;

  text(text: string): string {
    if (text === "") return text;
    if (hasSlotCharacter(text)) this.usable = false;
    this.texts.push(text);
    return `${OPEN}${this.texts.length - 1}${CLOSE}`;
  }

  /** A number written as an attribute's value; its mark when it can take a slot. */
  number(n: number): number {
    if (!slottableNumber(n) || this.texts.length >= NUMBER_SLOTS) {
      this.usable = false;
      return n;
    }
    this.texts.push(String(n));
    return numberMark(this.texts.length - 1);
  }

  lines(lines: readonly string[]): string[] {
    return lines.map((l) => this.text(l));
  }

  /** A footnote reference writes its number, not its text: kept as it is. */
  runs(runs: readonly Run[]): Run[] {
    return runs.map((r) => (r.footnote ? r : { ...r, text: this.text(r.text) }));
  }
}

/**
 * The slots of a piece: `mark` copies its data with texts slotted, `key` and `build` are the
 * piece's own key and builder applied to that copy. undefined when no text was slotted, or a
 * text holds a mark's character.
 */
export function textSlots<T>(data: T, mark: (s: Slotter, data: T) => T, key: (data: T) => unknown[], build: (data: T) => readonly BodyElement[]): TextSlots | undefined {
  const slotter = new Slotter();
  const marked = mark(slotter, data);
  if (!slotter.usable || slotter.texts.length === 0) return undefined;
  return { key: JSON.stringify(key(marked)), texts: slotter.texts, build: () => build(marked) };
}

export const slotBlock = (s: Slotter, block: Block): Block => ({ ...block, runs: s.runs(block.runs) });

/** Confidentiality, urgency and circulation marks are measured (their box fits the word): not slotted. */
export const slotHeader = (s: Slotter, band: HeaderBand): HeaderBand => ({
  ...band,
  parentLines: s.lines(band.parentLines),
  issuerLines: s.lines(band.issuerLines),
  numberLine: s.text(band.numberLine),
  placeDateLines: s.lines(band.placeDateLines),
});

/** The band with the indents of the rule under the issuer, which follow the issuer's name. */
export interface SidedHeaderBand {
  readonly band: HeaderBand;
  readonly ruleSide: number;
}
export const slotHeaderBand = (s: Slotter, d: SidedHeaderBand): SidedHeaderBand => ({ band: slotHeader(s, d.band), ruleSide: s.number(d.ruleSide) });

export const slotSignature = (s: Slotter, sig: SignatureBlock): SignatureBlock => ({
  ...sig,
  recipients: s.lines(sig.recipients),
  authority: s.lines(sig.authority),
  title: s.text(sig.title),
  name: s.text(sig.name),
  below: sig.below.map((runs) => s.runs(runs)),
});
