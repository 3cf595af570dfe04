import { Packer, type Document } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { codePointName, firstXmlIllegal } from "../load/xml-chars.js";
import { precompressedEntry } from "./precompressed.js";
import { PRECOMPRESSED_PARTS } from "./precompressed-parts.js";
import { writeZip, zipEntry } from "./zip-writer.js";

/**
 * Stage 7: Document → DOCX bytes, identical for identical input on any day, machine or time
 * zone. docx stamps core.xml with "now" and zips every entry with the current time; here the
 * package is zipped once, by us, with those fixed.
 */

/** Local-time components: fflate writes DOS local time, so this gives the same bytes in every TZ. */
export const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** DEFLATE level of every entry (part-cache.ts writes the same). */
export const PACK_LEVEL = 6;

type Parts = Map<string, string | Uint8Array>;
interface CompilerLike {
  compile(doc: Document, prettify?: unknown, overrides?: unknown[]): Parts;
}

/**
 * docx's Compiler yields the package's parts before zipping, which saves zipping twice. It is
 * not public API, so fall back to zip → unzip when a future docx moves it (the bytes are the
 * same either way: test/pack/pack-docx.test.ts).
 */
export function compiler(): CompilerLike | undefined {
  const candidate = (Packer as unknown as { compiler?: CompilerLike }).compiler;
  return candidate && typeof candidate.compile === "function" ? candidate : undefined;
}

export const pinCoreDates = (xml: string, iso: string): string =>
  xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);

/**
 * docx puts a footnoteRef run inside the separator notes, which Word reports as damaged
 * (docx-library.md Q7); the separators need no reference mark.
 */
export const fixNoteSeparators = (xml: string): string =>
  xml.replace(
    /(<w:(footnote|endnote) w:type="(?:separator|continuationSeparator)"[^>]*>)([\s\S]*?)(<\/w:\2>)/g,
    (_m, open: string, _tag: string, body: string, close: string) =>
      open + body.replace(/<w:r><w:rPr><w:rStyle w:val="(?:Footnote|Endnote)Reference"\/><\/w:rPr><w:(?:footnote|endnote)Ref\/><\/w:r>/g, "") + close,
  );

/**
 * Last guard before bytes are written: a part with a character XML 1.0 forbids would give a
 * document Word refuses, with exit 0. The load and render stages report such characters where
 * they were written; reaching this means a value came in some other way.
 */
export function assertXmlChars(name: string, xml: string): void {
  const at = firstXmlIllegal(xml);
  if (at < 0) return;
  throw new KehoachError(
    "render",
    errorDiagnostic("output-xml-illegal-char", t(`văn bản sẽ chứa ký tự ${codePointName(xml, at)} (trong ${name}), không được phép trong XML; không ghi tệp`, `the document would hold the character ${codePointName(xml, at)} (in ${name}), which XML does not allow; nothing written`), {
      hint: t("tìm ký tự lạ trong các giá trị kế hoạch dùng (danh sách đơn vị, vars)", "look for a stray character in the values the plan uses (unit list, vars)"),
    }),
  );
}

export function normalisePart(name: string, data: string | Uint8Array, iso: string): Uint8Array {
  if (!/\.(xml|rels)$/.test(name)) return typeof data === "string" ? strToU8(data) : data;
  let xml = typeof data === "string" ? data : strFromU8(data);
  assertXmlChars(name, xml);
  if (name === "docProps/core.xml") xml = pinCoreDates(xml, iso);
  if (name === "word/footnotes.xml" || name === "word/endnotes.xml") xml = fixNoteSeparators(xml);
  return strToU8(xml);
}

function zipParts(parts: Iterable<[string, string | Uint8Array]>, iso: string): Uint8Array {
  // Parts compressed ahead of time (the CLI's bundle only): the same bytes as zipSync's.
  if (PRECOMPRESSED_PARTS.size > 0) {
    const entries = [...parts].map(([name, data]) => {
      const raw = normalisePart(name, data, iso);
      return precompressedEntry(PRECOMPRESSED_PARTS, name, raw) ?? zipEntry(name, raw, PACK_LEVEL);
    });
    return writeZip(entries, FIXED_MTIME);
  }
  const files: Zippable = {};
  for (const [name, data] of parts) files[name] = [normalisePart(name, data, iso), { mtime: FIXED_MTIME, level: PACK_LEVEL }];
  return zipSync(files);
}

export async function packDocx(doc: Document, isoTime: string, mode: "auto" | "repack" = "auto"): Promise<Uint8Array> {
  const direct = mode === "auto" ? compiler() : undefined;
  if (direct) return zipParts(direct.compile(doc), isoTime);
  const zipped = await Packer.toBuffer(doc);
  return zipParts(Object.entries(unzipSync(new Uint8Array(zipped))), isoTime);
}
