import { EMU_PER_TWIP } from "./geometry.js";
import { Numbering } from "./numbering.js";
import type { DocxPackage } from "./package.js";
import { merge, readParagraphProps, readRunProps, type ParagraphProps, type RunProps } from "./props.js";
import { readTableBorders, StyleSheet } from "./styles.js";
import { readThemeFonts, themeFontName, type ThemeFonts } from "./theme.js";
import { isW, kid, kids, numAttr, onOff, relAttr, twipsAttr, wAttr, type XmlElement } from "./xml.js";

/**
 * A DOCX read back as blocks with *effective* formatting: document defaults → paragraph style
 * chain → character style chain → direct formatting, as Word resolves it. Used by
 * `kehoach check` and by the golden dumps.
 */
export interface DocRun {
  readonly text: string;
  readonly props: RunProps;
  /** w:id of a footnote reference the run holds (its mark has no text; footnotes.xml has the note). */
  readonly footnoteId?: string;
  /** w:id of an endnote reference the run holds (endnotes.xml has the note). */
  readonly endnoteId?: string;
}

export interface DocParagraph {
  readonly kind: "paragraph";
  readonly text: string;
  readonly runs: readonly DocRun[];
  readonly props: ParagraphProps;
  readonly styleId?: string;
  /** Index of the section the paragraph belongs to. */
  readonly section: number;
  /** Fields in the paragraph (instr text, e.g. "PAGE"). */
  readonly fields: readonly string[];
  readonly hasDrawing: boolean;
  /** Drawn objects anchored in the paragraph (DrawingML or VML), e.g. the rule under a motto. */
  readonly shapes: readonly DocShape[];
}

export interface DocShape {
  /** "line": a straight line or connector; "picture": an image; "shape": anything else. */
  readonly kind: "line" | "picture" | "shape";
  /** Horizontal extent in twips, when the markup gives it. */
  readonly width?: number;
}

export interface DocCell {
  readonly width?: number;
  readonly vAlign?: string;
  readonly span: number;
  /** Vertical merge: "restart" starts a merged cell, "continue" is covered by the cell above. */
  readonly vMerge?: "restart" | "continue";
  /** The cell draws a border of its own (tcBorders), as LibreOffice writes a table's borders. */
  readonly bordered?: boolean;
  readonly blocks: readonly DocBlock[];
}

export interface DocTable {
  readonly kind: "table";
  readonly grid: readonly number[];
  readonly rows: readonly { readonly cells: readonly DocCell[]; readonly cantSplit: boolean; readonly header: boolean }[];
  /** Border values of tblBorders (top, left, bottom, right, insideH, insideV); empty = none set. */
  readonly borders: readonly string[];
  /** Borders per side as Word draws them: the table style chain, then direct tblBorders. */
  readonly borderSides: Readonly<Record<string, string>>;
  readonly styleId?: string;
  readonly indent?: number;
  readonly widthType?: string;
  readonly width?: number;
  readonly section: number;
}

export type DocBlock = DocParagraph | DocTable;

export interface HeaderPart {
  readonly part: string;
  readonly blocks: readonly DocBlock[];
}

export interface DocSection {
  readonly pageWidth?: number;
  readonly pageHeight?: number;
  readonly orient?: string;
  readonly margins: { top?: number; bottom?: number; left?: number; right?: number; header?: number; footer?: number };
  readonly titlePage: boolean;
  readonly type?: string;
  readonly pageNumberFormat?: string;
  readonly pageNumberStart?: number;
  readonly headers: { readonly default?: HeaderPart; readonly first?: HeaderPart; readonly even?: HeaderPart };
  readonly footers: { readonly default?: HeaderPart; readonly first?: HeaderPart; readonly even?: HeaderPart };
}

export interface DocModel {
  readonly body: readonly DocBlock[];
  readonly sections: readonly DocSection[];
  readonly styles: StyleSheet;
  readonly numbering: Numbering;
}

/** Runs and their text, through hyperlinks, insertions, smart tags and content controls. */
function collectRuns(p: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const el of kids(p)) {
    if (isW(el, "r")) out.push(el);
    else if (["hyperlink", "ins", "smartTag", "fldSimple", "customXml", "bdo", "dir"].some((n) => isW(el, n))) collectRuns(el, out);
    else if (isW(el, "sdt")) collectRuns(kid(el, "sdtContent") ?? el, out);
  }
  return out;
}

function runText(r: XmlElement): string {
  let text = "";
  for (const el of kids(r)) {
    if (isW(el, "t")) text += el.textContent ?? "";
    else if (isW(el, "tab")) text += "\t";
    else if (isW(el, "br") || isW(el, "cr")) text += wAttr(el, "type") === "page" ? "\f" : "\n";
    else if (isW(el, "noBreakHyphen")) text += "-";
  }
  return text;
}

