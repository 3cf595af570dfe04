import { Document, Packer, Paragraph } from "docx";
import type { FileInternals, Formatter } from "../../src/pack/format-piece.js";

/** docx's compiler and its formatter (docx internals the batch packer uses: pack/format-piece.ts). */
export const compiler = (Packer as unknown as { compiler: { formatter: Formatter; compile(doc: unknown): Map<string, unknown> } }).compiler;

/** A compiled File, as the block cache keeps one per document shape. */
export function compiledFile(): FileInternals {
  const doc = new Document({ sections: [{ children: [new Paragraph("x")] }] });
  compiler.compile(doc);
  return doc as unknown as FileInternals;
}
