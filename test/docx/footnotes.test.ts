import { describe, expect, it } from "vitest";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { rejection as errorOf } from "../helpers/failure.js";
import { MINIMAL_PLAN, renderYaml } from "../helpers/build.js";

const SECTIONS = "sections:\n  - title: Mục đích, yêu cầu\n    body: |\n      - Tổ chức tốt các hoạt động.\n";

const PLAN = `${MINIMAL_PLAN.replace(
  SECTIONS,
  `basis:
  - Căn cứ Nghị quyết số 57-NQ/TW[^nq] của Bộ Chính trị
sections:
  - title: Mục đích[^md]
    body: |
      - Thực hiện Nghị quyết[^nq] đúng tiến độ.
`,
)}footnotes:
  hn: Hội nghị trực tuyến.
  nq: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.
  md: Theo *Kế hoạch* số 02/KH-UBND.
appendices:
  - title: Danh mục
    table:
      columns: [{ title: STT }, { title: Nội dung }]
      rows: [["Hội nghị[^hn]"]]
`;

describe("footnotes", () => {
  it("writes real Word footnotes, numbered in document order, with a superscript reference", async () => {
    const { bytes, layout } = await renderYaml(PLAN);
    const pkg = readDocxPackage(bytes);
    const doc = pkg.text("word/document.xml")!;
    const notes = pkg.text("word/footnotes.xml")!;
    expect([...doc.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])).toEqual(["1", "2", "3"]);
    expect(notes).toContain('w:type="separator"');
    // docx's footnoteRef inside the separators is removed (Word reports it as damage).
    expect(notes).not.toMatch(/w:type="separator"[^>]*>(?:(?!<\/w:footnote>).)*footnoteRef/s);
    expect(notes).toMatch(/<w:footnote w:id="1">.*<w:pStyle w:val="FootnoteText"\/>.*<w:t xml:space="preserve"> <\/w:t>.*Nghị quyết số 57-NQ\/TW ngày 22\/12\/2024/s);
    expect(notes).toMatch(/<w:footnote w:id="3">.*Hội nghị trực tuyến\./s);
    // The second reference to "nq" repeats its number as a superscript.
    expect(doc).toMatch(/<w:vertAlign w:val="superscript"\/>.*?<w:t[^>]*>1<\/w:t>/s);
    expect(layout.footnotes.map((f) => f.number)).toEqual([1, 2, 3]);
    expect(layout.footnotes[1]!.runs).toEqual([{ text: "Theo " }, { text: "Kế hoạch", italic: true }, { text: " số 02/KH-UBND." }]);
    const styles = pkg.text("word/styles.xml")!;
    // Footnote text at the practice size (11 pt = 22 half-points), Times New Roman by inheritance.
    expect(styles).toMatch(/w:styleId="FootnoteText".*?<w:sz w:val="22"\/>/s);
  });

  it("points an unknown id at its marker, and an unused note at its key", async () => {
    const bad = PLAN.replace("Mục đích[^md]", "Mục đích[^mdd]");
    const err = await errorOf(renderYaml(bad));
    const codes = err.diagnostics.map((d) => [d.code, d.position?.line, d.position?.column]);
    expect(codes).toContainEqual(["footnote-unknown", 10, 20]);
    expect(codes).toContainEqual(["footnote-unused", 20, 7]);
    expect(err.diagnostics.find((d) => d.code === "footnote-unknown")!.hint!.en).toBe("footnotes declared: hn, nq, md");
  });

  it("refuses a marker in a field that cannot carry a footnote (the signer)", async () => {
    const err = await errorOf(renderYaml(PLAN.replace("name: Nguyễn Văn An", "name: Nguyễn Văn An[^nq]")));
    expect(err.diagnostics.map((d) => d.code)).toEqual(["footnote-misplaced"]);
    expect(err.diagnostics[0]!.path).toEqual(["signer", "name"]);
  });
});
