import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { buildBytes, byId, check, failing, fullBase, XA_EXAMPLE } from "./bases.js";
import {
  DocxEdit,
  editCell,
  editNextParagraph,
  editParagraph,
  editSection,
  editTable,
  replaceOnce,
  retext,
  withParagraphProps,
  withRunProps,
} from "./docx-edit.js";

/**
 * Every rule can fail: each row plants one fault in a good document and expects exactly that
 * rule to FAIL, with no other E rule failing beyond the collateral the row names.
 */

type Base = "full" | "xa";

interface Planted {
  readonly rule: string;
  readonly fault: string;
  readonly base?: Base;
  readonly plant: (doc: DocxEdit) => void;
  /** Other E rules this fault necessarily breaks too. */
  readonly collateral?: readonly string[];
  /** Text the failing finding must contain (Vietnamese). */
  readonly says?: string;
}

const SIGNER = ">TM. ỦY BAN NHÂN DÂN<";
const BODY_LINE = "Các hoạt động bảo đảm an toàn, tiết kiệm, hiệu quả.";
const LIST_LINE = "- Nâng cao đời sống tinh thần của Nhân dân.";
const unbold = (p: string) => p.replace(/<w:b\/>/g, '<w:b w:val="false"/>');
const dropBorders = (p: string) => replaceOnce(p, /<w:pBdr>[\s\S]*?<\/w:pBdr>/, "");
const paragraphText = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const dropEmptyParagraphs = (fragment: string) => fragment.replace(/<w:p>(?:(?!<w:p>)[\s\S])*?<\/w:p>/g, (p) => (paragraphText(p) === "" && !/<w:pBdr>/.test(p) ? "" : p));
const LANDSCAPE_SECTION = `<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:pPr><w:r><w:t>Ghi chú.</w:t></w:r></w:p>`;
const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;

