import { t } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import { mmToTwips } from "../../ooxml/geometry.js";
import type { Placed } from "../anatomy.js";
import { mmText, quote } from "../describe.js";
import { checkFormat } from "../format-check.js";
import { findNumberLine, findQuocHieu, isCirculationMark, isUrgencyMark, markCandidates } from "../header-elements.js";
import { textOf } from "../paragraph.js";
import { judge, notEvaluated, type CheckedDoc, type Finding, type Rule } from "../rule.js";

/** nd30-spec §18 rules 42–43 (PL I, Phần II, khoản 10–11): dấu khẩn and phạm vi lưu hành. */

const CLAUSE = ND30.marks.sizePt.ref;
const URGENCY_TEXTS = ["HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN"];
const CIRCULATION_TEXTS = ["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"];
/** The engraved stamps' widths (PL I, II.10b), with the old tone placement of HOẢ accepted. */
const STAMP = ND30.urgencyStampWidthMm;
const STAMP_WIDTH_MM: Record<string, number> = {
  "HỎA TỐC": STAMP["HỎA TỐC"].value,
  "HOẢ TỐC": STAMP["HỎA TỐC"].value,
  "THƯỢNG KHẨN": STAMP["THƯỢNG KHẨN"].value,
  KHẨN: STAMP.KHẨN.value,
};
const STAMP_TOLERANCE_MM = 2;

/** A single-line frame: four paragraph borders, a text frame, or a bordered table cell. */
const framed = (x: Placed): boolean => {
  const p = x.p.props;
  return x.boxed || p.framed === true || (p.borderTop !== undefined && p.borderBottom !== undefined && p.borderLeft !== undefined && p.borderRight !== undefined);
};

const frameWidth = (x: Placed): number | undefined =>
  x.p.props.borderLeft && x.p.props.borderRight ? x.width - (x.p.props.indLeft ?? 0) - (x.p.props.indRight ?? 0) : x.boxed ? x.width : undefined;

function marks(doc: CheckedDoc, test: (x: Placed) => boolean): Placed[] {
  return markCandidates(doc.parts).filter(test);
}

function markFindings(x: Placed, texts: readonly string[], what: ReturnType<typeof t>): Finding[] {
  const text = textOf(x.p);
  return [
    judge(texts.includes(text), t(`viết ${quote(text)}`, `written ${quote(text)}`), t(texts.map((s) => `«${s}»`).join(", "), texts.map((s) => `«${s}»`).join(", "))),
    checkFormat(what, x, { upper: true, bold: true, size: ND30.marks.sizePt }),
    judge(framed(x), framed(x) ? t("có khung viền đơn", "in a single-line frame") : t("không có khung", "not framed"), t("đặt trong khung viền đơn", "in a single-line frame")),
  ];
}

const urgency: Rule = {
  id: "ND30-urgency-mark",
  level: "E",
  clause: CLAUSE,
  title: t("Dấu khẩn «KHẨN», «THƯỢNG KHẨN», «HỎA TỐC»: in hoa, đậm, cỡ 13–14, có khung, ở cột trái dưới «Số»", "Urgency mark «KHẨN», «THƯỢNG KHẨN», «HỎA TỐC»: bold capitals, 13–14 pt, framed, left column under «Số»"),
  check: (doc) => {
    const found = marks(doc, isUrgencyMark);
    if (found.length === 0) return [notEvaluated(t("không có dấu mức độ khẩn (không áp dụng)", "no urgency mark (not applicable)"))];
    const number = findNumberLine(doc.parts.header);
    const left = doc.parts.header.left;
    return found.flatMap((x) => {
      const below = number !== undefined && left.includes(x) && left.indexOf(x) > left.indexOf(number);
      return [
        ...markFindings(x, URGENCY_TEXTS, t("Dấu khẩn", "Urgency mark")),
        judge(below, below ? t("ở cột trái, dưới «Số»", "left column, under «Số»") : t("không ở cột trái dưới «Số»", "not in the left column under «Số»"), t("cột trái, dưới «Số» (ô 10b)", "left column under «Số» (ô 10b)")),
      ];
    });
  },
};

const urgencySize: Rule = {
  id: "ND30-urgency-mark-size",
  level: "W",
  clause: CLAUSE,
  title: t("Khung dấu khẩn rộng như con dấu: 20 mm (KHẨN), 40 mm (THƯỢNG KHẨN), 30 mm (HỎA TỐC)", "The urgency frame is as wide as the stamp: 20, 40 or 30 mm"),
  check: (doc) => {
    const found = marks(doc, isUrgencyMark).filter(framed);
    if (found.length === 0) return [notEvaluated(t("không có dấu khẩn có khung (không áp dụng)", "no framed urgency mark (not applicable)"))];
    return found.map((x) => {
      const want = STAMP_WIDTH_MM[textOf(x.p)];
      const width = frameWidth(x);
      if (want === undefined || width === undefined) return notEvaluated(t("không đo được khung dấu khẩn", "the urgency frame cannot be measured"));
      return judge(Math.abs(width - mmToTwips(want)) <= mmToTwips(STAMP_TOLERANCE_MM), t(`khung rộng ${mmText(width)}`, `frame ${mmText(width)} wide`), t(`${want} × 8 mm`, `${want} × 8 mm`));
    });
  },
};

const circulation: Rule = {
  id: "ND30-circulation-mark",
  level: "E",
  clause: "PL I, Phần II, khoản 11",
  title: t("Chỉ dẫn «XEM XONG TRẢ LẠI», «LƯU HÀNH NỘI BỘ»: in hoa, đậm, cỡ 13–14, có khung, phía trên phần tiêu đề", "«XEM XONG TRẢ LẠI», «LƯU HÀNH NỘI BỘ»: bold capitals, 13–14 pt, framed, above the header"),
  check: (doc) => {
    const found = marks(doc, isCirculationMark);
    if (found.length === 0) return [notEvaluated(t("không có chỉ dẫn phạm vi lưu hành (không áp dụng)", "no circulation mark (not applicable)"))];
    const h = doc.parts.header;
    const qh = findQuocHieu(h);
    return found.flatMap((x) => {
      const above = h.above.includes(x) || (qh !== undefined && h.right.includes(x) && h.right.indexOf(x) < h.right.indexOf(qh));
      return [
        ...markFindings(x, CIRCULATION_TEXTS, t("Chỉ dẫn lưu hành", "Circulation mark")),
        judge(above, above ? t("phía trên phần tiêu đề", "above the header") : t("không ở phía trên phần tiêu đề", "not above the header"), t("phía trên Quốc hiệu (ô 11)", "above the Quốc hiệu (ô 11)")),
      ];
    });
  },
};

export const MARK_RULES: readonly Rule[] = [urgency, urgencySize, circulation];
