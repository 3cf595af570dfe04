import { Document, PageOrientation, Paragraph, type IPropertiesOptions, type ISectionOptions, type Table } from "docx";
import { ND30 } from "../layout/nd30.js";
import type { AppendixLayout, AppendixPiece, Block, Footnote, LayoutDoc, TitleBlock } from "../layout/layout-model.js";
import { appendixHead, appendixSignature, appendixTable } from "./appendix.js";
import { textRun } from "./runs.js";
import { bodyParagraph } from "./body-blocks.js";
import { headerBand, issuerRuleSideTwip } from "./header-band.js";
import { pageNumberHeaders } from "./page-numbers.js";
import { signatureTable } from "./signature.js";
import { slotBlock, slotHeaderBand, slotSignature, textSlots, type TextSlots } from "./text-slots.js";
import { documentStyles } from "./styles.js";
import { titleLinesParagraph, titleRuleSideTwip, titleTypeParagraph } from "./title-block.js";
import { sidedRuleParagraph } from "./rules.js";
import { mmToTwip } from "./units.js";

/**
 * Stage 6 as a list of what to build rather than the built docx tree: every top-level piece of
 * the body (a paragraph, a table, a few paragraphs that always go together) comes with a key,
 * the JSON of everything its `build` reads. `build` makes the docx objects (docx stays the one
 * writer of OOXML); `toDocument` builds them all into a docx Document (`kehoach build`). A
 * batch (pack/block-cache.ts) builds and serialises only the pieces whose key it has not seen
 * yet and reuses the XML docx wrote for the others, so it never builds a Document per unit.
 * A piece without a key is built for every unit.
 */

export type BodyElement = Paragraph | Table;

export interface KeyedPiece {
  /** Determines the piece's XML entirely (see above); undefined: never reused. */
  readonly key: string | undefined;
  readonly build: () => readonly BodyElement[];
  /**
   * The same piece with its texts in slots (text-slots.ts), worked out only when a batch meets
   * a key it has not written yet; absent or undefined: the piece has no texts to slot.
   */
  readonly slots?: () => TextSlots | undefined;
}

export interface SectionSpec {
  readonly properties: NonNullable<ISectionOptions["properties"]>;
  readonly headers: () => NonNullable<ISectionOptions["headers"]>;
  /** Determines the section's properties and headers entirely (the same rule as a piece's key). */
  readonly key: string;
  readonly pieces: readonly KeyedPiece[];
}

/** Document options other than the sections: core properties (per unit) and styles (fixed). */
export type DocumentOptions = Omit<IPropertiesOptions, "sections">;

export interface DocumentSpec {
  readonly options: DocumentOptions;
  /**
   * Determines every option except the core properties (title, subject, creator,
   * lastModifiedBy, description, revision, which docProps/core.xml holds); undefined: the
   * options hold something a batch cannot reuse, so it builds the whole Document.
   */
  readonly optionsKey: string | undefined;
  readonly sections: readonly SectionSpec[];
}

/** The options that go to docProps/core.xml only. */
export const CORE_OPTIONS = ["title", "subject", "creator", "lastModifiedBy", "description", "revision"] as const;

