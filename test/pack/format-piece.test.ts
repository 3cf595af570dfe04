import { ExternalHyperlink, Paragraph, SectionProperties, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { describe, expect, it } from "vitest";
import { formatInSection } from "../../src/pack/format-piece.js";
import { compiledFile as file, compiler } from "../helpers/docx-compiler.js";

const portrait = new SectionProperties({ page: { size: { width: 11906, height: 16838 }, margin: { left: 1701, right: 1134 } } });
const landscape = new SectionProperties({ page: { size: { width: 16838, height: 11906 }, margin: { left: 1701, right: 1134 } } });
const wideTable = () =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("a")] }), new TableCell({ children: [new Paragraph("b")] })] })] });

describe("formatInSection", () => {
  it("writes a plain paragraph as docx does, reusable", () => {
    const out = formatInSection(compiler.formatter, file(), portrait, [new Paragraph({ children: [new TextRun({ text: "Tổ chức & thực hiện", bold: true })] })]);
    expect(out.contextual).toBe(false);
    expect(out.xml).toBe('<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Tổ chức &amp; thực hiện</w:t></w:r></w:p>');
  });

  it("gives a table the text width of its own section", () => {
    const f = file();
    const narrow = formatInSection(compiler.formatter, f, portrait, [wideTable()]);
    const wide = formatInSection(compiler.formatter, f, landscape, [wideTable()]);
    expect(narrow.contextual).toBe(false);
    expect(wide.contextual).toBe(false);
    expect(narrow.xml).not.toBe(wide.xml);
  });

  it("marks as not reusable what reads more of the document (a hyperlink adds a relationship)", () => {
    const link = new Paragraph({ children: [new ExternalHyperlink({ link: "https://vanban.chinhphu.vn", children: [new TextRun("Văn bản")] })] });
    expect(formatInSection(compiler.formatter, file(), portrait, [link]).contextual).toBe(true);
  });
});
