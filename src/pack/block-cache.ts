import { CORE_OPTIONS, toDocument, type DocumentSpec } from "../docx/document-spec.js";
import { compiler, FIXED_MTIME, normalisePart, PACK_LEVEL } from "./pack-docx.js";
import { BatchPacker } from "./part-cache.js";
import { DOCUMENT_XML, PieceStore, type Segment } from "./piece-store.js";
import { CoreTemplates } from "./core-template.js";
import { compileShape, VERIFY_PER_SHAPE, type Compiler, type Shape } from "./shape-check.js";
import { writeZip, zipEntry } from "./zip-writer.js";

export { VERIFY_PER_SHAPE } from "./shape-check.js";

/**
 * Stage 6–7 for a batch, without a docx Document per unit: the bytes of `build`, from XML that
 * docx wrote once per batch.
 *
 * A unit's document spec (docx/document-spec.ts) lists the body's pieces with keys. Each
 * piece is built and serialised by docx the first time its key is seen (formatted as docx's
 * compile formats a child of the body) and its XML is kept; word/document.xml is then the
 * pieces' XML between the "gaps" of the document's shape: the part before the first piece
 * (declaration, namespaces, <w:body>), the paragraphs that end a section (with its sectPr)
 * and the final sectPr. docProps/core.xml (title, creator…) is docx's CoreProperties of the
 * unit's options; every other part comes from docx's full compile of the shape.
 *
 * A shape is what the gaps and the other parts depend on: the document options except the
 * core properties, each section's key, and the piece that ends each section but the last
 * when it is a paragraph (docx writes the section's properties into it). The first
 * documents of each shape (VERIFY_PER_SHAPE) go through docx's full compile; the gaps are cut
 * out of it, and the document is assembled from the pieces as well and compared with the
 * full compile: any difference, and the shape always takes the full path (stats().full).
 * A piece whose formatting reads the document around it (numbering, relationships, notes,
 * media: anything of the File but its theme colours) is never reused: its unit takes the
 * full path. Documents whose options hold more than core properties and styles take it too.
 * The first documents' full compile and comparison: shape-check.ts.
 */

export interface BlockCacheStats {
  /** Documents assembled from cached XML. */
  readonly assembled: number;
  /** Documents that went through docx's full compile (first of a shape, or not reusable). */
  readonly full: number;
  /** Shapes whose assembled document differed from docx's: always compiled in full. */
  readonly brokenShapes: number;
  readonly pieces: number;
  /** Pieces written from a template of their texts (slot-templates.ts), and templates found unusable. */
  readonly slotted: number;
  readonly brokenTemplates: number;
}

function docxCompiler(): Compiler | undefined {
  const c = compiler() as Partial<Compiler> | undefined;
  return c && typeof c.compile === "function" && c.formatter && typeof c.formatter.format === "function" ? (c as Compiler) : undefined;
}

export class BlockCachePacker {
  /** What docx wrote for each piece (piece-store.ts). */
  private readonly store = new PieceStore();
  private readonly shapes = new Map<string, Shape>();
  /** Documents this packer cannot assemble: docx's Document, packed by the earlier batch packer. */
  private readonly fallback = new BatchPacker();
  /** docProps/core.xml from a template of its texts (core-template.ts). */
  private readonly core = new CoreTemplates();
  private assembledCount = 0;
  private fullCount = 0;

  stats(): BlockCacheStats {
    return {
      assembled: this.assembledCount,
      full: this.fullCount,
      brokenShapes: [...this.shapes.values()].filter((s) => s.broken).length,
      pieces: this.store.size,
      slotted: this.store.slotStats.filled,
      brokenTemplates: this.store.slotStats.broken,
    };
  }

  async pack(spec: DocumentSpec, isoTime: string): Promise<Uint8Array> {
    const c = docxCompiler();
    const reusable = c && spec.optionsKey !== undefined && Object.keys(spec.options).every((k) => k === "styles" || (CORE_OPTIONS as readonly string[]).includes(k));
    if (!c || !reusable) return this.viaDocument(spec, isoTime);
    const resolved = this.segments(spec);
    if (!resolved) return this.viaDocument(spec, isoTime);
    const { segments, shapeKey: key } = resolved;
    const shape = this.shapes.get(key);
    if (!shape || shape.verified < VERIFY_PER_SHAPE) {
      this.fullCount++;
      return compileShape(this.store, this.shapes, c, spec, segments, key, isoTime);
    }
    if (shape.broken) return this.viaDocument(spec, isoTime);
    const xml = this.assembleBytes(c, shape, segments);
    if (xml === undefined) return this.viaDocument(spec, isoTime);
    this.assembledCount++;
    return this.zip(shape, xml, this.core.xml(c, shape.file, spec, isoTime), isoTime);
  }

  private async viaDocument(spec: DocumentSpec, isoTime: string): Promise<Uint8Array> {
    this.fullCount++;
    return this.fallback.pack(toDocument(spec), isoTime);
  }

  /**
   * The pieces in order, with a "gap" where docx writes something of its own, and the shape's
   * key: what the gaps and the parts other than document.xml and core.xml depend on.
   * undefined when a section but the last ends in a paragraph without a key.
   */
  private segments(spec: DocumentSpec): { segments: Segment[]; shapeKey: string } | undefined {
    const segments: Segment[] = ["gap"];
    const sections: unknown[] = [];
    const last = spec.sections.length - 1;
    for (let s = 0; s <= last; s++) {
      const section = spec.sections[s]!;
      let endKey: string | null = null;
      section.pieces.forEach((piece, j) => {
        const info = this.store.info(section, piece);
        if (s < last && j === section.pieces.length - 1 && info.endsWithParagraph) {
          // docx writes the section's properties into this paragraph: part of the gap.
          endKey = piece.key ?? "";
          segments.push("gap");
        } else segments.push({ piece, info, section });
      });
      if (endKey === "") return undefined;
      if (s < last && segments.at(-1) !== "gap") segments.push("gap");
      sections.push([section.key, endKey]);
    }
    if (segments.at(-1) !== "gap") segments.push("gap");
    return { segments, shapeKey: JSON.stringify([spec.optionsKey, sections]) };
  }

  /**
   * The same document as UTF-8, from the bytes kept with each piece and gap: the concatenation
   * of their encodings is the encoding of the concatenated text (each is whole XML text).
   */
  private assembleBytes(c: Compiler, shape: Shape, segments: readonly Segment[]): Uint8Array | undefined {
    const parts: Uint8Array[] = [];
    let g = 0;
    for (const seg of segments) {
      let bytes: Uint8Array | undefined;
      if (seg === "gap") bytes = shape.gapBytes[g++];
      else if (this.store.xmlOf(c.formatter, shape.file, seg) !== undefined) bytes = seg.info.bytes;
      if (bytes === undefined) return undefined;
      parts.push(bytes);
    }
    return g === shape.gapBytes.length ? Buffer.concat(parts) : undefined;
  }

  private zip(shape: Shape, documentXml: Uint8Array, core: string, isoTime: string): Uint8Array {
    const entries = shape.order.map((name) => {
      const fixed = shape.fixed.get(name);
      if (fixed) return fixed;
      // document.xml: its pieces and gaps were checked when first written (normalisePart's only work on it).
      return zipEntry(name, name === DOCUMENT_XML ? documentXml : normalisePart(name, core, isoTime), PACK_LEVEL);
    });
    return writeZip(entries, FIXED_MTIME);
  }
}
