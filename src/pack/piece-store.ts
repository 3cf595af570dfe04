import { Paragraph, SectionProperties } from "docx";
import { strToU8 } from "fflate";
import { GroupedMemo } from "../cache/grouped-memo.js";
import { BlockMemo, withBlockMemo } from "../docx/block-memo.js";
import type { KeyedPiece, SectionSpec } from "../docx/document-spec.js";
import { formatInSection, type FileInternals, type Formatter } from "./format-piece.js";
import { assertXmlChars } from "./pack-docx.js";
import { SlotTemplates, type SlotStats, type SlotUse } from "./slot-templates.js";

/**
 * The batch packer's store of pieces (block-cache.ts): what docx built and wrote for each
 * keyed piece of a document spec, by section (a table's widths depend on its section's text
 * width), kept from a piece's second use (cache/seen-before.ts) and bounded.
 */

export const DOCUMENT_XML = "word/document.xml";

/** Bounded, so memory stays flat over a long batch (see `remember`). */
export const MAX_PIECES = 1024;

export interface PieceXml {
  /** Written on first use; stays undefined for a piece that reads the document around it. */
  xml: string | undefined;
  /** The same as UTF-8, checked for characters XML forbids once (the document is these bytes and the gaps'). */
  bytes: Uint8Array | undefined;
  /** The piece read the document around it while docx formatted it: never reused. */
  contextual: boolean;
  readonly endsWithParagraph: boolean;
  /** Built, not yet written (dropped once written). */
  elements: readonly unknown[] | undefined;
  /** Its template, when it differs from earlier units' pieces only in its texts (slot-templates.ts). */
  readonly slotted: SlotUse | undefined;
  used: number;
}

/** A piece of a document in order, or a "gap" where docx writes something of its own. */
export type Segment = { readonly piece: KeyedPiece; readonly info: PieceXml; readonly section: SectionSpec } | "gap";

export class PieceStore {
  /**
   * Section key → piece key → what docx wrote. Pieces that name the unit are never seen again;
   * when the store is full, those that were never reused are dropped (and everything if that is
   * not enough).
   */
  private readonly pieces = new GroupedMemo<PieceXml>({ maxEntries: MAX_PIECES, stillUseful: (piece) => piece.used > 0 });
  /**
   * A piece seen for the first time is often an old one with the unit's name in one line (the
   * header band's table, the signature): its paragraphs that did not change reuse their XML.
   */
  private readonly memo = new BlockMemo();
  /** Pieces that name the unit, written from a template of their texts' slots. */
  private readonly templates = new SlotTemplates();
  /** docx's properties of each section, for the text width a table reads while docx formats it. */
  private readonly sectionProperties = new Map<string, SectionProperties>();

  get size(): number {
    return this.pieces.size;
  }

  get slotStats(): SlotStats {
    return this.templates.stats();
  }

  /** The cached facts about a piece; a piece not seen before is built now and written on first use. */
  info(section: SectionSpec, piece: KeyedPiece): PieceXml {
    const cached = piece.key === undefined ? undefined : this.pieces.get(section.key, piece.key);
    if (cached) return cached;
    const slots = piece.key === undefined ? undefined : piece.slots?.();
    const template = slots && this.templates.template(section.key, slots, this.memo);
    // With a template, the piece itself is built only if docx must write it (not verified yet).
    const elements = template ? undefined : withBlockMemo(this.memo, piece.build);
    const endsWithParagraph = template ? template.endsWithParagraph : elements!.at(-1) instanceof Paragraph;
    const slotted = template && { template, texts: slots!.texts };
    const fresh: PieceXml = { xml: undefined, bytes: undefined, contextual: false, endsWithParagraph, elements, slotted, used: 0 };
    if (piece.key !== undefined) this.pieces.offer(section.key, piece.key, fresh);
    return fresh;
  }

  /** The piece's XML as docx writes it inside the body of its section; undefined when it must not be reused (format-piece.ts). */
  xmlOf(formatter: Formatter, file: FileInternals, seg: Exclude<Segment, "gap">): string | undefined {
    const { piece, info, section } = seg;
    if (info.xml !== undefined) {
      info.used++;
      return info.xml;
    }
    if (info.contextual) return undefined;
    const properties = this.propertiesOf(section);
    let xml = info.slotted && this.templates.fill(formatter, file, properties, info.slotted);
    if (xml === undefined) {
      const written = formatInSection(formatter, file, properties, info.elements ?? withBlockMemo(this.memo, piece.build));
      info.elements = undefined;
      if (written.contextual) {
        info.contextual = true;
        return undefined;
      }
      xml = written.xml;
      if (info.slotted) this.templates.compare(info.slotted, xml);
    }
    // As packDocx checks the whole part (the gaps are checked with docx's full compile).
    assertXmlChars(DOCUMENT_XML, xml);
    info.xml = xml;
    info.bytes = strToU8(xml);
    return xml;
  }

  private propertiesOf(section: SectionSpec): SectionProperties {
    let p = this.sectionProperties.get(section.key);
    if (!p) this.sectionProperties.set(section.key, (p = new SectionProperties(section.properties)));
    return p;
  }
}