function fieldInstructions(p: XmlElement): string[] {
  const out: string[] = [];
  const walk = (el: XmlElement) => {
    for (const c of kids(el)) {
      if (isW(c, "fldSimple")) out.push(wAttr(c, "instr") ?? "");
      if (isW(c, "instrText")) out.push(c.textContent ?? "");
      walk(c);
    }
  };
  walk(p);
  return out;
}

const VML_NS = "urn:schemas-microsoft-com:vml";
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const LINE_GEOMETRIES = new Set(["line", "straightConnector1"]);
/** VML lengths: points unless a unit is given (Word writes "pt"; px is 0.75 pt). */
const VML_TWIPS_PER_UNIT: Record<string, number> = { pt: 20, in: 1440, mm: 1440 / 25.4, cm: 1440 / 2.54, px: 15, "": 20 };

function vmlLength(v: string | null | undefined): number | undefined {
  const m = /^\s*(-?[0-9]*\.?[0-9]+)\s*(pt|in|mm|cm|px|)\s*$/.exec(v ?? "");
  return m ? Number(m[1]) * VML_TWIPS_PER_UNIT[m[2]!]! : undefined;
}

function vmlShape(el: XmlElement): DocShape | undefined {
  if (el.localName === "line") {
    const [x1, y1] = (el.getAttribute("from") ?? "0,0").split(",").map(vmlLength);
    const [x2, y2] = (el.getAttribute("to") ?? "0,0").split(",").map(vmlLength);
    const width = x1 !== undefined && x2 !== undefined ? Math.abs(x2 - x1) : undefined;
    const flat = y1 === undefined || y2 === undefined || Math.abs(y2 - y1) < 20;
    return { kind: flat ? "line" : "shape", ...(width !== undefined ? { width: Math.round(width) } : {}) };
  }
  if (el.localName === "shape" || el.localName === "rect") {
    const style = el.getAttribute("style") ?? "";
    const w = vmlLength(/(?:^|;)\s*width:([^;]+)/.exec(style)?.[1]);
    const straight = /_x0000_t32/.test(el.getAttribute("type") ?? "") || el.getAttributeNS("urn:schemas-microsoft-com:office:office", "connectortype") === "straight";
    if (el.getElementsByTagNameNS(VML_NS, "imagedata").length > 0) return { kind: "picture", ...(w !== undefined ? { width: Math.round(w) } : {}) };
    return { kind: straight ? "line" : "shape", ...(w !== undefined ? { width: Math.round(w) } : {}) };
  }
  return undefined;
}

function drawingShape(drawing: XmlElement): DocShape {
  const holder = kids(drawing).find((k) => k.localName === "inline" || k.localName === "anchor");
  const extent = holder ? kids(holder).find((k) => k.localName === "extent") : undefined;
  const cx = Number(extent?.getAttribute("cx"));
  const width = Number.isFinite(cx) && extent ? { width: Math.round(cx / EMU_PER_TWIP) } : {};
  const geometry = drawing.getElementsByTagNameNS("*", "prstGeom")[0]?.getAttribute("prst") ?? "";
  if (LINE_GEOMETRIES.has(geometry)) return { kind: "line", ...width };
  if (drawing.getElementsByTagNameNS("*", "pic").length > 0) return { kind: "picture", ...width };
  return { kind: "shape", ...width };
}

/** Drawings of a paragraph, once each: mc:Fallback repeats a drawing as VML for old readers. */
function paragraphShapes(p: XmlElement): DocShape[] {
  const out: DocShape[] = [];
  const walk = (el: XmlElement) => {
    for (const c of kids(el)) {
      if (c.localName === "Fallback" && c.namespaceURI === MC_NS) continue;
      if (isW(c, "drawing")) {
        out.push(drawingShape(c));
        continue;
      }
      if (c.namespaceURI === VML_NS) {
        const shape = vmlShape(c);
        if (shape) {
          out.push(shape);
          continue;
        }
      }
      walk(c);
    }
  };
  walk(p);
  return out;
}

type FontSlot = ["fontAscii" | "fontHAnsi" | "fontCs", "fontAsciiTheme" | "fontHAnsiTheme" | "fontCsTheme"];
const FONT_SLOTS: readonly FontSlot[] = [
  ["fontAscii", "fontAsciiTheme"],
  ["fontHAnsi", "fontHAnsiTheme"],
  ["fontCs", "fontCsTheme"],
];

