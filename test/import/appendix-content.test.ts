import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { importDocx, type ImportResult } from "../../src/import/import-docx.js";
import { prepareYaml, renderYaml } from "../helpers/build.js";
import { convertToPdf } from "../helpers/libreoffice.js";
import { tempDir } from "../helpers/main-io.js";
import { docxBodyText } from "../helpers/word-similarity.js";
import { BORDERS, centre, layoutTable, line, wordPlan } from "../helpers/word-plan.js";

/**
 * Appendices typed in Word: text around and between several tables, centred and right-aligned
 * lines, a signature block, a landscape section, a title on the label's line, an appendix with
 * no title; tables with a header row, group rows, horizontally and vertically merged cells,
 * several paragraphs in a cell and a two-level header. Each becomes the plan's appendix
 * `content:` in order, and the rebuilt appendices print the same words in the same order.
 */
const words = (text: string): string[] => text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
const REF = "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10 tháng 3 năm 2026 của Ủy ban nhân dân xã Lương Minh)";

const tc = (texts: string | string[], opts: { span?: number; merge?: "restart" | "continue"; bold?: boolean; align?: "center" | "left" } = {}): TableCell =>
  new TableCell({
    ...(opts.span ? { columnSpan: opts.span } : {}),
    ...(opts.merge ? { verticalMerge: opts.merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    children: (Array.isArray(texts) ? texts : [texts]).map(
      (t) => new Paragraph({ alignment: opts.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text: t, bold: opts.bold ?? false })] }),
    ),
  });

const dataTable = (widths: number[], rows: TableCell[][], header = true): Table =>
  new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: rows.map((cells, i) => new TableRow({ tableHeader: header && i === 0, children: cells })),
  });

const H = { bold: true, align: "center" as const };

/** Appendix I: landscape; text, a table with STT, groups and merges, notes, a second table, a signature. */
const appendixOne = [
  centre("Phụ lục I", { bold: true }),
  centre("DANH SÁCH CƠ SỞ ĐƯỢC KIỂM TRA", { bold: true }),
  centre(REF, { italic: true }),
  line("Danh sách do Phòng Kinh tế tổng hợp đến hết tháng 02 năm 2026.", { align: AlignmentType.JUSTIFIED, firstLine: 567 }),
  dataTable(
    [800, 4200, 2600, 2400],
    [
      [tc("STT", H), tc("Tên cơ sở", H), tc("Địa bàn", H), tc("Ghi chú", H)],
      [tc("I", H), tc("Cơ sở sản xuất", { bold: true, span: 3 })],
      [tc("1", { align: "center" }), tc("Cơ sở bánh Hương Xưa"), tc("Thôn Đồng Tâm", { merge: "restart" }), tc(["Đã nhắc nhở năm 2025", "Lấy mẫu kiểm nghiệm"])],
      [tc("2", { align: "center" }), tc("Xưởng nước đá Minh Phát"), tc("", { merge: "continue" }), tc("")],
      [tc("II", H), tc("Cơ sở kinh doanh", { bold: true, span: 3 })],
      [tc("1", { align: "center" }), tc("Cửa hàng thực phẩm Lan Anh"), tc("Thôn Bắc Sơn và thôn Nam Sơn (cả hai điểm bán)", { span: 2 })],
    ],
  ),
  line("Nguồn: Phòng Kinh tế xã", { italic: true, align: AlignmentType.RIGHT }),
  centre("TỔNG HỢP THEO THÔN"),
  dataTable(
    [5000, 5000],
    [
      [tc("Thôn", H), tc("Số cơ sở", H)],
      [tc("Đồng Tâm"), tc("2", { align: "center" })],
      [tc("Bắc Sơn"), tc("1", { align: "center" })],
    ],
  ),
  // Word keeps a paragraph between two tables (tables that touch are one table).
  line(""),
  layoutTable(
    [
      [centre("NGƯỜI LẬP BIỂU", { bold: true }), centre(""), centre(""), centre("Trần Thị Bình", { bold: true })],
      [centre("TRƯỞNG PHÒNG KINH TẾ", { bold: true }), centre("(Ký, ghi rõ họ tên)", { italic: true }), centre(""), centre(""), centre("Lê Văn Cường", { bold: true })],
    ],
    [4700, 4700],
  ),
];