const PLANTED: readonly Planted[] = [
  // Page setup
  { rule: "ND30-page-size", fault: "Letter paper", plant: (d) => d.document((x) => editSection(x, 0, (s) => replaceOnce(s, /<w:pgSz\b[^>]*\/>/, '<w:pgSz w:w="12240" w:h="15840"/>'))), says: "khổ 215.9 × 279.4 mm" },
  { rule: "ND30-margins", fault: "left margin 20 mm", plant: (d) => d.document((x) => editSection(x, 0, (s) => replaceOnce(s, /w:left="\d+"/, 'w:left="1134"'))), says: "lề trái 20 mm, yêu cầu 30–35 mm" },
  { rule: "ND30-margins-landscape", fault: "landscape appendix with a 20 mm left margin", plant: (d) => d.document((x) => editSection(x, 2, (s) => replaceOnce(s, /w:left="\d+"/, 'w:left="1134"'))) },
  { rule: "ND30-landscape-use", fault: "a landscape section of plain text", plant: (d) => d.document((x) => replaceOnce(x, /<\/w:sectPr><\/w:pPr><\/w:p>/, `</w:sectPr></w:pPr></w:p>${LANDSCAPE_SECTION}`)) },
  // Text
  { rule: "ND30-font", fault: "Arial on KẾ HOẠCH", plant: (d) => d.document((x) => editParagraph(x, ">KẾ HOẠCH<", (p) => withRunProps(p, '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'))), says: "phông Arial" },
  { rule: "ND30-font", fault: "theme font (Calibri) for the whole document", plant: (d) => d.styles((x) => replaceOnce(x, /<w:rFonts\b[^>]*\/>/, '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>')), says: "phông Calibri" },
  { rule: "ND30-color", fault: "red body text", plant: (d) => d.document((x) => editParagraph(x, BODY_LINE, (p) => withRunProps(p, '<w:color w:val="FF0000"/>'))), says: "chữ màu #FF0000" },
  { rule: "ND30-color", fault: "highlighted text", plant: (d) => d.document((x) => editParagraph(x, BODY_LINE, (p) => withRunProps(p, '<w:highlight w:val="yellow"/>'))) },
  { rule: "ND30-nfc", fault: "decomposed Vietnamese", plant: (d) => d.document((x) => retext(x, "1. Mục đích", "1. Mục đích".normalize("NFD"))) },
  // Page numbers
  { rule: "ND30-page-number", fault: "no PAGE field in the header", plant: (d) => d.edit(d.headerPart(0, "default"), (x) => replaceOnce(x, /<w:instrText([^>]*)>\s*PAGE\s*<\/w:instrText>/, "<w:instrText$1>DATE</w:instrText>")) },
  { rule: "ND30-page-number-first", fault: "titlePg removed", plant: (d) => d.document((x) => editSection(x, 0, (s) => replaceOnce(s, /<w:titlePg\/>/, ""))), says: "w:titlePg" },
  { rule: "ND30-page-number-style", fault: "page number at 12 pt", plant: (d) => d.edit(d.headerPart(0, "default"), (x) => x.replace(/<w:sz w:val="28"\/>/g, '<w:sz w:val="24"/>')), says: "cỡ 12 pt" },
  { rule: "ND30-page-number-first-header", fault: "text in the first-page header", plant: (d) => d.edit(d.headerPart(0, "first"), (x) => replaceOnce(x, /<w:p\/>|<w:p>[\s\S]*?<\/w:p>/, "<w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p>")) },
  {
    rule: "ND30-page-number-footer",
    fault: "page number in the footer",
    plant: (d) => {
      d.set("word/footer99.xml", FOOTER);
      d.edit("word/_rels/document.xml.rels", (x) => replaceOnce(x, "</Relationships>", '<Relationship Id="rIdKhFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer99.xml"/></Relationships>'));
      d.edit("[Content_Types].xml", (x) => replaceOnce(x, "</Types>", '<Override PartName="/word/footer99.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'));
      d.document((x) => editSection(x, 0, (s) => replaceOnce(s, /<w:pgSz\b/, '<w:footerReference w:type="default" r:id="rIdKhFooter"/><w:pgSz')));
    },
  },
  { rule: "ND30-page-number-format", fault: "Roman page numbers", plant: (d) => d.document((x) => editSection(x, 0, (s) => replaceOnce(s, /<w:pgNumType\b[^>]*\/>/, '<w:pgNumType w:fmt="lowerRoman"/>'))) },
  { rule: "ND30-page-number-start", fault: "numbering from 3", plant: (d) => d.document((x) => editSection(x, 0, (s) => replaceOnce(s, /<w:pgNumType\b[^>]*\/>/, '<w:pgNumType w:start="3"/>'))) },
  // Header table
  { rule: "ND30-header-table", fault: "bordered header table", plant: (d) => d.document((x) => editTable(x, ">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<", (t) => t.replace(/(<w:tblBorders>[\s\S]*?<\/w:tblBorders>)/, (b) => b.replace(/w:val="none"/g, 'w:val="single"')))) },
  { rule: "ND30-quoc-hieu", fault: "Quốc hiệu in lower case", plant: (d) => d.document((x) => retext(x, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam")), says: "viết «Cộng hòa xã hội chủ nghĩa Việt Nam»" },
  { rule: "ND30-tieu-ngu", fault: "en dashes in the motto", plant: (d) => d.document((x) => retext(x, "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")), says: "(U+2013)" },
  { rule: "ND30-tieu-ngu-size", fault: "motto smaller than the Quốc hiệu", collateral: ["ND30-tieu-ngu"], plant: (d) => d.document((x) => editParagraph(x, ">Độc lập - Tự do - Hạnh phúc<", (p) => p.replace(/w:val="28"/g, 'w:val="24"'))) },
  { rule: "ND30-motto-spacing", fault: "an empty line between Quốc hiệu and motto", plant: (d) => d.document((x) => editParagraph(x, ">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<", (p) => `${p}<w:p/>`)) },
  { rule: "ND30-motto-line-spacing", fault: "6 pt before the motto", plant: (d) => d.document((x) => editParagraph(x, ">Độc lập - Tự do - Hạnh phúc<", (p) => withParagraphProps(p, '<w:spacing w:before="120" w:after="0"/>'))) },
  { rule: "ND30-motto-rule", fault: "no line under the motto", plant: (d) => d.document((x) => editNextParagraph(x, ">Độc lập - Tự do - Hạnh phúc<", dropBorders)) },
  { rule: "ND30-motto-rule-length", fault: "a short line under the motto", plant: (d) => d.document((x) => editNextParagraph(x, ">Độc lập - Tự do - Hạnh phúc<", (p) => p.replace(/w:left="\d+"/, 'w:left="2200"').replace(/w:right="\d+"/, 'w:right="2200"'))) },
  // Issuing body
  { rule: "ND30-issuer", fault: "issuing body in lower case", plant: (d) => d.document((x) => retext(x, "TỈNH LẠNG SƠN", "Tỉnh Lạng Sơn")) },
  { rule: "ND30-issuer-caps", fault: "capitals only through All Caps", plant: (d) => d.document((x) => editParagraph(retext(x, "TỈNH LẠNG SƠN", "Tỉnh Lạng Sơn"), ">Tỉnh Lạng Sơn<", (p) => withRunProps(p, "<w:caps/>"))) },
  { rule: "ND30-issuer-rule", fault: "no line under the issuing body", plant: (d) => d.document((x) => editNextParagraph(x, ">TỈNH LẠNG SƠN<", dropBorders)) },
  { rule: "ND30-issuer-rule-length", fault: "a line as long as the column", plant: (d) => d.document((x) => editNextParagraph(x, ">TỈNH LẠNG SƠN<", (p) => p.replace(/w:left="\d+"/, 'w:left="0"').replace(/w:right="\d+"/, 'w:right="0"'))) },
  // Số, date
  { rule: "ND30-so-ky-hieu", fault: "number 5 without its zero", base: "xa", plant: (d) => d.document((x) => replaceOnce(x, />Số:[^<]*\/KH-UBND</, ">Số: 5/KH-UBND<")), says: "thiếu số 0" },
  { rule: "ND30-so-ky-hieu", fault: "number 012 zero-padded", base: "xa", plant: (d) => d.document((x) => replaceOnce(x, />Số:[^<]*\/KH-UBND</, ">Số: 012/KH-UBND<")), says: "số 0 thừa" },
  { rule: "ND30-so-ky-hieu-style", fault: "«&» in the symbol", base: "xa", plant: (d) => d.document((x) => replaceOnce(x, />Số:[^<]*\/KH-UBND</, ">Số: 12/KH-SNN&amp;PTNT<")) },
  { rule: "ND30-date-line", fault: "zero-padded month «tháng 05»", base: "xa", plant: (d) => d.document((x) => replaceOnce(x, "tháng 5 năm 2026", "tháng 05 năm 2026")), says: "«tháng 05» có số 0 thừa" },
  { rule: "ND30-date-line", fault: "day 5 without its zero", base: "xa", plant: (d) => d.document((x) => replaceOnce(x, /ngày\s+tháng 5/, "ngày 5 tháng 5")), says: "«ngày 5» thiếu số 0" },
  { rule: "ND30-date-place", fault: "the province's name on a commune plan", base: "xa", plant: (d) => d.document((x) => replaceOnce(x, ">Na Dương, ngày", ">Lạng Sơn, ngày")) },
  { rule: "ND30-so-date-row", fault: "a line under «Số» in its cell", plant: (d) => d.document((x) => editParagraph(x, ">Số: 12/KH-UBND<", (p) => `${p}<w:p><w:r><w:t>(dự thảo)</w:t></w:r></w:p>`)) },
  // Title
  { rule: "ND30-title-type", fault: "«Kế hoạch» in lower case", plant: (d) => d.document((x) => retext(x, "KẾ HOẠCH", "Kế hoạch")) },
  { rule: "ND30-trich-yeu", fault: "trích yếu in italics", plant: (d) => d.document((x) => editParagraph(x, ">Tổ chức các hoạt động văn hóa, thể thao năm 2026<", (p) => withRunProps(p, "<w:i/>"))), says: "nghiêng" },
  { rule: "ND30-trich-yeu-in-hoa", fault: "trích yếu in capitals", plant: (d) => d.document((x) => retext(x, "Tổ chức các hoạt động văn hóa, thể thao năm 2026", "TỔ CHỨC CÁC HOẠT ĐỘNG VĂN HÓA, THỂ THAO NĂM 2026")) },
  { rule: "ND30-trich-yeu-rule", fault: "no line under the trích yếu", plant: (d) => d.document((x) => editNextParagraph(x, ">Tổ chức các hoạt động văn hóa, thể thao năm 2026<", dropBorders)) },
  { rule: "ND30-trich-yeu-rule-length", fault: "a line across the page", plant: (d) => d.document((x) => editNextParagraph(x, ">Tổ chức các hoạt động văn hóa, thể thao năm 2026<", (p) => p.replace(/w:left="\d+"/, 'w:left="0"').replace(/w:right="\d+"/, 'w:right="0"'))) },
  // Body format
  { rule: "ND30-body-align", fault: "a left-aligned paragraph", plant: (d) => d.document((x) => editParagraph(x, BODY_LINE, (p) => withParagraphProps(p, '<w:jc w:val="left"/>'))), says: "căn trái" },
  { rule: "ND30-body-indent", fault: "no first-line indent", plant: (d) => d.document((x) => editParagraph(x, BODY_LINE, (p) => withParagraphProps(p, '<w:ind w:firstLine="0"/>'))), says: "lùi đầu dòng 0 mm" },
  { rule: "ND30-body-size", fault: "body at 12 pt", plant: (d) => d.styles((x) => replaceOnce(x, /(<w:style\b[^>]*w:styleId="KhNoiDung"[^>]*>[\s\S]*?)(<\/w:style>)/, '$1<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>$2')), says: "cỡ 12 pt" },
  { rule: "ND30-body-upright", fault: "an italic paragraph", plant: (d) => d.document((x) => editParagraph(x, BODY_LINE, (p) => withRunProps(p, "<w:i/>"))) },
  { rule: "ND30-list-indent", fault: "a hanging indent", plant: (d) => d.document((x) => editParagraph(x, LIST_LINE, (p) => withParagraphProps(p, '<w:ind w:left="720" w:hanging="360"/>'))) },
  { rule: "ND30-paragraph-spacing", fault: "no space around a paragraph", plant: (d) => d.document((x) => editParagraph(x, BODY_LINE, (p) => withParagraphProps(p, '<w:spacing w:before="0" w:after="0"/>'))) },
  { rule: "ND30-line-spacing", fault: "double line spacing", plant: (d) => d.document((x) => editParagraph(x, BODY_LINE, (p) => withParagraphProps(p, '<w:spacing w:before="120" w:after="0" w:line="480" w:lineRule="auto"/>'))), says: "giãn dòng 2" },
  { rule: "ND30-body-size-consistent", fault: "one paragraph at 13 pt", plant: (d) => d.document((x) => editParagraph(x, BODY_LINE, (p) => withRunProps(p, '<w:sz w:val="26"/>'))) },
  // Body content
  { rule: "ND30-can-cu", fault: "a căn cứ line ending with «.» before the last", plant: (d) => d.document((x) => replaceOnce(x, "ngày 16 tháng 6 năm 2025;", "ngày 16 tháng 6 năm 2025.")) },
  { rule: "ND30-can-cu-italic", fault: "an upright căn cứ line", plant: (d) => d.document((x) => editParagraph(x, "Căn cứ Luật Tổ chức", (p) => withRunProps(p, '<w:i w:val="false"/>'))) },
  { rule: "ND30-headings", fault: "a Roman heading in lower case", plant: (d) => d.document((x) => retext(x, "I. MỤC ĐÍCH, YÊU CẦU", "I. Mục đích, yêu cầu")) },
  { rule: "ND30-heading-style", fault: "điểm c) after a)", plant: (d) => d.document((x) => replaceOnce(x, ">b) Triển lãm ảnh", ">c) Triển lãm ảnh")) },
  { rule: "ND30-list-marks", fault: "a • bullet", plant: (d) => d.document((x) => retext(x, LIST_LINE, LIST_LINE.replace("- ", "• "))) },
  { rule: "ND30-closing-mark", fault: "missing «./.»", plant: (d) => d.document((x) => replaceOnce(x, "tỉnh Lạng Sơn./.<", "tỉnh Lạng Sơn.<")), says: "«./.»" },
  // Signature
  { rule: "ND30-signature-table", fault: "bordered signature table", plant: (d) => d.document((x) => editTable(x, ">Nơi nhận:<", (t) => t.replace(/(<w:tblBorders>[\s\S]*?<\/w:tblBorders>)/, (b) => b.replace(/w:val="none"/g, 'w:val="single"')))) },
  { rule: "ND30-signature-alignment", fault: "signer cell centred vertically", plant: (d) => d.document((x) => editCell(x, SIGNER, (tc) => replaceOnce(tc, '<w:vAlign w:val="top"/>', '<w:vAlign w:val="center"/>'))) },
  { rule: "ND30-recipients-heading", fault: "«Nơi nhận» without its colon", plant: (d) => d.document((x) => retext(x, "Nơi nhận:", "Nơi nhận")), says: "viết «Nơi nhận»" },
  { rule: "ND30-recipients-list", fault: "a recipient line without «;»", plant: (d) => d.document((x) => retext(x, "- Thường trực HĐND tỉnh;", "- Thường trực HĐND tỉnh")) },
  { rule: "ND30-luu", fault: "«Lưu» line without its period", plant: (d) => d.document((x) => retext(x, "- Lưu: VT, KGVX.", "- Lưu: VT, KGVX")) },
  { rule: "ND30-signer-title", fault: "«TL.» under «TM.»", plant: (d) => d.document((x) => retext(x, "KT. CHỦ TỊCH", "TL. CHỦ TỊCH")), says: "«TL.» không được đứng sau «TM.»" },
  { rule: "ND30-chu-viet-tat-ky", fault: "«KT.CHỦ TỊCH» without its space", plant: (d) => d.document((x) => retext(x, "KT. CHỦ TỊCH", "KT.CHỦ TỊCH")), says: "tiền tố viết sai" },
  { rule: "ND30-signer-name", fault: "an academic title before the name", plant: (d) => d.document((x) => retext(x, "Nguyễn Văn An", "TS. Nguyễn Văn An")), says: "«TS.»" },
  { rule: "ND30-signature-space", fault: "no room to sign", plant: (d) => d.document((x) => editCell(x, SIGNER, dropEmptyParagraphs)) },
  {
    rule: "ND30-signature-keep",
    fault: "signature free to float away",
    plant: (d) =>
      d.document((x) => editTable(editParagraph(x, "tỉnh Lạng Sơn./.", (p) => replaceOnce(p, "<w:keepNext/>", "")), ">Nơi nhận:<", (t) => t.replace(/<w:cantSplit\/>/g, ""))),
  },
  // Appendices
  { rule: "ND30-appendix-label", fault: "label not bold", plant: (d) => d.document((x) => editParagraph(x, ">Phụ lục I<", unbold)) },
  { rule: "ND30-appendix-label-case", fault: "«PHỤ LỤC I» in capitals", plant: (d) => d.document((x) => retext(x, "Phụ lục I", "PHỤ LỤC I")) },
  { rule: "ND30-appendix-numbering", fault: "«Phụ lục III» after «Phụ lục I»", plant: (d) => d.document((x) => retext(x, "Phụ lục II", "Phụ lục III")) },
  { rule: "ND30-appendix-title", fault: "appendix title in lower case", plant: (d) => d.document((x) => retext(x, "DANH MỤC CÁC HOẠT ĐỘNG VĂN HÓA NĂM 2026", "Danh mục các hoạt động văn hóa năm 2026")) },
  { rule: "ND30-appendix-reference", fault: "another date in «Kèm theo»", plant: (d) => d.document((x) => replaceOnce(x, "12/KH-UBND ngày 05 tháng 02", "12/KH-UBND ngày 06 tháng 02")) },
  { rule: "ND30-appendix-page-numbers", fault: "appendix numbering continued", plant: (d) => d.document((x) => editSection(x, 1, (s) => replaceOnce(s, /<w:pgNumType\b[^>]*\/>/, "<w:pgNumType/>"))) },
  { rule: "ND30-appendix-page-header", fault: "appendix without a different first page", plant: (d) => d.document((x) => editSection(x, 1, (s) => replaceOnce(s, /<w:titlePg\/>/, ""))) },
  // Marks
  { rule: "ND30-urgency-mark", fault: "KHẨN without its frame", plant: (d) => d.document((x) => editParagraph(x, ">KHẨN<", dropBorders)) },
  { rule: "ND30-urgency-mark-size", fault: "KHẨN frame as wide as the column", plant: (d) => d.document((x) => editParagraph(x, ">KHẨN<", (p) => replaceOnce(p, /<w:ind [^>]*\/>/, ""))) },
  { rule: "ND30-circulation-mark", fault: "«LƯU HÀNH NỘI BỘ» not bold", plant: (d) => d.document((x) => editParagraph(x, ">LƯU HÀNH NỘI BỘ<", unbold)) },
];

const bases = new Map<Base, Uint8Array>();

beforeAll(async () => {
  bases.set("full", await fullBase());
  bases.set("xa", await buildBytes(XA_EXAMPLE));
});

describe("the good documents the faults are planted in", () => {
  it.each(["full", "xa"] as const)("%s has no failure of any level", (base) => {
    const report = check(bases.get(base)!);
    expect(failing(report)).toEqual([]);
  });

  it("the full plan leaves no rule unevaluated", () => {
    const notEvaluated = check(bases.get("full")!).results.filter((r) => r.status === "NOT_EVALUATED");
    expect(notEvaluated.map((r) => r.id)).toEqual([]);
  });
});

describe("every rule fails on its planted fault", () => {
  it("covers every rule", () => {
    const planted = new Set(PLANTED.map((p) => p.rule));
    expect(RULES.map((r) => r.id).filter((id) => !planted.has(id))).toEqual([]);
  });

  it.each(PLANTED.map((p) => [p.rule, p.fault, p] as const))("%s: %s", (rule, _fault, planted) => {
    const edit = new DocxEdit(bases.get(planted.base ?? "full")!);
    planted.plant(edit);
    const report = check(edit.bytes());
    const result = byId(report).get(rule)!;
    expect(result.status).toBe("FAIL");
    const level = RULES.find((r) => r.id === rule)!.level;
    expect(report.ok).toBe(level === "W" && (planted.collateral ?? []).length === 0);
    expect(failing(report, "E").filter((id) => id !== rule).sort()).toEqual([...(planted.collateral ?? [])].sort());
    if (planted.says) {
      const messages = result.findings.filter((f) => f.status === "FAIL").map((f) => `${f.where?.vi ?? ""} ${f.message.vi}`);
      expect(messages.join("\n")).toContain(planted.says);
    }
  });
});
