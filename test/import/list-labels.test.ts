import { describe, expect, it } from "vitest";
import { ListLabels } from "../../src/import/list-labels.js";
import { readDocModel, type DocParagraph } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { makeDocx, para } from "../ooxml/make-docx.js";

/**
 * Word's automatic numbers written out as Word shows them: start values, restarts and
 * continuation across lists, multi-level patterns, legal numbering, bullet levels.
 */
const lvl = (ilvl: number, format: string, text: string, extra = ""): string =>
  `<w:lvl w:ilvl="${ilvl}">${extra}<w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const start = (n: number): string => `<w:start w:val="${n}"/>`;
const numPr = (id: string, level = 0): string => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;

/** The labels of each paragraph, in order. */
function labels(numbering: string, paras: readonly [string, number][]): string[] {
  const body = paras.map(([id, level], i) => para(`p${i}`, numPr(id, level))).join("");
  const model = readDocModel(readDocxPackage(makeDocx({ body, numbering })));
  const list = new ListLabels(model.numbering);
  return (model.body as DocParagraph[]).map((p) => list.labelOf(p));
}

describe("Word's automatic numbers", () => {
  it("a level starts at its w:start value", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.", start(3))}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels(numbering, [["1", 0], ["1", 0], ["1", 0]])).toEqual(["3. ", "4. ", "5. "]);
  });

  it("numIds sharing an abstract list continue it; a startOverride restarts on its first paragraph only", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "lowerLetter", "%1)", start(1))}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    expect(
      labels(numbering, [
        ["1", 0],
        ["1", 0],
        ["2", 0],
        ["3", 0],
        ["3", 0],
        ["1", 0],
        ["4", 0],
      ]),
    ).toEqual(["a) ", "b) ", "c) ", "a) ", "b) ", "c) ", "e) "]);
  });

  it("multi-level patterns %1.%2., a prefix such as \"Điều %1.\", and deeper levels restarting", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.", start(1))}${lvl(1, "decimal", "%2.", start(1))}${lvl(2, "decimal", "%2.%3.", start(1))}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "Điều %1.", start(1))}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    expect(
      labels(numbering, [
        ["1", 0],
        ["1", 1],
        ["1", 2],
        ["1", 2],
        ["1", 1],
        ["1", 2],
        ["1", 0],
        ["1", 1],
        ["2", 0],
        ["2", 0],
      ]),
    ).toEqual(["I. ", "1. ", "1.1. ", "1.2. ", "2. ", "2.1. ", "II. ", "1. ", "Điều 1. ", "Điều 2. "]);
  });

  it("w:lvlRestart 0 keeps a level counting across its parents; legal numbering shows Arabic numbers", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.", start(1))}${lvl(1, "decimal", "%2.", start(1) + '<w:lvlRestart w:val="0"/>')}${lvl(2, "lowerLetter", "%1.%2.%3.", start(1) + "<w:isLgl/>")}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    expect(
      labels(numbering, [
        ["1", 0],
        ["1", 1],
        ["1", 0],
        ["1", 1],
        ["1", 2],
      ]),
    ).toEqual(["I. ", "1. ", "II. ", "2. ", "2.2.1. "]);
  });

  it("letters after z repeat (aa, bb), decimalZero pads, a missing w:start counts from 0 as the standard says", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "lowerLetter", "%1)", start(26))}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, "decimalZero", "%1.", start(9))}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, "decimal", "%1.")}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>';
    expect(
      labels(numbering, [
        ["1", 0],
        ["1", 0],
        ["1", 0],
        ["2", 0],
        ["2", 0],
        ["3", 0],
      ]),
    ).toEqual(["z) ", "aa) ", "bb) ", "09. ", "10. ", "0. "]);
  });

  it("bullets: «-» on the first bullet level, «+» on a bullet level below it, a typed «+» kept", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.", start(1))}${lvl(1, "bullet", "")}${lvl(2, "bullet", "o")}${lvl(3, "bullet", "+")}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    expect(
      labels(numbering, [
        ["1", 0],
        ["1", 1],
        ["1", 2],
        ["1", 3],
        ["1", 0],
      ]),
    ).toEqual(["1. ", "- ", "+ ", "+ ", "2. "]);
  });

  it("an abstract list linked to a numbering style takes the levels of the list that defines the style", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="KhList"/>${lvl(0, "decimal", "%1)", start(2))}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="KhList"/></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    expect(labels(numbering, [["2", 0], ["1", 0], ["2", 0]])).toEqual(["2) ", "3) ", "4) "]);
  });
});
