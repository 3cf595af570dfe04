import type { Document } from "docx";
import { compiler, FIXED_MTIME, normalisePart, packDocx, PACK_LEVEL } from "./pack-docx.js";
import { stringifyXmlable, type Xmlable } from "./xml-stringify.js";
import { writeZip, zipEntry, type ZipEntry } from "./zip-writer.js";

/**
 * Stage 7 for a batch: the same bytes as `packDocx`, about twice as fast.
 *
 * Profiling the per-unit render (`node --cpu-prof`, README "Hiệu năng") showed two thirds of
 * the time in packing: docx's compile of all 21 package parts and fflate's DEFLATE of them.
 * Between the units of one batch only a few parts change: document.xml (the text), core.xml
 * (title, creator, dates) and, in principle, headers, footers and notes. Styles, theme,
 * settings, numbering, fontTable, app/custom properties, relationships and [Content_Types]
 * depend only on what writeDocx passes identically for every plan and on the package's
 * shape (how many sections/headers, which relationships). So this packer
 *   - formats and serialises only the per-unit parts, with docx's own Formatter and
 *     placeholder replacers and a copy of its XML writer (xml-stringify.ts);
 *   - takes every other part from the full compile of the first unit with the same shape,
 *     already DEFLATEd, and writes the archive with zip-writer.ts (fflate's exact format).
 * Safety: the shape key holds everything docx reads from the document when writing the
 * reused parts (relationships as XML, numbering instances, header/footer/note counts);
 * documents with media, comments, embedded fonts or macros take the full path; and the first
 * document of every shape is packed both ways and compared — on any difference the packer
 * falls back to `packDocx` for the rest of the batch (`stats().fallback`). Tests:
 * test/pack/part-cache.test.ts and the batch-vs-build identity test in test/batch.
 */

type Parts = Map<string, string | Uint8Array>;
interface FormatContext {
  viewWrapper: unknown;
  file: unknown;
  stack: unknown[];
}
interface FullCompiler {
  compile(doc: Document): Parts;
  formatter: { format(view: unknown, context: FormatContext): Xmlable };
  imageReplacer: { getMediaData(xml: string, media: unknown): unknown[]; replace(xml: string, images: unknown[], offset: number): string };
  numberingReplacer: { replace(xml: string, concrete: unknown): string };
}

/** The parts of docx's File this packer reads (docx internals, checked before use). */
interface FileInternals {
  Document: { View: unknown; Relationships: { RelationshipCount: number } };
  CoreProperties: unknown;
  Headers: { View: unknown }[];
  Footers: { View: unknown }[];
  FootNotes: { View: unknown; Relationships: { RelationshipCount: number } };
  Endnotes: { View: unknown; Relationships: { RelationshipCount: number } };
  Comments: { IsEmpty: boolean };
  CommentsExtended?: unknown;
  CommentsIds?: unknown;
  Media: { Array: unknown[] };
  Numbering: { ConcreteNumbering: { reference: string; instance: number; numId: number; restartedListId?: unknown }[] };
  FontTable: { files: unknown[] };
  Macros?: unknown;
}

interface Shape {
  readonly order: readonly string[];
  readonly fixed: ReadonlyMap<string, ZipEntry>;
}

const STANDALONE = { standalone: "yes", encoding: "UTF-8" } as const;
const PLAIN = { encoding: "UTF-8" } as const;

function fullCompiler(): FullCompiler | undefined {
  const c = compiler() as Partial<FullCompiler> | undefined;
  return c && c.formatter && c.imageReplacer && c.numberingReplacer ? (c as FullCompiler) : undefined;
}

/** Documents whose extra parts this packer does not model go the full way. */
function simpleEnough(f: FileInternals): boolean {
  return (
    Array.isArray(f.Media?.Array) &&
    f.Media.Array.length === 0 &&
    f.Comments?.IsEmpty === true &&
    !f.CommentsExtended &&
    !f.CommentsIds &&
    f.Macros === undefined &&
    Array.isArray(f.FontTable?.files) &&
    f.FontTable.files.length === 0 &&
    Array.isArray(f.Headers) &&
    Array.isArray(f.Footers)
  );
}

export interface PackerStats {
  /** Documents packed from cached parts. */
  readonly fast: number;
  /** Documents packed by the full compile (first of each shape, or everything after a fallback). */
  readonly full: number;
  /** Whether the fast path was found to differ from docx's own compile and was switched off. */
  readonly fallback: boolean;
}

