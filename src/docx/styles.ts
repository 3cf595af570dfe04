import { AlignmentType, LineRuleType, type IParagraphStylePropertiesOptions, type IStylesOptions } from "docx";
import { ND30, PRACTICE } from "../layout/nd30.js";
import type { BlockRole } from "../layout/layout-model.js";
import { lineMultiple, mmToTwip, ptToHalfPoints, ptToTwip } from "./units.js";

/**
 * ND30 roles as named Word styles, so a clerk who adds a paragraph in Word picks "KH Nội dung"
 * and gets the decree's format. Ids are stable (checked by the golden dumps).
 */
export const STYLE_IDS: Record<BlockRole, string> = {
  basis: "KhCanCu",
  preamble: "KhNoiDung",
  paragraph: "KhNoiDung",
  bullet: "KhGachDauDong",
  subBullet: "KhGachDauDong",
  heading: "KhDeMuc",
  item: "KhNoiDung",
  part: "KhPhan",
  closing: "KhNoiDung",
};

const body = ND30.body;

const bodyParagraph = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: mmToTwip(body.firstLineIndentMm.value) },
  spacing: {
    before: ptToTwip(body.spaceBeforePt.value),
    after: ptToTwip(body.spaceAfterPt.value),
    line: lineMultiple(body.lineSpacing.value),
    lineRule: LineRuleType.AUTO,
  },
  widowControl: true,
} as IParagraphStylePropertiesOptions;

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        // Every run inherits Times New Roman in all four script slots (rFonts ascii/hAnsi/cs/eastAsia).
        run: { font: ND30.font.family, size: ptToHalfPoints(body.sizePt.value), language: { value: "vi-VN" } },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      // Footnotes: Times New Roman (inherited), at the practice size (ND30 sets none).
      footnoteText: {
        run: { size: ptToHalfPoints(PRACTICE.footnoteSizePt.value) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      { id: "KhNoiDung", name: "KH Nội dung", basedOn: "Normal", next: "KhNoiDung", quickFormat: true, paragraph: bodyParagraph },
      { id: "KhCanCu", name: "KH Căn cứ", basedOn: "KhNoiDung", next: "KhCanCu", quickFormat: true, run: { italics: true } },
      { id: "KhGachDauDong", name: "KH Gạch đầu dòng", basedOn: "KhNoiDung", next: "KhGachDauDong", quickFormat: true },
      {
        id: "KhDeMuc",
        name: "KH Đề mục",
        basedOn: "KhNoiDung",
        next: "KhNoiDung",
        quickFormat: true,
        paragraph: { keepNext: true, keepLines: true },
      },
      {
        // nd30-spec §8.3: "Phần I" and the part's title, centred bold without indent.
        id: "KhPhan",
        name: "KH Phần",
        basedOn: "KhNoiDung",
        next: "KhNoiDung",
        quickFormat: true,
        run: { bold: true },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true, keepLines: true },
      },
    ],
  };
}
