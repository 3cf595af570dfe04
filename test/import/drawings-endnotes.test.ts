import { readFileSync } from "node:fs";
import path from "node:path";
import { AlignmentType, EndnoteReferenceRun, ImageRun, Paragraph, TextRun } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { importDocx, type ImportResult } from "../../src/import/import-docx.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { renderYaml } from "../helpers/build.js";
import { ROOT } from "../helpers/run-cli.js";
import { docxBodyText } from "../helpers/word-similarity.js";
import { centre, line, runsLine, wordPlan } from "../helpers/word-plan.js";

/**
 * Nothing dropped silently: a picture (in the content and alone in an appendix) is reported
 * with its source paragraph and commented next to the field that holds the words around it;
 * an endnote keeps its place and its text as a footnote of the plan, with a warning naming the
 * paragraph.
 */
const png = readFileSync(path.join(ROOT, "examples/xa-na-duong-2026-trang-1.png"));
const picture = () => new ImageRun({ type: "png", data: png, transformation: { width: 120, height: 160 } });
const words = (text: string): string[] => text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];

describe("pictures and endnotes", () => {
  let imported: ImportResult;
  let rebuilt: Uint8Array;

  beforeAll(async () => {
    const source = await wordPlan(
      [
        {
          children: [
            centre("Phụ lục", { bold: true }),
            centre("SƠ ĐỒ ĐỊA ĐIỂM KIỂM TRA", { bold: true }),
            centre("(Kèm theo Kế hoạch số 15/KH-UBND ngày 10 tháng 3 năm 2026 của Ủy ban nhân dân xã Lương Minh)", { italic: true }),
            line("Sơ đồ các điểm kiểm tra trên địa bàn xã:", { align: AlignmentType.JUSTIFIED, firstLine: 567 }),
            new Paragraph({ alignment: AlignmentType.CENTER, children: [picture()] }),
          ],
        },
      ],
      ["Phụ lục"],
      { endnotes: { 1: { children: [new Paragraph("Theo số liệu của Phòng Kinh tế tháng 02/2026.")] } } },
      [
        runsLine([new TextRun({ text: "Trên địa bàn có 42 cơ sở sản xuất, kinh doanh thực phẩm", size: 28 }), new EndnoteReferenceRun(1), new TextRun({ text: ".", size: 28 })]),
        runsLine([new TextRun({ text: "Ảnh chụp cơ sở bánh Hương Xưa: ", size: 28 }), picture()]),
      ],
    );
    imported = importDocx(source, { file: "word-pictures.docx" });
    rebuilt = (await renderYaml(imported.yaml, { sourceDateEpoch: "0" })).bytes;
  });

  it("an endnote becomes a footnote at its place, with a warning naming the paragraph and a comment", () => {
    expect(imported.yaml).toContain("kinh doanh thực phẩm[^e1].");
    expect(imported.plan.footnotes).toEqual({ e1: "Theo số liệu của Phòng Kinh tế tháng 02/2026." });
    const note = imported.notes.find((n) => n.message.en.startsWith("endnote [1] made a footnote"));
    expect(note?.kind).toBe("guessed");
    expect(note?.paragraph).toBeGreaterThan(0);
    expect(imported.diagnostics.some((d) => d.severity === "warning" && d.message.vi.startsWith(`đoạn ${note!.paragraph}: chú thích cuối văn bản [1]`))).toBe(true);
    expect(imported.yaml).toMatch(/# Đoán: \(đoạn \d+\) chú thích cuối văn bản \[1\] chuyển thành chú thích cuối trang \[\^e1\]/);
    // Rebuilt as a real Word footnote.
    expect(readDocxPackage(rebuilt).text("word/footnotes.xml")).toContain("Theo số liệu của Phòng Kinh tế tháng 02/2026.");
  });

  it("each picture: a warning naming its paragraph and a comment beside the words around it", () => {
    const pictures = imported.notes.filter((n) => n.kind === "text" && n.message.en.startsWith("a picture"));
    expect(pictures).toHaveLength(2);
    expect(pictures[0]!.message.en).toContain('in "Ảnh chụp cơ sở bánh Hương …"');
    expect(pictures[0]!.path[0]).toBe("sections");
    expect(pictures[1]!.message.en).toMatch(/^a picture after "Sơ đồ các điểm kiểm tra/);
    expect(pictures[1]!.path.slice(0, 2)).toEqual(["appendices", 0]);
    expect(pictures.every((n) => (n.paragraph ?? 0) > 0)).toBe(true);
    expect(imported.yaml.match(/# Giữ nguyên văn bản: \(đoạn \d+\) hình ảnh/g)).toHaveLength(2);
  });

  it("the words around them rebuild", () => {
    const text = words(docxBodyText(rebuilt)).join(" ");
    expect(text).toContain("Ảnh chụp cơ sở bánh Hương Xưa");
    expect(text).toContain("Sơ đồ các điểm kiểm tra trên địa bàn xã");
  });
});
