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
 * whose box is as wide as the word) and every number. An empty text keeps no slot: builders
 * drop empty lines. The packer also compares its first units' pieces with docx's own.
 */

type BodyElement = Paragraph | Table;

/** Private-use characters: no escape changes them, and a text holding one is not slotted. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
export const SLOT_MARK = /\uE000(\d+)\uE001/g;
export const hasSlotCharacter = (text: string): boolean => text.includes(OPEN) || text.includes(CLOSE);

export interface TextSlots {
  /** The piece's key with a mark for each slotted text: one for every unit whose piece differs only in those texts. */
  readonly key: string;
  /** The texts, by slot number. */
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

export const slotSignature = (s: Slotter, sig: SignatureBlock): SignatureBlock => ({
  ...sig,
  recipients: s.lines(sig.recipients),
  authority: s.lines(sig.authority),
  title: s.text(sig.title),
  name: s.text(sig.name),
  below: sig.below.map((runs) => s.runs(runs)),
});
