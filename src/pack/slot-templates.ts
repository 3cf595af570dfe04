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
  /** The XML between the marks (one more than the marks), and the slot each mark stands for. */
  parts: readonly string[] | undefined;
  order: readonly number[];
  state: "new" | "usable" | "broken";
  /** Units whose piece, written by docx, equalled the filled template. */
  verified: number;
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
 * The XML around each mark, when docx wrote every slot's mark exactly once and no mark
 * character elsewhere; undefined otherwise.
 */
export function splitAtMarks(xml: string, slots: number): { parts: string[]; order: number[] } | undefined {
  const parts: string[] = [];
  const order: number[] = [];
  const met = new Set<number>();
  let from = 0;
  for (const m of xml.matchAll(SLOT_MARK)) {
    const slot = Number(m[1]);
    if (slot >= slots || met.has(slot)) return undefined;
    met.add(slot);
    parts.push(xml.slice(from, m.index));
    order.push(slot);
    from = m.index + m[0].length;
  }
  parts.push(xml.slice(from));
  if (met.size !== slots || parts.some(hasSlotCharacter)) return undefined;
  return { parts, order };
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
    if (known) return known.state === "broken" ? undefined : known;
    const fresh: SlotTemplate = { elements: undefined, endsWithParagraph: false, parts: undefined, order: [], state: "new", verified: 0 };
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
    if (t.state === "new") this.write(formatter, file, section, t, use.texts.length);
    if (t.state !== "usable" || t.verified < VERIFY_PER_TEMPLATE) return undefined;
    this.filledCount++;
    return fillIn(t, use.texts);
  }

  /** docx wrote the unit's piece as `xml`: the template must give the same. */
  compare(use: SlotUse, xml: string): void {
    const t = use.template;
    if (t.state !== "usable") return;
    if (fillIn(t, use.texts) === xml) t.verified++;
    else this.breakTemplate(t);
  }

  private write(formatter: Formatter, file: FileInternals, section: SectionProperties, t: SlotTemplate, slots: number): void {
    const written = formatInSection(formatter, file, section, t.elements ?? []);
    t.elements = undefined;
    const split = written.contextual ? undefined : splitAtMarks(written.xml, slots);
    if (!split) return this.breakTemplate(t);
    t.parts = split.parts;
    t.order = split.order;
    t.state = "usable";
  }

  private breakTemplate(t: SlotTemplate): void {
    t.state = "broken";
    t.parts = undefined;
    this.brokenCount++;
  }
}

const fillIn = (t: SlotTemplate, texts: readonly string[]): string => fillSlots(t.parts!, t.order, texts);

/** A template's XML with each slot's text, escaped as docx's writer escapes text, in place of its mark. */
export function fillSlots(parts: readonly string[], order: readonly number[], texts: readonly string[]): string {
  let xml = parts[0]!;
  for (let i = 0; i < order.length; i++) xml += escapeAll(texts[order[i]!]!) + parts[i + 1]!;
  return xml;
}