/** Theme references replaced by the theme's typeface, so fontAscii is the font Word shows. */
function resolveThemeFonts(props: RunProps, theme: ThemeFonts): RunProps {
  if (!FONT_SLOTS.some(([, ref]) => props[ref])) return props;
  const out: RunProps = { ...props };
  for (const [slot, ref] of FONT_SLOTS) {
    const name = props[ref] ? themeFontName(props[ref], theme) : undefined;
    if (name) out[slot] = name;
  }
  return out;
}

class Reader {
  private section = 0;

  constructor(
    private readonly pkg: DocxPackage,
    readonly styles: StyleSheet,
    private readonly theme: ThemeFonts,
  ) {}

  paragraph(p: XmlElement): DocParagraph {
    const pPr = kid(p, "pPr");
    const styleId = wAttr(kid(pPr, "pStyle"), "val") ?? this.styles.defaultStyleId("paragraph");
    const chain = this.styles.chain(styleId);
    const props = merge(this.styles.defaultParagraph, ...chain.map((s) => s.pPr), readParagraphProps(pPr));
    const paraRun = merge(this.styles.defaultRun, ...chain.map((s) => s.rPr));
    const runs: DocRun[] = collectRuns(p).map((r) => {
      const rPr = kid(r, "rPr");
      const charStyle = this.styles.chain(wAttr(kid(rPr, "rStyle"), "val"));
      const props = merge(paraRun, ...charStyle.map((s) => s.rPr), readRunProps(rPr));
      const footnoteId = wAttr(kid(r, "footnoteReference"), "id");
      const endnoteId = wAttr(kid(r, "endnoteReference"), "id");
      return {
        text: runText(r),
        props: resolveThemeFonts(props, this.theme),
        ...(footnoteId !== undefined ? { footnoteId } : {}),
        ...(endnoteId !== undefined ? { endnoteId } : {}),
      };
    });
    return {
      kind: "paragraph",
      text: runs.map((r) => r.text).join(""),
      runs,
      props,
      ...(styleId ? { styleId } : {}),
      section: this.section,
      fields: fieldInstructions(p),
      hasDrawing: p.getElementsByTagNameNS("*", "drawing").length > 0 || p.getElementsByTagNameNS("*", "pict").length > 0,
      shapes: paragraphShapes(p),
    };
  }

  table(tbl: XmlElement): DocTable {
    const tblPr = kid(tbl, "tblPr");
    const borders = kid(tblPr, "tblBorders");
    const tblW = kid(tblPr, "tblW");
    const indent = twipsAttr(kid(tblPr, "tblInd"), "w");
    const width = twipsAttr(tblW, "w");
    const widthType = wAttr(tblW, "type");
    const styleId = wAttr(kid(tblPr, "tblStyle"), "val") ?? this.styles.defaultStyleId("table");
    const borderSides = Object.assign({}, ...this.styles.chain(styleId).map((s) => s.tableBorders), readTableBorders(borders)) as Record<string, string>;
    return {
      kind: "table",
      grid: kids(kid(tbl, "tblGrid") ?? tbl, "gridCol").map((g) => twipsAttr(g, "w") ?? 0),
      rows: kids(tbl, "tr").map((tr) => {
        const trPr = kid(tr, "trPr");
        return {
          cantSplit: onOff(kid(trPr, "cantSplit")) === true,
          header: onOff(kid(trPr, "tblHeader")) === true,
          cells: kids(tr, "tc").map((tc) => {
            const tcPr = kid(tc, "tcPr");
            const cellWidth = twipsAttr(kid(tcPr, "tcW"), "w");
            const vAlign = wAttr(kid(tcPr, "vAlign"), "val");
            const vMergeEl = kid(tcPr, "vMerge");
            const vMerge = vMergeEl ? (wAttr(vMergeEl, "val") === "restart" ? "restart" : "continue") : undefined;
            const tcBorders = kid(tcPr, "tcBorders");
            const bordered = tcBorders !== undefined && kids(tcBorders).some((b) => !["nil", "none"].includes(wAttr(b, "val") ?? "nil"));
            return {
              ...(cellWidth !== undefined ? { width: cellWidth } : {}),
              ...(vAlign ? { vAlign } : {}),
              span: numAttr(kid(tcPr, "gridSpan"), "val") ?? 1,
              ...(vMerge ? { vMerge } : {}),
              ...(bordered ? { bordered } : {}),
              blocks: this.blocks(tc),
            };
          }),
        };
      }),
      borders: borders ? kids(borders).map((b) => wAttr(b, "val") ?? "") : [],
      borderSides,
      ...(styleId ? { styleId } : {}),
      ...(indent !== undefined ? { indent } : {}),
      ...(width !== undefined ? { width } : {}),
      ...(widthType ? { widthType } : {}),
      section: this.section,
    };
  }

