import { strToU8 } from "fflate";
import { CORE_OPTIONS, toDocument, type DocumentSpec } from "../docx/document-spec.js";
import { compiler, FIXED_MTIME, normalisePart, PACK_LEVEL, pinCoreDates } from "./pack-docx.js";
import { BatchPacker } from "./part-cache.js";
import { cutGaps } from "./document-gaps.js";
import type { FileInternals, Formatter } from "./format-piece.js";
import { DOCUMENT_XML, PieceStore, type Segment } from "./piece-store.js";
import { stringifyXmlable } from "./xml-stringify.js";
import { writeZip, zipEntry, type ZipEntry } from "./zip-writer.js";

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
 */

type Parts = Map<string, string | Uint8Array>;
interface Compiler {
  compile(doc: unknown): Parts;
  formatter: Formatter;
}

/** Full compiles per shape, each compared with the assembled document. */
export const VERIFY_PER_SHAPE = 2;
interface Shape {
  /** Text before, between and after the pieces, in order (see segments()). */
  gaps: string[] | undefined;
  /** The gaps as UTF-8. */
  gapBytes: Uint8Array[];
  verified: number;
  /** Full path for good: the assembled document differed from docx's. */
  broken: boolean;
  order: string[];
  fixed: Map<string, ZipEntry>;
  file: FileInternals;
}


export interface BlockCacheStats {
  /** Documents assembled from cached XML. */
  readonly assembled: number;
  /** Documents that went through docx's full compile (first of a shape, or not reusable). */
  readonly full: number;
  /** Shapes whose assembled document differed from docx's: always compiled in full. */
  readonly brokenShapes: number;
  readonly pieces: number;
}

function docxCompiler(): Compiler | undefined {
  const c = compiler() as Partial<Compiler> | undefined;
  return c && typeof c.compile === "function" && c.formatter && typeof c.formatter.format === "function" ? (c as Compiler) : undefined;
}

const STANDALONE = { standalone: "yes", encoding: "UTF-8" } as const;

export class BlockCachePacker {
  /** What docx wrote for each piece (piece-store.ts). */
  private readonly store = new PieceStore();
  private readonly shapes = new Map<string, Shape>();
  /** Documents this packer cannot assemble: docx's Document, packed by the earlier batch packer. */
  private readonly fallback = new BatchPacker();
  private assembledCount = 0;
  private fullCount = 0;

  stats(): BlockCacheStats {
    return {
      assembled: this.assembledCount,
      full: this.fullCount,
      brokenShapes: [...this.shapes.values()].filter((s) => s.broken).length,
      pieces: this.store.size,
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
    if (!shape || shape.verified < VERIFY_PER_SHAPE) return this.compileShape(c, spec, segments, key, isoTime);
    if (shape.broken) return this.viaDocument(spec, isoTime);
    const xml = this.assembleBytes(c, shape, segments);
    if (xml === undefined) return this.viaDocument(spec, isoTime);
    this.assembledCount++;
    return this.zip(shape, xml, this.coreXml(c, shape.file, spec), isoTime);
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

  /** word/document.xml as text: what the first documents of a shape compare with docx's. */
  private assemble(c: Compiler, shape: Shape, segments: readonly Segment[]): string | undefined {
    const gaps = shape.gaps!;
    let g = 0;
    let out = "";
    for (const seg of segments) {
      if (seg === "gap") {
        out += gaps[g++]!;
        continue;
      }
      const xml = this.store.xmlOf(c.formatter, shape.file, seg);
      if (xml === undefined) return undefined;
      out += xml;
    }
    return g === gaps.length ? out : undefined;
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

  /** Cuts the gaps out of docx's document.xml; undefined when a piece must not be reused or is not found there. */
  private gapsOf(c: Compiler, file: FileInternals, segments: readonly Segment[], documentXml: string): string[] | undefined {
    const slots: string[] = [];
    for (const seg of segments) {
      const xml = seg === "gap" ? "gap" : this.store.xmlOf(c.formatter, file, seg);
      if (xml === undefined) return undefined;
      slots.push(xml);
    }
    return cutGaps(documentXml, slots);
  }

  /** First documents of a shape: docx's full compile, kept (parts) and checked against the assembly. */
  private compileShape(c: Compiler, spec: DocumentSpec, segments: readonly Segment[], key: string, isoTime: string): Uint8Array {
    this.fullCount++;
    const doc = toDocument(spec);
    const full = c.compile(doc);
    const file = doc as unknown as FileInternals;
    const documentXml = full.get("word/document.xml");
    let shape = this.shapes.get(key);
    if (!shape) {
      const fixed = new Map<string, ZipEntry>();
      for (const [name, data] of full) if (name !== "word/document.xml" && name !== "docProps/core.xml") fixed.set(name, zipEntry(name, normalisePart(name, data, isoTime), PACK_LEVEL));
      shape = { gaps: undefined, gapBytes: [], verified: 0, broken: false, order: [...full.keys()], fixed, file };
      shape.gaps = typeof documentXml === "string" ? this.gapsOf(c, file, segments, documentXml) : undefined;
      shape.gapBytes = (shape.gaps ?? []).map((gap) => strToU8(gap));
      this.shapes.set(key, shape);
    }
    shape.verified++;
    if (!shape.broken) {
      const assembled = shape.gaps && this.assemble(c, shape, segments);
      const core = this.coreXml(c, shape.file, spec);
      const sameParts = [...full.keys()].join("\n") === shape.order.join("\n");
      // docx stamps core.xml with "now"; the dates written are pinned (pack-docx.ts).
      const fullCore = full.get("docProps/core.xml");
      const sameCore = typeof fullCore === "string" && pinCoreDates(core, isoTime) === pinCoreDates(fullCore, isoTime);
      if (assembled !== documentXml || !sameCore || !sameParts) shape.broken = true;
    }
    const entries = [...full].map(([name, data]) => zipEntry(name, normalisePart(name, data, isoTime), PACK_LEVEL));
    return writeZip(entries, FIXED_MTIME);
  }

  /** docProps/core.xml as docx's File writes it for these options (File's constructor defaults included). */
  private coreXml(c: Compiler, file: FileInternals, spec: DocumentSpec): string {
    const Core = file.CoreProperties.constructor as new (options: object) => object;
    const o = spec.options;
    const core = new Core({ ...o, creator: o.creator ?? "Un-named", revision: o.revision ?? 1, lastModifiedBy: o.lastModifiedBy ?? "Un-named" });
    return stringifyXmlable(c.formatter.format(core, { viewWrapper: file.Document, file, stack: [] }), STANDALONE);
  }

  private zip(shape: Shape, documentXml: Uint8Array, coreXml: string, isoTime: string): Uint8Array {
    const entries = shape.order.map((name) => {
      const fixed = shape.fixed.get(name);
      if (fixed) return fixed;
      // document.xml: its pieces and gaps were checked when first written (normalisePart's only work on it).
      return zipEntry(name, name === DOCUMENT_XML ? documentXml : normalisePart(name, coreXml, isoTime), PACK_LEVEL);
    });
    return writeZip(entries, FIXED_MTIME);
  }
}
