import { describe, expect, it } from "vitest";
import { readDocModel, type DocParagraph } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { makeDocx, para } from "./make-docx.js";

/** The marker Word draws before an auto-numbered paragraph. */

const NUMBERING =
  '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>' +
  '<w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:lvlOverride></w:num>';

const numPr = (id: string, level = 0) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;

describe("list markers", () => {
  const model = readDocModel(
    readDocxPackage(makeDocx({ body: [para("a", numPr("3")), para("b", numPr("3", 1)), para("c", numPr("4")), para("d", numPr("0"))].join(""), numbering: NUMBERING })),
  );
  const [bullet, letter, overridden, off] = model.body as DocParagraph[];

  it("follows num → abstractNum → level", () => {
    expect(bullet!.props).toMatchObject({ numbered: true, numId: "3", numLevel: 0 });
    expect(model.numbering.marker("3", 0)).toMatchObject({ format: "bullet", text: "•" });
    expect(model.numbering.marker(letter!.props.numId, letter!.props.numLevel)).toMatchObject({ format: "lowerLetter", text: "%2)" });
  });

  it("a level override in w:num wins", () => {
    expect(model.numbering.marker(overridden!.props.numId, 0)).toMatchObject({ format: "bullet", text: "-" });
  });

  it("numId 0 switches numbering off; unknown lists have no marker", () => {
    expect(off!.props.numbered).toBe(false);
    expect(model.numbering.marker("0")).toBeUndefined();
    expect(model.numbering.marker("99")).toBeUndefined();
  });
});
