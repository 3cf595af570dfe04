import { describe, expect, it } from "vitest";
import { readDocModel, type DocParagraph, type DocTable } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { makeDocx, para } from "./make-docx.js";

/** What the reader adds for the checker: drawn lines, table-style borders, spacing flags. */

const model = (body: string, styles?: string) => readDocModel(readDocxPackage(makeDocx({ body, ...(styles !== undefined ? { styles } : {}) })));

const LINE_DRAWING = (cx: number) =>
  `<w:drawing><wp:anchor><wp:extent cx="${cx}" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;

describe("drawn shapes", () => {
  it("a DrawingML line with its width (EMU → twips), counted once despite its VML fallback", () => {
    const body = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${LINE_DRAWING(1828800)}</mc:Choice><mc:Fallback><w:pict><v:line from="0,0" to="144pt,0"/></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const p = model(body).body[0] as DocParagraph;
    expect(p.shapes).toEqual([{ kind: "line", width: 2880 }]);
    expect(p.hasDrawing).toBe(true);
  });

  it("a VML line and a VML straight connector, in points", () => {
    const body = `<w:p><w:r><w:pict><v:line from="10pt,5pt" to="154pt,5pt"/></w:pict></w:r><w:r><w:pict><v:shape type="#_x0000_t32" style="position:absolute;width:60pt;height:0"/></w:pict></w:r></w:p>`;
    expect((model(body).body[0] as DocParagraph).shapes).toEqual([
      { kind: "line", width: 2880 },
      { kind: "line", width: 1200 },
    ]);
  });

  it("a picture is not a line", () => {
    const body = `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="635000" cy="635000"/><a:graphic><a:graphicData><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    expect((model(body).body[0] as DocParagraph).shapes).toEqual([{ kind: "picture", width: 1000 }]);
  });
});

describe("tables", () => {
  const STYLES = '<w:style w:type="table" w:styleId="TableGrid"><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/></w:tblBorders></w:tblPr></w:style>';
  const table = (tblPr: string) => `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>${para("x")}</w:tc></w:tr></w:tbl>`;

  it("borders come from the table style, direct tblBorders win side by side", () => {
    const styled = model(table('<w:tblStyle w:val="TableGrid"/><w:tblBorders><w:top w:val="nil"/></w:tblBorders>'), STYLES).body[0] as DocTable;
    expect(styled.styleId).toBe("TableGrid");
    expect(styled.borderSides).toEqual({ top: "nil", left: "single", bottom: "single", right: "single" });
    expect(styled.borders).toEqual(["nil"]);
  });

  it("grid and cell widths in millimetres (strict) are twips", () => {
    const t = model(`<w:tbl><w:tblGrid><w:gridCol w:w="100mm"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="100mm" w:type="dxa"/></w:tcPr>${para("x")}</w:tc></w:tr></w:tbl>`).body[0] as DocTable;
    expect(t.grid).toEqual([5669]);
    expect(t.rows[0]!.cells[0]!.width).toBe(5669);
  });
});

describe("paragraph properties", () => {
  it("contextual spacing, and a direct «none» border clearing the style's", () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Ruled"><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr><w:contextualSpacing/></w:pPr></w:style>';
    const [ruled, cleared] = model(para("a", '<w:pStyle w:val="Ruled"/>') + para("b", '<w:pStyle w:val="Ruled"/><w:pBdr><w:bottom w:val="none"/></w:pBdr><w:contextualSpacing w:val="0"/>'), styles).body as DocParagraph[];
    expect(ruled!.props).toMatchObject({ borderBottom: { val: "single", size: 6 }, contextualSpacing: true });
    expect(cleared!.props.borderBottom).toBeUndefined();
    expect(cleared!.props.contextualSpacing).toBe(false);
  });
});
