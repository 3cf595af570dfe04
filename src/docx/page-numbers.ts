import { Header, PageNumber, Paragraph, TextRun } from "docx";
import { ND30 } from "../layout/nd30.js";
import { memoParagraph } from "./block-memo.js";
import { centred } from "./tables.js";
import { ptToHalfPoints } from "./units.js";

/**
 * PL I, I.7: page numbers in Arabic numerals, 13–14 pt upright, centred in the top margin, not
 * shown on the first page. The section sets titlePage so Word uses the empty "first" header.
 */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    // Constant: a batch writes their XML once (block-memo.ts).
    default: new Header({
      children: [
        memoParagraph(JSON.stringify(["page-number", ND30.pageNumber.sizePt.value]), () =>
          centred([
            new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(ND30.pageNumber.sizePt.value), bold: false, italics: false }),
          ]),
        ),
      ],
    }),
    first: new Header({ children: [memoParagraph(JSON.stringify(["empty-paragraph"]), () => new Paragraph({}))] }),
  };
}