function pageProperties(orientation: "portrait" | "landscape", restartNumbering: boolean): SectionSpec["properties"] {
  const m = ND30.margins;
  return {
    titlePage: true,
    page: {
      // docx swaps width and height itself for landscape.
      size: {
        width: mmToTwip(ND30.page.widthMm.value),
        height: mmToTwip(ND30.page.heightMm.value),
        orientation: orientation === "portrait" ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
      },
      margin: {
        top: mmToTwip(m.topMm.value),
        bottom: mmToTwip(m.bottomMm.value),
        left: mmToTwip(m.leftMm.value),
        right: mmToTwip(m.rightMm.value),
        header: mmToTwip(m.headerMm.value),
        footer: mmToTwip(m.headerMm.value),
        gutter: 0,
      },
      // Each appendix is numbered on its own (PL I, Phần III, I.1c).
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

let stylesJson: string | undefined;
/** documentStyles() takes no input, so its JSON is worked out once. */
const stylesKey = (): string => (stylesJson ??= JSON.stringify(["styles", documentStyles()]));

const piece = (key: unknown[], build: () => readonly BodyElement[], slots?: () => TextSlots | undefined): KeyedPiece => ({ key: JSON.stringify(key), build, ...(slots ? { slots } : {}) });

/**
 * The key of a body block without extra spacing, kept with the block: the layout hands a batch
 * the same block object for a line the model plan repeats in every unit (cache/text-memo.ts),
 * and the same key string then costs neither its JSON nor, in the packer's maps, its hash.
 */
const bodyKeys = new WeakMap<Block, string>();
function bodyKey(block: Block): string {
  let key = bodyKeys.get(block);
  if (key === undefined) bodyKeys.set(block, (key = JSON.stringify(["body", block, null])));
  return key;
}

/** One piece per body block; `firstSpacingBeforeTwip` sets the space above the first. */
export function bodyPieces(blocks: readonly Block[], firstSpacingBeforeTwip?: number): KeyedPiece[] {
  return blocks.map((block, i) => {
    const spacing = i === 0 && firstSpacingBeforeTwip !== undefined ? firstSpacingBeforeTwip : null;
    const build = () => [bodyParagraph(block, spacing)];
    const slots = () => textSlots(block, slotBlock, (b) => ["body", b, spacing], (b) => [bodyParagraph(b, spacing)]);
    return spacing === null ? { key: bodyKey(block), build, slots } : piece(["body", block, spacing], build, slots);
  });
}

/**
 * The title's three paragraphs as pieces of their own: the trích yếu names the unit (its
 * texts slotted) and the rule under it follows its length (its indents slotted); "KẾ HOẠCH"
 * is the same for all.
 */
function titlePieces(title: TitleBlock): KeyedPiece[] {
  const ruleSide = titleRuleSideTwip(title.ruleMm);
  return [
    piece(["title-type", title.typeName], () => [titleTypeParagraph(title.typeName)]),
    piece(["title-lines", title.lines], () => [titleLinesParagraph(title.lines)], () => textSlots(title.lines, (s, lines) => s.lines(lines), (l) => ["title-lines", l], (l) => [titleLinesParagraph(l)])),
    piece(["title-rule", ruleSide], () => [sidedRuleParagraph(ruleSide)], () => textSlots(ruleSide, (s, side) => s.number(side), (side) => ["title-rule", side], (side) => [sidedRuleParagraph(side)])),
  ];
}

/** Appendix content in the order the plan gives it: paragraphs, tables, a signature block. */
function appendixPieces(content: AppendixPiece, a: AppendixLayout): KeyedPiece[] {
  switch (content.kind) {
    case "blocks":
      return bodyPieces(content.blocks);
    case "table":
      return [piece(["appendix-table", content.table], () => appendixTable(content.table))];
    case "signature":
      return [piece(["appendix-signature", content.signature, a.orientation], () => [appendixSignature(content.signature, a.orientation)])];
  }
}

/** The footnotes part: each note in the FootnoteText style, a space after its number as Word writes it. */
function footnoteOptions(notes: readonly Footnote[]): Pick<DocumentOptions, "footnotes"> {
  if (notes.length === 0) return {};
  const entries = notes.map((note) => [note.number, { children: [new Paragraph({ style: "FootnoteText", children: [textRun({ text: " " }), ...note.runs.map((r) => textRun(r))] })] }] as const);
  return { footnotes: Object.fromEntries(entries) };
}

function section(orientation: "portrait" | "landscape", restartNumbering: boolean, pieces: KeyedPiece[]): SectionSpec {
  return {
    properties: pageProperties(orientation, restartNumbering),
    headers: pageNumberHeaders,
    key: JSON.stringify(["page-number-headers", orientation, restartNumbering]),
    pieces,
  };
}

export function documentSpec(layout: LayoutDoc): DocumentSpec {
  const main = section("portrait", false, [
    // The band's template: its texts and the indents of the rule under the issuer slotted.
    piece(["header-band", layout.header], () => headerBand(layout.header), () => textSlots({ band: layout.header, ruleSide: issuerRuleSideTwip(layout.header) }, slotHeaderBand, (d) => ["header-band", { ...d.band, issuerRuleMm: d.ruleSide }], (d) => headerBand(d.band, d.ruleSide))),
    ...titlePieces(layout.title),
    ...bodyPieces(layout.body, 240),
    piece(["signature", layout.signature], () => [signatureTable(layout.signature)], () => textSlots(layout.signature, slotSignature, (s) => ["signature", s], (s) => [signatureTable(s)])),
  ]);
  const appendices = layout.appendices.map((a) =>
    section(a.orientation, true, [
      piece(["appendix-head", a.label, a.title, a.reference, a.ruleMm, a.orientation], () => appendixHead(a)),
      ...a.content.flatMap((c) => appendixPieces(c, a)),
    ]),
  );
  const footnotes = footnoteOptions(layout.footnotes);
  return {
    options: {
      title: layout.meta.title,
      subject: layout.meta.subject,
      creator: layout.meta.creator,
      lastModifiedBy: "kehoach",
      description: layout.meta.description,
      revision: 1,
      styles: documentStyles(),
      ...footnotes,
    },
    // Footnotes are per document: a batch builds such a Document whole (its footnotes part with it).
    optionsKey: layout.footnotes.length > 0 ? undefined : stylesKey(),
    sections: [main, ...appendices],
  };
}

/** Builds every piece: the docx Document of `kehoach build`. */
export function toDocument(spec: DocumentSpec): Document {
  return new Document({
    ...spec.options,
    sections: spec.sections.map((s) => ({
      properties: s.properties,
      headers: s.headers(),
      children: s.pieces.flatMap((p) => p.build()),
    })),
  });
}