  /** Blocks of a container; a paragraph holding a sectPr ends its section. */
  blocks(container: XmlElement, sectPrs?: XmlElement[]): DocBlock[] {
    const out: DocBlock[] = [];
    for (const el of kids(container)) {
      if (isW(el, "p")) {
        out.push(this.paragraph(el));
        const sectPr = kid(kid(el, "pPr"), "sectPr");
        if (sectPr && sectPrs) {
          sectPrs.push(sectPr);
          this.section++;
        }
      } else if (isW(el, "tbl")) out.push(this.table(el));
      else if (isW(el, "sdt")) out.push(...this.blocks(kid(el, "sdtContent") ?? el, sectPrs));
      else if (isW(el, "customXml")) out.push(...this.blocks(el, sectPrs));
    }
    return out;
  }

  headerPart(part: string): HeaderPart | undefined {
    const root = this.pkg.xml(part);
    if (!root) return undefined;
    const saved = this.section;
    const blocks = this.blocks(root);
    this.section = saved;
    return { part, blocks };
  }

  sectionProps(sectPr: XmlElement, rels: Map<string, string>): DocSection {
    const pgSz = kid(sectPr, "pgSz");
    const pgMar = kid(sectPr, "pgMar");
    const pgNum = kid(sectPr, "pgNumType");
    const refs = (name: "headerReference" | "footerReference") => {
      const out: Record<string, HeaderPart> = {};
      for (const ref of kids(sectPr, name)) {
        const type = wAttr(ref, "type") ?? "default";
        const target = rels.get(relAttr(ref, "id") ?? "");
        const part = target ? this.headerPart(target) : undefined;
        if (part) out[type] = part;
      }
      return out;
    };
    const margin = (k: string) => twipsAttr(pgMar, k);
    const margins: DocSection["margins"] = {};
    for (const k of ["top", "bottom", "left", "right", "header", "footer"] as const) {
      const v = margin(k);
      if (v !== undefined) margins[k] = v;
    }
    const width = twipsAttr(pgSz, "w");
    const height = twipsAttr(pgSz, "h");
    const orient = wAttr(pgSz, "orient");
    const type = wAttr(kid(sectPr, "type"), "val");
    const fmt = wAttr(pgNum, "fmt");
    const start = numAttr(pgNum, "start");
    return {
      ...(width !== undefined ? { pageWidth: width } : {}),
      ...(height !== undefined ? { pageHeight: height } : {}),
      ...(orient ? { orient } : {}),
      margins,
      titlePage: onOff(kid(sectPr, "titlePg")) === true,
      ...(type ? { type } : {}),
      ...(fmt ? { pageNumberFormat: fmt } : {}),
      ...(start !== undefined ? { pageNumberStart: start } : {}),
      headers: refs("headerReference"),
      footers: refs("footerReference"),
    };
  }
}

export const mainDocumentPart = (pkg: DocxPackage): string => pkg.mainPart();

/** Reads the package's main document into blocks and sections. */
export function readDocModel(pkg: DocxPackage): DocModel {
  const part = mainDocumentPart(pkg);
  const stylesTarget = pkg.relationships(part).find((r) => r.type.endsWith("/styles"))?.target ?? "word/styles.xml";
  const styles = new StyleSheet(pkg.xml(stylesTarget));
  const partTarget = (type: string) => pkg.relationships(part).find((r) => r.type.endsWith(`/${type}`))?.target;
  const themeTarget = partTarget("theme");
  const numberingTarget = partTarget("numbering");
  const theme = readThemeFonts(themeTarget ? pkg.xml(themeTarget) : undefined);
  const numbering = new Numbering(numberingTarget ? pkg.xml(numberingTarget) : undefined);
  const reader = new Reader(pkg, styles, theme);
  const root = pkg.xml(part)!;
  const body = kid(root, "body") ?? root;
  const sectPrs: XmlElement[] = [];
  const blocks = reader.blocks(body, sectPrs);
  const finalSect = kid(body, "sectPr");
  if (finalSect) sectPrs.push(finalSect);
  const rels = new Map(pkg.relationships(part).map((r) => [r.id, r.target]));
  // Word: a section without a header reference of a type inherits the previous section's.
  const sections: DocSection[] = [];
  for (const s of sectPrs) {
    const own = reader.sectionProps(s, rels);
    const prev = sections[sections.length - 1];
    sections.push(
      prev
        ? { ...own, headers: { ...prev.headers, ...own.headers }, footers: { ...prev.footers, ...own.footers } }
        : own,
    );
  }
  if (sections.length === 0) sections.push({ margins: {}, titlePage: false, headers: {}, footers: {} });
  return { body: blocks, sections, styles, numbering };
}
