import { strToU8 } from "fflate";
import { toDocument, type DocumentSpec } from "../docx/document-spec.js";
import { FIXED_MTIME, normalisePart, PACK_LEVEL, pinCoreDates } from "./pack-docx.js";
import { cutGaps } from "./document-gaps.js";
import type { FileInternals, Formatter } from "./format-piece.js";
import type { PieceStore, Segment } from "./piece-store.js";
import { stringifyXmlable } from "./xml-stringify.js";
import { writeZip, zipEntry, type ZipEntry } from "./zip-writer.js";

/**
 * The batch packer's safety net (block-cache.ts): the first documents of each shape go
 * through docx's full compile, which gives the shape's gaps and its other parts, and the
 * document assembled from cached pieces is compared with it. Any difference marks the shape
 * broken: its documents always take the full path.
 */

export type Parts = Map<string, string | Uint8Array>;
export interface Compiler {
  compile(doc: unknown): Parts;
  formatter: Formatter;
}

/** Full compiles per shape, each compared with the assembled document. */
export const VERIFY_PER_SHAPE = 2;

export interface Shape {
  /** Text before, between and after the pieces, in order (see BlockCachePacker.segments()). */
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

const STANDALONE = { standalone: "yes", encoding: "UTF-8" } as const;

/** docProps/core.xml as docx's File writes it for these options (File's constructor defaults included). */
export function coreXml(c: Compiler, file: FileInternals, spec: DocumentSpec): string {
  const Core = file.CoreProperties.constructor as new (options: object) => object;
  const o = spec.options;
  const core = new Core({ ...o, creator: o.creator ?? "Un-named", revision: o.revision ?? 1, lastModifiedBy: o.lastModifiedBy ?? "Un-named" });
  return stringifyXmlable(c.formatter.format(core, { viewWrapper: file.Document, file, stack: [] }), STANDALONE);
}

/** word/document.xml as text from the cached pieces and the shape's gaps. */
function assemble(store: PieceStore, c: Compiler, shape: Shape, segments: readonly Segment[]): string | undefined {
  const gaps = shape.gaps!;
  let g = 0;
  let out = "";
  for (const seg of segments) {
    if (seg === "gap") {
      out += gaps[g++]!;
      continue;
    }
    const xml = store.xmlOf(c.formatter, shape.file, seg);
    if (xml === undefined) return undefined;
    out += xml;
  }
  return g === gaps.length ? out : undefined;
}

/** Cuts the gaps out of docx's document.xml; undefined when a piece must not be reused or is not found there. */
function gapsOf(store: PieceStore, c: Compiler, file: FileInternals, segments: readonly Segment[], documentXml: string): string[] | undefined {
  const slots: string[] = [];
  for (const seg of segments) {
    const xml = seg === "gap" ? "gap" : store.xmlOf(c.formatter, file, seg);
    if (xml === undefined) return undefined;
    slots.push(xml);
  }
  return cutGaps(documentXml, slots);
}

/**
 * One of the first documents of a shape: docx's full compile, packed as `build` packs it. The
 * first one makes the shape (its gaps, its fixed parts); each is checked against the assembly.
 */
export function compileShape(
  store: PieceStore,
  shapes: Map<string, Shape>,
  c: Compiler,
  spec: DocumentSpec,
  segments: readonly Segment[],
  key: string,
  isoTime: string,
): Uint8Array {
  const doc = toDocument(spec);
  const full = c.compile(doc);
  const file = doc as unknown as FileInternals;
  const documentXml = full.get("word/document.xml");
  // The package as `build` writes it; a new shape keeps the entries of its fixed parts.
  const entries = [...full].map(([name, data]) => zipEntry(name, normalisePart(name, data, isoTime), PACK_LEVEL));
  let shape = shapes.get(key);
  if (!shape) {
    const fixed = new Map<string, ZipEntry>();
    for (const entry of entries) if (entry.name !== "word/document.xml" && entry.name !== "docProps/core.xml") fixed.set(entry.name, entry);
    shape = { gaps: undefined, gapBytes: [], verified: 0, broken: false, order: [...full.keys()], fixed, file };
    shape.gaps = typeof documentXml === "string" ? gapsOf(store, c, file, segments, documentXml) : undefined;
    shape.gapBytes = (shape.gaps ?? []).map((gap) => strToU8(gap));
    shapes.set(key, shape);
  }
  shape.verified++;
  if (!shape.broken) {
    const assembled = shape.gaps && assemble(store, c, shape, segments);
    const core = coreXml(c, shape.file, spec);
    const sameParts = [...full.keys()].join("\n") === shape.order.join("\n");
    // docx stamps core.xml with "now"; the dates written are pinned (pack-docx.ts).
    const fullCore = full.get("docProps/core.xml");
    const sameCore = typeof fullCore === "string" && pinCoreDates(core, isoTime) === pinCoreDates(fullCore, isoTime);
    if (assembled !== documentXml || !sameCore || !sameParts) shape.broken = true;
  }
  return writeZip(entries, FIXED_MTIME);
}
