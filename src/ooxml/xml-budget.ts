import { firstXmlIllegal, isXmlCharCode } from "../load/xml-chars.js";

/**
 * Bounds on the XML of a package read from anyone, checked by one linear scan before the DOM
 * parser (xmldom) sees the text: the parser's time and memory grow with the number of elements
 * (about 20 µs and 1.5 KB each), and the readers that walk the tree recurse with its depth.
 */

/** Deeper nesting than any Word document has (a table in a table in a content control: ~30). */
export const MAX_XML_DEPTH = 256;
/** Elements over all parts of one package (a 60-page plan: about 20,000; 240,000 took 12 s to check). */
export const MAX_XML_ELEMENTS = 100_000;

export class XmlTooComplex extends Error {
  constructor(
    readonly kind: "depth" | "elements",
    readonly limit: number,
  ) {
    super(kind);
  }
}

/** Charges each part's elements to one package-wide count; throws past a limit. */
export class XmlBudget {
  private elements = 0;

  admit(text: string): void {
    let depth = 0;
    for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i + 1)) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f /* / */) {
        depth--;
        continue;
      }
      if (next === 0x3f /* ? */ || next === 0x21 /* ! */) continue;
      const close = text.indexOf(">", i);
      if (close < 0) return; // not well-formed: the parser says so
      if (++this.elements > MAX_XML_ELEMENTS) throw new XmlTooComplex("elements", MAX_XML_ELEMENTS);
      if (text.charCodeAt(close - 1) !== 0x2f && ++depth > MAX_XML_DEPTH) throw new XmlTooComplex("depth", MAX_XML_DEPTH);
      i = close;
    }
  }
}

/** Whether the text holds a character, raw or as a reference (&#xFFFE;), that XML 1.0 forbids. */
export function hasIllegalXmlChar(text: string): boolean {
  if (firstXmlIllegal(text) >= 0) return true;
  for (const m of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = m[1]![0] === "x" ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
    if (!isXmlCharCode(code)) return true;
  }
  return false;
}

/** A part's bytes → text: UTF-16 (by byte-order mark, or "<" followed by a zero byte) or UTF-8. */
export function decodeXmlPart(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  let encoding = "utf-8";
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) encoding = "utf-16le";
  else if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) encoding = "utf-16be";
  // Malformed sequences become U+FFFD, as before; the BOM is dropped.
  return new TextDecoder(encoding).decode(bytes);
}
