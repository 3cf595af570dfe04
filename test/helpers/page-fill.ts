import { execFileSync } from "node:child_process";

const MM = 72 / 25.4;

/** One page of a PDF as `pdftotext -bbox` reports it: size and the bottom edge of each word, in pt. */
export interface PageBoxes {
  readonly width: number;
  readonly height: number;
  /** yMax of every word on the page (top-down coordinates). */
  readonly wordBottoms: readonly number[];
  /** Whether a page number stands in the top margin (every page of a section but its first). */
  readonly numbered: boolean;
}

/** Word boxes of every page (poppler's `pdftotext -bbox`, coordinates in pt from the top left). */
export function readPageBoxes(pdf: string): PageBoxes[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages: PageBoxes[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3]!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((w) => ({ top: Number(w[1]), bottom: Number(w[2]), text: w[3]! }));
    const numbered = words.some((w) => w.bottom < 20 * MM && /^\d+$/.test(w.text.trim()));
    pages.push({ width: Number(m[1]), height: Number(m[2]), wordBottoms: words.map((w) => w.bottom), numbered });
  }
  return pages;
}


export interface PageFill {
  readonly page: number;
  /** Lowest text line as a fraction of the text area's height (0 = top margin, 1 = bottom margin). */
  readonly fill: number;
}

/**
 * How far down each page the text reaches, ignoring the page number in the top margin. The text
 * area is the page less ND30's 20 mm top and bottom margins.
 */
export function pageFills(pages: readonly PageBoxes[], marginTopMm = 20, marginBottomMm = 20): PageFill[] {
  return pages.map((p, i) => {
    const top = marginTopMm * MM;
    const bottom = p.height - marginBottomMm * MM;
    const body = p.wordBottoms.filter((y) => y > top);
    const lowest = body.length === 0 ? top : Math.max(...body);
    return { page: i + 1, fill: (lowest - top) / (bottom - top) };
  });
}

/** 1-based pages that end a section: the page before each unnumbered (first) page, and the last. */
export function sectionEnds(pages: readonly PageBoxes[]): number[] {
  const ends = pages.flatMap((p, i) => (i > 0 && !p.numbered ? [i] : []));
  return [...ends, pages.length];
}

/**
 * Pages that end with a gap: every page except the last of each section (`sectionEnds`, 1-based
 * page numbers where a section ends) must have text in the bottom fifth of the text area.
 */
export function gappedPages(fills: readonly PageFill[], sectionEnds: readonly number[], minFill = 0.8): PageFill[] {
  const ends = new Set([...sectionEnds, fills.length]);
  return fills.filter((f) => !ends.has(f.page) && f.fill < minFill);
}
