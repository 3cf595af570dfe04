import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef } from "pdf-lib";

/**
 * LibreOffice's PDF differs from run to run in three places only (measured on 7.4: `cmp`
 * of two conversions): the creation date (the clock), the trailer /ID (derived from the clock)
 * and the /DocChecksum; in PDF/A also the creation date inside the sRGB colour profile it
 * generates for the output intent. This stage replaces them with values taken from the document, so the
 * same DOCX gives the same PDF bytes: the date is the DOCX's own creation date (the plan's
 * issue date, or SOURCE_DATE_EPOCH), the /ID is a hash of the DOCX, and the non-standard
 * /DocChecksum goes. The XMP packet (PDF/A) is kept in step with the Info dictionary, as
 * PDF/A requires.
 */

export interface PdfMeta {
  /** Trích yếu; default: the DOCX's dc:title. */
  readonly title?: string;
  /** Issuing body; default: the DOCX's dc:creator. */
  readonly author?: string;
  /** ISO date-time (or date) of issue; default: the DOCX's dcterms:created. */
  readonly date?: string;
}

/** Title, author and creation date as the DOCX's docProps/core.xml holds them. */
export function docxCoreProperties(docx: Uint8Array): PdfMeta {
  let xml = "";
  try {
    const files = unzipSync(docx, { filter: (f) => f.name === "docProps/core.xml" });
    xml = files["docProps/core.xml"] ? strFromU8(files["docProps/core.xml"]) : "";
  } catch {
    return {};
  }
  const field = (tag: string): string | undefined => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    return m ? unescapeXml(m[1]!) : undefined;
  };
  const title = field("dc:title");
  const author = field("dc:creator");
  const date = field("dcterms:created");
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(date ? { date } : {}) };
}

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** "2026-03-05" or "2026-03-05T00:00:00Z" → a Date at that instant (UTC). */
function toDate(iso: string): Date | undefined {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const xmpDate = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Rewrites one XMP property's text (LibreOffice writes each on one element). */
function setXmp(xmp: string, tag: string, value: string): string {
  const escaped = escapeXml(value);
  if (tag === "dc:title") return xmp.replace(/(<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>)[^<]*(<\/rdf:li>)/, `$1${escaped}$2`);
  if (tag === "dc:creator") return xmp.replace(/(<dc:creator>\s*<rdf:Seq>\s*<rdf:li[^>]*>)[^<]*(<\/rdf:li>)/, `$1${escaped}$2`);
  return xmp.replace(new RegExp(`(<${tag}>)[^<]*(</${tag}>)`), `$1${escaped}$2`);
}

/**
 * Sets the metadata and replaces the clock-dependent parts. `docx` is the source document:
 * its hash becomes the /ID and its core properties fill what `meta` leaves out.
 */
export async function finalizePdf(pdf: Uint8Array, docx: Uint8Array, meta: PdfMeta = {}, salt = ""): Promise<Uint8Array> {
  const core = docxCoreProperties(docx);
  const title = meta.title ?? core.title;
  const author = meta.author ?? core.author;
  const date = toDate(meta.date ?? core.date ?? "");
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  if (title !== undefined) doc.setTitle(title);
  if (author !== undefined) doc.setAuthor(author);
  if (date) doc.setCreationDate(date);

  const metadataRef = doc.catalog.get(PDFName.of("Metadata"));
  const metadata = metadataRef instanceof PDFRef ? doc.context.lookup(metadataRef) : undefined;
  if (metadataRef instanceof PDFRef && metadata instanceof PDFRawStream && !metadata.dict.has(PDFName.of("Filter"))) {
    let xmp = Buffer.from(metadata.contents).toString("utf8");
    if (title !== undefined) xmp = setXmp(xmp, "dc:title", title);
    if (author !== undefined) xmp = setXmp(xmp, "dc:creator", author);
    if (date) xmp = setXmp(xmp, "xmp:CreateDate", xmpDate(date));
    const bytes = new TextEncoder().encode(xmp);
    // PDF/A: the metadata stream stays unfiltered, so any reader (and archive checker) finds it.
    const stream = doc.context.stream(bytes, { Type: "Metadata", Subtype: "XML", Length: bytes.length });
    // In place: a new object would leave the old packet, with the clock's date, in the file.
    doc.context.assign(metadataRef, stream);
  }

  if (date) stampOutputProfiles(doc, date);

  const id = createHash("md5").update(docx).update(salt).digest("hex").toUpperCase();
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/**
 * The ICC profile of each output intent (PDF/A) carries its creation time in header bytes
 * 24–35 (ICC.1, 7.2.8); LibreOffice's generated sRGB profile has the clock there. Version 2
 * profiles have no profile ID (MD5) over those bytes, so setting them changes nothing else.
 */
function stampOutputProfiles(doc: PDFDocument, date: Date): void {
  const intents = doc.catalog.lookup(PDFName.of("OutputIntents"));
  if (!(intents instanceof PDFArray)) return;
  for (let i = 0; i < intents.size(); i++) {
    const intent = intents.lookup(i);
    const ref = intent instanceof PDFDict ? intent.get(PDFName.of("DestOutputProfile")) : undefined;
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
    const icc = new Uint8Array(decodePDFRawStream(stream).decode());
    const hasId = icc.length >= 100 && icc.subarray(84, 100).some((b) => b !== 0);
    if (icc.length < 128 || hasId) continue;
    const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
    [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()].forEach((v, k) => view.setUint16(24 + 2 * k, v));
    const dict: Record<string, unknown> = {};
    for (const [key, value] of stream.dict.entries()) {
      const name = key.asString().slice(1);
      if (name !== "Length" && name !== "Filter" && name !== "DecodeParms") dict[name] = value;
    }
    // LibreOffice writes the compressed length as an object of its own; it varies with the
    // clock bytes and would stay behind, unused, once the stream is replaced.
    const length = stream.dict.get(PDFName.of("Length"));
    if (length instanceof PDFRef) doc.context.delete(length);
    doc.context.assign(ref, doc.context.flateStream(icc, dict as never));
  }
}

/** The PDF/A part and conformance its XMP declares ("2B"), or undefined. */
export async function pdfaLevel(pdf: Uint8Array): Promise<string | undefined> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const metadata = doc.catalog.lookup(PDFName.of("Metadata"));
  if (!(metadata instanceof PDFRawStream)) return undefined;
  const xmp = Buffer.from(metadata.contents).toString("utf8");
  const part = /<pdfaid:part>(\d)<\/pdfaid:part>/.exec(xmp)?.[1];
  const conformance = /<pdfaid:conformance>([A-Za-z])<\/pdfaid:conformance>/.exec(xmp)?.[1];
  return part ? `${part}${conformance ?? ""}` : undefined;
}
