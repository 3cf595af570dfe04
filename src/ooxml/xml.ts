import { DOMParser, type Element } from "@xmldom/xmldom";
import { hasIllegalXmlChar } from "./xml-budget.js";

/** WordprocessingML namespaces: transitional (Word, LibreOffice, docx) and strict (rare). */
export const W_NS = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
export const REL_NS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

export type XmlElement = Element;

/** A part's XML, or undefined when it is not well-formed (xmldom throws on some fatal errors, reports others). */
export function parseXml(text: string): XmlElement | undefined {
  // xmldom accepts U+FFFE, U+FFFF and C0 controls, which make Word and LibreOffice refuse the file.
  if (hasIllegalXmlChar(text)) return undefined;
  let failed = false;
  try {
    const doc = new DOMParser({
      onError: (level) => {
        if (level === "fatalError") failed = true;
      },
    }).parseFromString(text, "text/xml");
    return failed ? undefined : (doc.documentElement ?? undefined);
  } catch {
    return undefined;
  }
}

export const isW = (el: XmlElement, name: string): boolean => el.localName === name && W_NS.has(el.namespaceURI ?? "");

/** Child elements (any namespace unless `name` given, then WordprocessingML `name`). */
export function kids(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const e = n as XmlElement;
      if (name === undefined || isW(e, name)) out.push(e);
    }
  }
  return out;
}

export const kid = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? kids(el, name)[0] : undefined);

/** A w:-namespaced attribute (or an unprefixed one, as some generators write). */
export function wAttr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (const ns of W_NS) {
    const v = el.getAttributeNS(ns, name);
    if (v !== null && v !== "") return v;
  }
  const plain = el.getAttribute(`w:${name}`) ?? el.getAttribute(name);
  return plain === null || plain === "" ? undefined : plain;
}

export function relAttr(el: XmlElement, name: string): string | undefined {
  for (const ns of REL_NS) {
    const v = el.getAttributeNS(ns, name);
    if (v) return v;
  }
  return el.getAttribute(`r:${name}`) ?? undefined;
}

export const numAttr = (el: XmlElement | undefined, name: string): number | undefined => {
  const v = wAttr(el, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/** OOXML on/off: <w:b/>, <w:b w:val="1|true|on"/> → true; "0|false|off" → false. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = wAttr(el, "val");
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

/** Twips per unit of the "universal measures" (ST_UniversalMeasure) that strict documents write. */
const TWIPS_PER_UNIT: Record<string, number> = { mm: 1440 / 25.4, cm: 1440 / 2.54, in: 1440, pt: 20, pc: 240, pi: 240 };

/** A universal measure ("25mm", "12pt") in twips; undefined for anything else. */
function universalMeasureTwips(v: string): number | undefined {
  const m = /^(-?[0-9]*\.?[0-9]+)(mm|cm|in|pt|pc|pi)$/.exec(v.trim());
  return m ? Number(m[1]) * TWIPS_PER_UNIT[m[2]!]! : undefined;
}

/** A distance in twips: a plain number (transitional) or a universal measure (strict, "20mm"). */
export const twipsAttr = (el: XmlElement | undefined, name: string): number | undefined => {
  const v = wAttr(el, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (Number.isFinite(n)) return n;
  const twips = universalMeasureTwips(v);
  return twips === undefined ? undefined : Math.round(twips);
};

/** A font size in half-points: a plain number or a universal measure ("13pt" → 26). */
export const halfPointsAttr = (el: XmlElement | undefined, name: string): number | undefined => {
  const v = wAttr(el, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (Number.isFinite(n)) return n;
  const twips = universalMeasureTwips(v);
  return twips === undefined ? undefined : Math.round(twips / 10);
};
