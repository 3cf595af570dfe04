import { Header, PageNumber, Paragraph, TextRun } from "docx";
import { ND30 } from "../layout/nd30.js";
import { centred } from "./tables.js";
import { ptToHalfPoints } from "./units.js";

/**
 * PL I, I.7: page numbers in Arabic numerals, 13–14 pt upright, centred in the top margin, not
 * shown on the first page. The section sets titlePage so Word uses the empty "first" header.
 */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        centred([
          new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(ND30.pageNumber.sizePt.value), bold: false, italics: false }),
        ]),
      ],
    }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}
