import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { hasIllegalXmlChar } from "../../src/ooxml/xml-budget.js";

/**
 * Every XML part of a package kehoach wrote, parsed as XML 1.0: no character XML forbids
 * (xmldom lets U+FFFE through, Word and LibreOffice do not), no parser error or warning.
 * Returns the problems, one line each ("word/document.xml: …"), empty when all parts parse.
 */
export function xmlProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = strFromU8(data);
    if (hasIllegalXmlChar(text)) problems.push(`${name}: a character XML 1.0 does not allow`);
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "text/xml");
    if (errors.length > 0) problems.push(`${name}: ${errors[0]}`);
  }
  return problems;
}
