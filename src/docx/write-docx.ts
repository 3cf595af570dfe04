import { Document, PageOrientation, type ISectionOptions } from "docx";
import { ND30 } from "../layout/nd30.js";
import type { LayoutDoc } from "../layout/layout-model.js";
import { appendixChildren } from "./appendix.js";
import { bodyParagraphs } from "./body-blocks.js";
import { headerBand } from "./header-band.js";
import { pageNumberHeaders } from "./page-numbers.js";
import { signatureTable } from "./signature.js";
import { documentStyles } from "./styles.js";
import { titleBlock } from "./title-block.js";
import { mmToTwip } from "./units.js";

function pageProperties(orientation: "portrait" | "landscape", restartNumbering: boolean): ISectionOptions["properties"] {
  const m = ND30.margins;
  return {
    titlePage: true,
    page: {
      // docx swaps width and height itself for landscape.
      size: {
        width: mmToTwip(ND30.page.widthMm.value),
        height: mmToTwip(ND30.page.heightMm.value),
        orientation: orientation === "portrait" ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
      },
      margin: {
        top: mmToTwip(m.topMm.value),
        bottom: mmToTwip(m.bottomMm.value),
        left: mmToTwip(m.leftMm.value),
        right: mmToTwip(m.rightMm.value),
        header: mmToTwip(m.headerMm.value),
        footer: mmToTwip(m.headerMm.value),
        gutter: 0,
      },
      // Each appendix is numbered on its own (PL I, Phần III, I.1c).
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

/** Stage 6: layout model → docx Document. The only module that assembles OOXML structure. */
export function writeDocx(layout: LayoutDoc): Document {
  const main: ISectionOptions = {
    properties: pageProperties("portrait", false),
    headers: pageNumberHeaders(),
    children: [
      ...headerBand(layout.header),
      ...titleBlock(layout.title),
      ...bodyParagraphs(layout.body, 240),
      signatureTable(layout.signature),
    ],
  };
  const appendices: ISectionOptions[] = layout.appendices.map((a) => ({
    properties: pageProperties(a.orientation, true),
    headers: pageNumberHeaders(),
    children: appendixChildren(a),
  }));
  return new Document({
    title: layout.meta.title,
    subject: layout.meta.subject,
    creator: layout.meta.creator,
    lastModifiedBy: "kehoach",
    description: layout.meta.description,
    revision: 1,
    styles: documentStyles(),
    sections: [main, ...appendices],
  });
}
