import { Paragraph, type SectionProperties } from "docx";
import { GroupedMemo } from "../cache/grouped-memo.js";
import { BlockMemo, withBlockMemo } from "../docx/block-memo.js";
import { hasSlotCharacter, SLOT_MARK, type TextSlots } from "../docx/text-slots.js";
import { formatInSection, type FileInternals, type Formatter } from "./format-piece.js";
import { escapeAll } from "./xml-stringify.js";

/**
 * The batch's pieces that differ from unit to unit only in their words (docx/text-slots.ts):
 * docx builds and writes each such piece once with marks in place of its texts, and a unit's
 * piece is that XML with the unit's texts, escaped as docx's writer escapes them, in place of
 * the marks. docx still writes every element and attribute; no XML is made here.
 *
 * Safety net, as for the whole document (shape-check.ts): a template is kept from its key's
 * second sighting, and the first VERIFY_PER_TEMPLATE units that use it have their piece written
 * by docx as well and compared with the filled template. Any difference (a docx that writes a
 * text other than as given, a builder that reads a slotted text), and the template is never
 * used again: its pieces go through docx as before. So is a template whose marks docx did not
 * write each exactly once, or that read the document around it.
 */

/** Units per template whose piece docx also writes, to compare with the filled template. */
export const VERIFY_PER_TEMPLATE = 2;
/** Bounded, as the piece store: a batch's model plan has a few dozen. */
export const MAX_TEMPLATES = 256;

export interface SlotTemplate {
  /** The piece built with marks; dropped once written. */
  elements: readonly unknown[] | undefined;
  endsWithParagraph: boolean;
  /** docx's XML of the piece with marks, once written and found usable. */
  marked: MarkedXml | undefined;
  /** Unusable, or different from docx's writing of a unit's piece: never used again. */
  broken: boolean;
}

/** A unit's use of a template: its texts by slot. */
export interface SlotUse {
  readonly template: SlotTemplate;
  readonly texts: readonly string[];
}

export interface SlotStats {
  /** Pieces written by filling a template. */
  readonly filled: number;
  /** Templates found unusable or different from docx's writing. */
  readonly broken: number;
}

/**
 * The XML around each mark, when docx wrote every slot's mark (a text's exactly once, a
 * number's as one or more attributes' values) and no mark elsewhere; undefined otherwise.
 */
export function splitAtMarks(xml: string, slots: number): { parts: string[]; order: number[] } | undefined {
  const parts: string[] = [];
  const order: number[] = [];
  const texts = new Set<number>();
  const numbers = new Set<number>();
  let from = 0;
  for (const m of xml.matchAll(SLOT_MARK)) {
    const isText = m[1] !== undefined;
    const slot = Number(isText ? m[1] : m[2]);
    if (slot >= slots || texts.has(slot) || (isText && numbers.has(slot))) return undefined;
    (isText ? texts : numbers).add(slot);
    // A number's quotes stay in the XML around it.
    const quote = isText ? 0 : 1;
    parts.push(xml.slice(from, m.index + quote));
    order.push(slot);
    from = m.index + m[0].length - quote;
  }
  parts.push(xml.slice(from));
  if (texts.size + numbers.size !== slots || parts.some(hasSlotCharacter)) return undefined;
  return { parts, order };
}

/**
 * XML that docx wrote with a mark in place of each text, cut at the marks (the body's pieces
 * here, docProps/core.xml in core-template.ts). It is trusted once docx's own writing of its
 * first VERIFY_PER_TEMPLATE uses matched it.
 */
export class MarkedXml {
  private verified = 0;

  private constructor(
    private readonly parts: readonly string[],
    private readonly order: readonly number[],
  ) {}

  /** undefined unless docx wrote every slot's mark exactly once (splitAtMarks). */
  static cut(xml: string, slots: number): MarkedXml | undefined {
    const split = splitAtMarks(xml, slots);
    return split && new MarkedXml(split.parts, split.order);
  }

  get trusted(): boolean {
    return this.verified >= VERIFY_PER_TEMPLATE;
  }

  /** The XML with each slot's text, escaped as docx's writer escapes text, in place of its mark. */
  fill(texts: readonly string[]): string {
    let xml = this.parts[0]!;
    for (let i = 0; i < this.order.length; i++) xml += escapeAll(texts[this.order[i]!]!) + this.parts[i + 1]!;
    return xml;
  }

  /** docx wrote `real` for these texts: whether the filled XML (after `normalise`) is the same; each match counts towards trust. */
  matches(texts: readonly string[], real: string, normalise: (xml: string) => string = (xml) => xml): boolean {
    const same = normalise(this.fill(texts)) === real;
    if (same) this.verified++;
    return same;
  }
}

export class SlotTemplates {
  private readonly templates = new GroupedMemo<SlotTemplate>({ maxEntries: MAX_TEMPLATES });
  private filledCount = 0;
  private brokenCount = 0;

  stats(): SlotStats {
    return { filled: this.filledCount, broken: this.brokenCount };
  }

  /**
   * The template for these slots in a section (a table's XML reads its section's width):
   * undefined on its first sighting (the piece goes through docx as usual) and once broken.
   */
  template(section: string, slots: TextSlots, memo: BlockMemo): SlotTemplate | undefined {
    const known = this.templates.get(section, slots.key);
    if (known) return known.broken ? undefined : known;
    const fresh: SlotTemplate = { elements: undefined, endsWithParagraph: false, marked: undefined, broken: false };
    this.templates.offer(section, slots.key, fresh);
    if (this.templates.get(section, slots.key) !== fresh) return undefined;
    const elements = withBlockMemo(memo, slots.build);
    fresh.elements = elements;
    fresh.endsWithParagraph = elements.at(-1) instanceof Paragraph;
    return fresh;
  }

  /** The unit's piece from its template once the template has been verified; undefined: let docx write it, then `compare`. */
  fill(formatter: Formatter, file: FileInternals, section: SectionProperties, use: SlotUse): string | undefined {
    const t = use.template;
    if (!t.marked && !t.broken) this.write(formatter, file, section, t, use.texts.length);
    if (!t.marked?.trusted) return undefined;
    this.filledCount++;
    return t.marked.fill(use.texts);
  }

  /** docx wrote the unit's piece as `xml`: the template must give the same. */
  compare(use: SlotUse, xml: string): void {
    const t = use.template;
    if (t.marked && !t.marked.matches(use.texts, xml)) this.breakTemplate(t);
  }

  private write(formatter: Formatter, file: FileInternals, section: SectionProperties, t: SlotTemplate, slots: number): void {
    const written = formatInSection(formatter, file, section, t.elements ?? []);
    t.elements = undefined;
    t.marked = written.contextual ? undefined : MarkedXml.cut(written.xml, slots);
    if (!t.marked) this.breakTemplate(t);
  }

  private breakTemplate(t: SlotTemplate): void {
    t.broken = true;
    t.marked = undefined;
    this.brokenCount++;
  }
}
