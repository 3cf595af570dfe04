/**
 * Characters XML 1.0 does not allow (§2.2): C0 controls other than tab, LF and CR, U+FFFE,
 * U+FFFF, and UTF-16 surrogates that are not part of a pair. One of them in a part makes it
 * not well-formed: Word and LibreOffice refuse the whole document.
 */
export const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Any suspect at all (surrogates included, paired or not): a scan 4× faster than XML_ILLEGAL's. */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Index of the first character XML 1.0 does not allow, or -1. */
export const firstXmlIllegal = (text: string): number => (SUSPECT.test(text) ? text.search(XML_ILLEGAL) : -1);

/** "U+FFFE" for the character at `index`. */
export function codePointName(text: string, index: number): string {
  return `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Whether a numeric character reference (&#…; / &#x…;) names a character XML 1.0 allows. */
export function isXmlCharCode(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
