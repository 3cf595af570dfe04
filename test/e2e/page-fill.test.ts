import { describe, expect, it } from "vitest";
import { gappedPages, pageFills, sectionEnds, type PageBoxes } from "../helpers/page-fill.js";

const MM = 72 / 25.4;
const A4 = { width: 595.3, height: 841.9 };
/** A page whose lowest text line ends `fill` of the way down the text area. */
const page = (fill: number, numbered: boolean): PageBoxes => {
  const top = 20 * MM;
  const bottom = A4.height - 20 * MM;
  return { ...A4, numbered, wordBottoms: [...(numbered ? [15 * MM] : []), top + 30, top + fill * (bottom - top)] };
};

describe("the page-gap measure used on LibreOffice's PDFs", () => {
  it("finds half-empty pages inside a section, and ignores the last page of each section", () => {
    const pages = [page(0.95, false), page(0.5, true), page(0.9, true), page(0.3, true), page(0.4, false), page(0.6, true)];
    expect(sectionEnds(pages)).toEqual([4, 6]);
    expect(gappedPages(pageFills(pages), sectionEnds(pages)).map((p) => p.page)).toEqual([2, 5]);
  });

  it("does not count the page number in the top margin as text", () => {
    const [fill] = pageFills([page(0.85, true)]);
    expect(fill!.fill).toBeCloseTo(0.85, 2);
  });
});
