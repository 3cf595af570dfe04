import { t } from "../i18n/text.js";

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

/** The first such character with its 1-based line and column, for a located error; undefined if none. */
export function firstXmlIllegalAt(text: string): { name: string; line: number; column: number } | undefined {
  const index = firstXmlIllegal(text);
  if (index < 0) return undefined;
  const before = text.slice(0, index).split("\n");
  return { name: codePointName(text, index), line: before.length, column: before.at(-1)!.length + 1 };
}

/** "U+FFFE" for the character at `index`. */
export function codePointName(text: string, index: number): string {
  return `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Whether a numeric character reference (&#…; / &#x…;) names a character XML 1.0 allows. */
export function isXmlCharCode(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** The message for such a character found in an input (plan, template, unit list). */
export const illegalCharMessage = (name: string) =>
  t(
    `ký tự ${name} không được phép trong văn bản Word (XML 1.0); Word và LibreOffice sẽ không mở được tệp`,
    `the character ${name} is not allowed in a Word document (XML 1.0); Word and LibreOffice could not open the file`,
  );
export const ILLEGAL_CHAR_HINT = t("xóa ký tự này (thường do sao chép từ phần mềm khác)", "delete this character (usually pasted from another program)");
