import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocModel, type DocModel, type DocParagraph, type DocTable } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { MINIMAL_PLAN, renderYaml } from "../helpers/build.js";

const paragraphs = (blocks: DocModel["body"]): DocParagraph[] =>
  blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphs(c.blocks)))));

const WITH_APPENDIX = `${MINIMAL_PLAN}appendices:
  - title: Danh mục hoạt động
    orientation: landscape
    table:
      columns: [{ title: STT, width: 10 }, { title: Nội dung, width: 90 }, { title: Thời gian, width: 30 }]
      rows:
        - group: Tuyên truyền
        - [Treo băng rôn, Quý II]
        - [Phát thanh, Thường xuyên]
`;

let model: DocModel;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  const { bytes } = await renderYaml(WITH_APPENDIX);
  files = unzipSync(bytes);
  model = readDocModel(readDocxPackage(bytes));
});

describe("writeDocx", () => {
  it("sets A4 portrait with margins 20/20/30/15 mm for the plan, landscape for a wide appendix", () => {
    const [main, appendix] = model.sections;
    expect(main).toMatchObject({ pageWidth: 11906, pageHeight: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 850 } });
    expect(appendix).toMatchObject({ pageWidth: 16838, pageHeight: 11906, orient: "landscape", pageNumberStart: 1 });
  });

  it("numbers pages from page 2, centred in the top margin at 14 pt, nothing on page 1", () => {
    for (const section of model.sections) {
      expect(section.titlePage).toBe(true);
      const numbered = paragraphs(section.headers.default!.blocks).find((p) => p.fields.some((f) => /PAGE/.test(f)));
      expect(numbered?.props.align).toBe("center");
      expect(numbered?.runs.every((r) => r.props.size === 28 && !r.props.bold && !r.props.italic)).toBe(true);
      expect(paragraphs(section.headers.first!.blocks).every((p) => p.text === "" && p.fields.length === 0)).toBe(true);
      expect(section.footers.default).toBeUndefined();
    }
  });

  it("writes every run in Times New Roman, black, through the document defaults", () => {
    expect(model.styles.defaultRun).toMatchObject({ fontAscii: "Times New Roman", fontHAnsi: "Times New Roman", fontCs: "Times New Roman" });
    for (const p of paragraphs(model.body)) {
      for (const r of p.runs.filter((run) => run.text.trim())) {
        expect(r.props.fontAscii).toBe("Times New Roman");
        expect(r.props.color ?? "auto").toMatch(/^(auto|000000)$/);
      }
    }
  });

  it("lays the header out as a borderless two-column table with absolute widths", () => {
    const header = model.body[0] as DocTable;
    expect(header.kind).toBe("table");
    expect(header.grid).toEqual([3600, 5868]);
    expect(header.borders.every((b) => b === "none")).toBe(true);
    const [issuer, nation] = header.rows[0]!.cells.map((c) => paragraphs(c.blocks));
    expect(issuer!.map((p) => p.text)).toEqual(["ỦY BAN NHÂN DÂN", "XÃ THẤT KHÊ", ""]);
    expect(nation!.map((p) => p.text)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]);
    expect(nation![0]!.runs[0]!.props).toMatchObject({ bold: true, size: 26 });
    expect(nation![1]!.runs[0]!.props).toMatchObject({ bold: true, size: 28 });
    expect(nation![2]!.props.borderBottom?.val).toBe("single");
    const [number, date] = header.rows[1]!.cells.map((c) => paragraphs(c.blocks)[0]!) as [DocParagraph, DocParagraph];
    expect(number.text).toBe("Số: 03/KH-UBND");
    expect(date.text).toBe("Thất Khê, ngày 09 tháng 01 năm 2026");
    expect(date.runs[0]!.props).toMatchObject({ italic: true, bold: false, size: 28 });
  });

  it("formats body paragraphs per PL I, II.6e: justified, 1 cm indent, 6 pt before, 1.15 lines, 14 pt", () => {
    const body = paragraphs(model.body).filter((p) => p.styleId?.startsWith("Kh"));
    expect(body.length).toBeGreaterThan(2);
    for (const p of body) {
      expect(p.props).toMatchObject({ align: "both", indFirstLine: 567, line: 276, lineRule: "auto" });
      expect(p.props.spacingBefore).toBeGreaterThanOrEqual(120);
      expect(p.runs.every((r) => r.props.size === 28)).toBe(true);
    }
    const heading = body.find((p) => p.text === "I. MỤC ĐÍCH, YÊU CẦU");
    expect(heading?.props.keepNext).toBe(true);
    expect(body[body.length - 1]!.text.endsWith("./.")).toBe(true);
  });

  it("puts Nơi nhận (12 pt bold italic, 11 pt lines) beside the signer, in one unsplittable row", () => {
    const signature = model.body.filter((b): b is DocTable => b.kind === "table").find((t) => t.section === 0 && t !== model.body[0])!;
    expect(signature.rows).toHaveLength(1);
    expect(signature.rows[0]!.cantSplit).toBe(true);
    const [left, right] = signature.rows[0]!.cells.map((c) => paragraphs(c.blocks));
    expect(left![0]!.text).toBe("Nơi nhận:");
    expect(left![0]!.runs[0]!.props).toMatchObject({ bold: true, italic: true, size: 24 });
    expect(left!.slice(1).map((p) => p.text)).toEqual(["- UBND tỉnh Lạng Sơn;", "- Lưu: VT."]);
    expect(left!.slice(1).every((p) => p.runs[0]!.props.size === 22)).toBe(true);
    expect(right!.filter((p) => p.text).map((p) => p.text)).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]);
  });

  it("numbers appendix table rows itself, with Roman group rows spanning the table", () => {
    const table = model.body.filter((b): b is DocTable => b.kind === "table" && b.section === 1)[0]!;
    expect(table.rows[0]!.header).toBe(true);
    const texts = table.rows.map((r) => r.cells.map((c) => paragraphs(c.blocks).map((p) => p.text).join(" ")));
    expect(texts).toEqual([
      ["STT", "Nội dung", "Thời gian"],
      ["I", "Tuyên truyền"],
      ["1", "Treo băng rôn", "Quý II"],
      ["2", "Phát thanh", "Thường xuyên"],
    ]);
    expect(table.rows[1]!.cells[1]!.span).toBe(2);
    expect(table.grid.reduce((a, b) => a + b, 0)).toBe(14287);
  });

  it("labels a single appendix 'Phụ lục' and refers back to the plan's number and date", () => {
    const texts = paragraphs(model.body.filter((b) => b.section === 1)).map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual([
      "Phụ lục",
      "DANH MỤC HOẠT ĐỘNG",
      "(Kèm theo Kế hoạch số 03/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân xã Thất Khê)",
    ]);
  });

  it("writes Word-safe footnote separators and metadata without a clock", () => {
    const core = strFromU8(files["docProps/core.xml"]!);
    expect(core).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-09T00:00:00Z</dcterms:created>");
    expect(core).toContain("<dc:title>Tổ chức các hoạt động văn hóa, thể thao năm 2026</dc:title>");
    const footnotes = strFromU8(files["word/footnotes.xml"]!);
    expect(footnotes).not.toMatch(/w:type="separator"[^>]*>(?:(?!<\/w:footnote>).)*footnoteRef/s);
  });
});
