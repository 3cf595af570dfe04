import { strToU8, zipSync } from "fflate";

/** A small DOCX written by hand, for reader tests that need one exact construct and nothing else. */

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NAMESPACES = [
  `xmlns:w="${W}"`,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
].join(" ");

export interface DocxParts {
  /** Inner XML of w:body. */
  readonly body: string;
  /** Inner XML of w:styles. */
  readonly styles?: string;
  /** Inner XML of a:fontScheme. */
  readonly fontScheme?: string;
  /** Inner XML of w:numbering. */
  readonly numbering?: string;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function makeDocx(parts: DocxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${parts.body}</w:body></w:document>`),
  };
  const rels: string[] = [];
  if (parts.styles !== undefined) {
    files["word/styles.xml"] = strToU8(`<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
    rels.push(`<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  if (parts.fontScheme !== undefined) {
    files["word/theme/theme1.xml"] = strToU8(
      `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:fontScheme name="F">${parts.fontScheme}</a:fontScheme></a:themeElements></a:theme>`,
    );
    rels.push(`<Relationship Id="rT" Type="${REL}/theme" Target="theme/theme1.xml"/>`);
  }
  if (parts.numbering !== undefined) {
    files["word/numbering.xml"] = strToU8(`<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
    rels.push(`<Relationship Id="rN" Type="${REL}/numbering" Target="numbering.xml"/>`);
  }
  files["word/_rels/document.xml.rels"] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  return zipSync(files);
}

export const para = (text: string, pPr = "", rPr = ""): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t>${text}</w:t></w:r></w:p>`;