/** Appendix II: the title on the label's line, a form with a two-level header. */
const appendixTwo = [
  centre("PHỤ LỤC II: MẪU BIÊN BẢN KIỂM TRA", { bold: true }),
  centre(REF, { italic: true }),
  centre("BIÊN BẢN KIỂM TRA", { bold: true }),
  line("Hôm nay, ngày … tháng … năm 2026, tại cơ sở …, Đoàn kiểm tra gồm:", { align: AlignmentType.JUSTIFIED, firstLine: 567 }),
  dataTable(
    [900, 4100, 2000, 2000],
    [
      [tc("TT", { ...H, merge: "restart" }), tc("Nội dung kiểm tra", { ...H, merge: "restart" }), tc("Kết quả", { ...H, span: 2 })],
      [tc("", { merge: "continue" }), tc("", { merge: "continue" }), tc("Đạt", H), tc("Không đạt", H)],
      [tc("1", { align: "center" }), tc("Giấy chứng nhận cơ sở đủ điều kiện"), tc(""), tc("")],
      [tc("2", { align: "center" }), tc("Nguồn gốc nguyên liệu"), tc(""), tc("")],
    ],
    false,
  ),
  line(""),
  // Each block typed as one paragraph with line breaks, as many forms are.
  layoutTable(
    [
      [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "THƯ KÝ", bold: true }), new TextRun({ text: "(Ký, ghi rõ họ tên)", italics: true, break: 1 })] })],
      [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: "TRƯỞNG ĐOÀN", bold: true }), new TextRun({ text: "(Ký tên)", italics: true, break: 1 }), new TextRun({ text: "(Ghi rõ họ tên)", italics: true, break: 1 })],
        }),
      ],
    ],
    [4700, 4700],
  ),
];

/** Appendix III: no title, no reference line, straight to a table. */
const appendixThree = [
  centre("Phụ lục III", { bold: true }),
  dataTable(
    [3000, 6000],
    [
      // A header not in bold and one row: a data table by its borders alone (on the cells after a LibreOffice re-save).
      [tc("Ngày"), tc("Việc")],
      [tc("05/4/2026"), tc("Kiểm tra đợt 1")],
    ],
  ),
];

type Obj = Record<string, unknown>;

const wordDocument = () =>
  wordPlan([{ landscape: true, children: appendixOne }, { children: appendixTwo }, { children: appendixThree }], ["Phụ lục I", "Phụ lục II", "Phụ lục III"]);

const kinds = (plan: Obj): string[][] => (plan.appendices as Obj[]).map((a) => [...((a.content as Obj[] | undefined) ?? []).map((c) => Object.keys(c)[0]!), ...(a.table ? ["table"] : [])]);