export class BatchPacker {
  private readonly shapes = new Map<string, Shape>();
  /** Per-unit parts whose text repeats (headers, notes): content → compressed entry. */
  private readonly repeats = new Map<string, ZipEntry>();
  private disabled = false;
  private fastCount = 0;
  private fullCount = 0;

  stats(): PackerStats {
    return { fast: this.fastCount, full: this.fullCount, fallback: this.disabled };
  }

  async pack(doc: Document, isoTime: string): Promise<Uint8Array> {
    const c = this.disabled ? undefined : fullCompiler();
    const file = doc as unknown as FileInternals;
    if (!c || !simpleEnough(file)) {
      this.fullCount++;
      return packDocx(doc, isoTime);
    }
    const perUnit = this.unitParts(c, file);
    const key = this.shapeKey(c, file);
    let shape = this.shapes.get(key);
    if (!shape) {
      // First document of this shape: compile it all, keep the parts that do not vary, and
      // check that the per-unit parts written above are exactly docx's.
      const full = c.compile(doc);
      this.fullCount++;
      const same = [...perUnit].every(([name, xml]) => full.get(name) === xml);
      if (!same) {
        this.disabled = true;
        return this.zip([...full].map(([name, data]) => this.entry(name, data, isoTime, false)));
      }
      const fixed = new Map<string, ZipEntry>();
      for (const [name, data] of full) if (!perUnit.has(name)) fixed.set(name, this.entry(name, data, isoTime, false));
      shape = { order: [...full.keys()], fixed };
      this.shapes.set(key, shape);
    } else {
      this.fastCount++;
    }
    const entries = shape.order.map((name) => shape.fixed.get(name) ?? this.entry(name, perUnit.get(name)!, isoTime, name !== "word/document.xml" && name !== "docProps/core.xml"));
    return this.zip(entries);
  }

  private zip(entries: ZipEntry[]): Uint8Array {
    return writeZip(entries, FIXED_MTIME);
  }

  private entry(name: string, data: string | Uint8Array, isoTime: string, repeats: boolean): ZipEntry {
    if (!repeats || typeof data !== "string") return zipEntry(name, normalisePart(name, data, isoTime), PACK_LEVEL);
    const cacheKey = `${name}\u0000${data}`;
    let hit = this.repeats.get(cacheKey);
    if (!hit) {
      if (this.repeats.size >= 256) this.repeats.clear();
      hit = zipEntry(name, normalisePart(name, data, isoTime), PACK_LEVEL);
      this.repeats.set(cacheKey, hit);
    }
    return hit;
  }

  /** The parts that may change between units, written as docx's compile writes them (same order of formatting). */
  private unitParts(c: FullCompiler, f: FileInternals): Map<string, string> {
    const fmt = (view: unknown, viewWrapper: unknown): Xmlable => c.formatter.format(view, { viewWrapper, file: f, stack: [] });
    const numbering = (xml: string): string => c.numberingReplacer.replace(xml, f.Numbering.ConcreteNumbering);
    const parts = new Map<string, string>();
    // docx formats the document first: formatting may add relationships and numbering instances.
    parts.set("word/document.xml", numbering(stringifyXmlable(fmt(f.Document.View, f.Document), STANDALONE)));
    parts.set("word/footnotes.xml", numbering(stringifyXmlable(fmt(f.FootNotes.View, f.FootNotes), STANDALONE)));
    parts.set("word/endnotes.xml", numbering(stringifyXmlable(fmt(f.Endnotes.View, f.Endnotes), PLAIN)));
    parts.set("docProps/core.xml", stringifyXmlable(fmt(f.CoreProperties, f.Document), STANDALONE));
    f.Headers.forEach((h, i) => parts.set(`word/header${i + 1}.xml`, numbering(stringifyXmlable(fmt(h.View, h), PLAIN))));
    f.Footers.forEach((h, i) => parts.set(`word/footer${i + 1}.xml`, numbering(stringifyXmlable(fmt(h.View, h), PLAIN))));
    return parts;
  }

  /** What the reused parts depend on, read after the per-unit parts were formatted. */
  private shapeKey(c: FullCompiler, f: FileInternals): string {
    const rels = stringifyXmlable(c.formatter.format(f.Document.Relationships, { viewWrapper: f.Document, file: f, stack: [] }), PLAIN);
    const numbering = f.Numbering.ConcreteNumbering.map((n) => [n.reference, n.instance, n.numId, String(n.restartedListId ?? "")]);
    return JSON.stringify([
      f.Headers.length,
      f.Footers.length,
      f.FootNotes.Relationships.RelationshipCount,
      f.Endnotes.Relationships.RelationshipCount,
      numbering,
      rels,
    ]);
  }
}