describe("appendices typed in Word", () => {
  let source: Uint8Array;
  let imported: ImportResult;
  let rebuilt: Uint8Array;

  beforeAll(async () => {
    source = await wordDocument();
    imported = importDocx(source, { file: "word-appendices.docx" });
    rebuilt = (await renderYaml(imported.yaml, { sourceDateEpoch: "0" })).bytes;
  });

  const appendix = (i: number): Obj => (imported.plan.appendices as Obj[])[i]!;

  it("appendix I: landscape, its text, tables, notes and signatures in order as content", () => {
    const a = appendix(0);
    expect(a.orientation).toBe("landscape");
    expect(a.title).toBe("Danh sách cơ sở được kiểm tra");
    expect(a.body).toBeUndefined();
    const content = a.content as Obj[];
    expect(content.map((c) => Object.keys(c)[0])).toEqual(["text", "table", "text", "text", "table", "signature", "signature"]);
    expect(content[0]).toEqual({ text: "Danh sách do Phòng Kinh tế tổng hợp đến hết tháng 02 năm 2026." });
    expect(content[2]).toEqual({ text: "Nguồn: Phòng Kinh tế xã", align: "right", italic: true });
    expect(content[3]).toEqual({ text: "TỔNG HỢP THEO THÔN", align: "center" });
    expect(content[5]).toEqual({ signature: { align: "left", lines: ["NGƯỜI LẬP BIỂU"], name: "Trần Thị Bình" } });
    expect(content[6]).toEqual({ signature: { lines: ["TRƯỞNG PHÒNG KINH TẾ"], note: "(Ký, ghi rõ họ tên)", name: "Lê Văn Cường" } });
  });

  it("a table with STT, group rows, merged cells and a cell of two paragraphs", () => {
    const table = ((appendix(0).content as Obj[])[1] as { table: Obj }).table;
    expect((table.columns as Obj[]).map((c) => c.title)).toEqual(["STT", "Tên cơ sở", "Địa bàn", "Ghi chú"]);
    expect(table.rows).toEqual([
      { group: "Cơ sở sản xuất" },
      ["Cơ sở bánh Hương Xưa", "Thôn Đồng Tâm", "Đã nhắc nhở năm 2025\nLấy mẫu kiểm nghiệm"],
      ["Xưởng nước đá Minh Phát", "", ""],
      { group: "Cơ sở kinh doanh" },
      ["Cửa hàng thực phẩm Lan Anh", "Thôn Bắc Sơn và thôn Nam Sơn (cả hai điểm bán)", ""],
    ]);
    const merge = imported.notes.find((n) => n.kind === "guessed" && n.message.en.includes("vertically merged"));
    expect(merge?.path).toEqual(["appendices", 0, "content", 1, "table"]);
    expect(imported.yaml).toMatch(/# Đoán: \(đoạn \d+\) bảng có 1 ô gộp dọc/);
    // The STT column is centred by default and the others typed left: no align written.
    expect((table.columns as Obj[]).map((c) => c.align)).toEqual([undefined, undefined, undefined, undefined]);
    // A column of centred numbers keeps its alignment.
    const second = ((appendix(0).content as Obj[])[4] as { table: Obj }).table;
    expect(second.columns).toEqual([{ title: "Thôn", width: expect.any(Number) }, { title: "Số cơ sở", width: expect.any(Number), align: "center" }]);
  });

  it("appendix II: the title on the label's line, a centred heading and a two-level header", () => {
    const a = appendix(1);
    expect(a.label).toBeUndefined();
    expect(a.title).toBe("Mẫu biên bản kiểm tra");
    const content = a.content as Obj[];
    expect(content[0]).toEqual({ text: "BIÊN BẢN KIỂM TRA", align: "center", bold: true });
    const table = (content[2] as { table: Obj }).table;
    expect((table.columns as Obj[]).map((c) => c.title)).toEqual(["TT", "Nội dung kiểm tra", "Kết quả\nĐạt", "Không đạt"]);
    expect(table.numbered).toBe(true);
    expect(table.rows).toEqual([
      ["Giấy chứng nhận cơ sở đủ điều kiện", "", ""],
      ["Nguồn gốc nguyên liệu", "", ""],
    ]);
    // Two blocks side by side: printed one under the other (noted).
    expect(content.slice(3)).toEqual([
      { signature: { align: "left", lines: ["THƯ KÝ"], note: "(Ký, ghi rõ họ tên)" } },
      { signature: { lines: ["TRƯỞNG ĐOÀN"], note: "(Ký tên) (Ghi rõ họ tên)" } },
    ]);
    expect(imported.yaml).toContain("# Đoán: (đoạn");
    expect(imported.notes.some((n) => n.message.en === "signature blocks side by side are printed one under the other" && n.path.join(".") === "appendices.1.content.3")).toBe(true);
  });

  it("appendix III without a title: \"…\" to fill in, noted, never an empty title", () => {
    const a = appendix(2);
    expect(a.title).toBe("…");
    expect(a.table).toEqual({ columns: [{ title: "Ngày", width: 53 }, { title: "Việc", width: 106 }], rows: [["05/4/2026", "Kiểm tra đợt 1"]] });
    expect(imported.yaml).toContain('# Đoán: phụ lục không có tên; ghi tạm "…" để điền');
  });

  it("the rebuilt appendices print the same words in the same order and the plan passes check", () => {
    // From the first appendix label on, compared without letter case (ND30 writes "Phụ lục", the source "PHỤ LỤC").
    const from = (text: string) => {
      const all = words(text).map((w) => w.toLocaleLowerCase("vi"));
      const at = all.findIndex((w, i) => w === "phụ" && all[i + 1] === "lục" && all[i + 2] === "i" && all[i + 3] === "danh");
      return all.slice(at);
    };
    const original = from(docxBodyText(source));
    const again = from(docxBodyText(rebuilt));
    // kehoach writes the missing "(Kèm theo …)" line of appendix III itself: the only words added.
    const third = original.lastIndexOf("iii") + 1;
    const added = again.slice(third, again.length - (original.length - third));
    expect(added.slice(0, 6)).toEqual(["kèm", "theo", "kế", "hoạch", "số", "15"]);
    expect([...again.slice(0, third), ...again.slice(third + added.length)]).toEqual(original);
    const levels = prepareYaml(imported.yaml).plan.rules ?? {};
    const failed = checkDocx(rebuilt, { levels }).results.filter((r) => r.level === "E" && r.status === "FAIL").map((r) => r.id);
    expect(failed).toEqual([]);
  });
});

describe("the same document re-saved by LibreOffice", () => {
  it("gives the same appendix content, the same words, and rebuilds ND30-clean", async () => {
    const dir = tempDir("kh-import-appendix-lo-");
    const input = path.join(dir, "word.docx");
    const direct = importDocx(await wordDocument());
    writeFileSync(input, await wordDocument());
    convertToPdf([input], path.join(dir, "out"), "docx:MS Word 2007 XML");
    const resaved = readFileSync(path.join(dir, "out", "word.docx"));
    const imported = importDocx(resaved);
    expect(kinds(imported.plan)).toEqual(kinds(direct.plan));
    const tables = (plan: Obj) => (plan.appendices as Obj[]).flatMap((a) => ((a.content as Obj[] | undefined) ?? []).filter((c) => "table" in c).map((c) => (c.table as Obj).rows));
    expect(tables(imported.plan)).toEqual(tables(direct.plan));
    const rebuilt = (await renderYaml(imported.yaml, { sourceDateEpoch: "0" })).bytes;
    const again = (await renderYaml(direct.yaml, { sourceDateEpoch: "0" })).bytes;
    expect(words(docxBodyText(rebuilt))).toEqual(words(docxBodyText(again)));
    const levels = prepareYaml(imported.yaml).plan.rules ?? {};
    expect(checkDocx(rebuilt, { levels }).results.filter((r) => r.level === "E" && r.status === "FAIL").map((r) => r.id)).toEqual([]);
  });
});

describe("a damaged table in an appendix", () => {
  it("a cell spanning a billion columns is kept as text lines (the mapping did not fail), without building the columns", async () => {
    const bytes = await wordPlan(
      [{ children: [centre("Phụ lục", { bold: true }), centre("BẢNG HỎNG", { bold: true }), dataTable([3000, 6000], [[tc("Cột một", H), tc("Cột hai", H)], [tc("Ô trải rất rộng", { span: 1_000_000_000 })], [tc("a"), tc("b")]])] }],
      ["Phụ lục"],
    );
    const imported = importDocx(bytes);
    const appendix = (imported.plan.appendices as Obj[])[0]!;
    expect(appendix.table).toBeUndefined();
    expect(appendix.title).toBe("Bảng hỏng");
    expect(JSON.stringify(appendix.content)).toContain("Ô trải rất rộng");
    expect(imported.notes.some((n) => n.kind === "text" && n.message.en.includes("kept as text lines"))).toBe(true);
  });
});
