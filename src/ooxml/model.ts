import type { DocxPackage } from "./package.js";
import { merge, readParagraphProps, readRunProps, type ParagraphProps, type RunProps } from "./props.js";
import { StyleSheet } from "./styles.js";
import { isW, kid, kids, numAttr, onOff, relAttr, wAttr, type XmlElement } from "./xml.js";

/**
 * A DOCX read back as blocks with *effective* formatting: document defaults → paragraph style
 * chain → character style chain → direct formatting, as Word resolves it. Used by
 * `kehoach check` and by the golden dumps.
 */
export interface DocRun {
  readonly text: string;
  readonly props: RunProps;
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
}

export interface DocCell {
  readonly width?: number;
  readonly vAlign?: string;
  readonly span: number;
  readonly blocks: readonly DocBlock[];
}

export interface DocTable {
  readonly kind: "table";
  readonly grid: readonly number[];
  readonly rows: readonly { readonly cells: readonly DocCell[]; readonly cantSplit: boolean; readonly header: boolean }[];
  /** Border values of tblBorders (top, left, bottom, right, insideH, insideV); empty = none set. */
  readonly borders: readonly string[];
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

class Reader {
  private section = 0;

  constructor(
    private readonly pkg: DocxPackage,
    readonly styles: StyleSheet,
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
      return { text: runText(r), props: merge(paraRun, ...charStyle.map((s) => s.rPr), readRunProps(rPr)) };
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
    };
  }

  table(tbl: XmlElement): DocTable {
    const tblPr = kid(tbl, "tblPr");
    const borders = kid(tblPr, "tblBorders");
    const tblW = kid(tblPr, "tblW");
    const indent = numAttr(kid(tblPr, "tblInd"), "w");
    const width = numAttr(tblW, "w");
    const widthType = wAttr(tblW, "type");
    return {
      kind: "table",
      grid: kids(kid(tbl, "tblGrid") ?? tbl, "gridCol").map((g) => numAttr(g, "w") ?? 0),
      rows: kids(tbl, "tr").map((tr) => {
        const trPr = kid(tr, "trPr");
        return {
          cantSplit: onOff(kid(trPr, "cantSplit")) === true,
          header: onOff(kid(trPr, "tblHeader")) === true,
          cells: kids(tr, "tc").map((tc) => {
            const tcPr = kid(tc, "tcPr");
            const cellWidth = numAttr(kid(tcPr, "tcW"), "w");
            const vAlign = wAttr(kid(tcPr, "vAlign"), "val");
            return {
              ...(cellWidth !== undefined ? { width: cellWidth } : {}),
              ...(vAlign ? { vAlign } : {}),
              span: numAttr(kid(tcPr, "gridSpan"), "val") ?? 1,
              blocks: this.blocks(tc),
            };
          }),
        };
      }),
      borders: borders ? kids(borders).map((b) => wAttr(b, "val") ?? "") : [],
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
    const margin = (k: string) => numAttr(pgMar, k);
    const margins: DocSection["margins"] = {};
    for (const k of ["top", "bottom", "left", "right", "header", "footer"] as const) {
      const v = margin(k);
      if (v !== undefined) margins[k] = v;
    }
    const width = numAttr(pgSz, "w");
    const height = numAttr(pgSz, "h");
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

export function mainDocumentPart(pkg: DocxPackage): string {
  const office = pkg.relationships("_rels/.rels").find((r) => r.type.endsWith("/officeDocument"));
  return office && pkg.has(office.target) ? office.target : "word/document.xml";
}

/** Reads the package's main document into blocks and sections. */
export function readDocModel(pkg: DocxPackage): DocModel {
  const part = mainDocumentPart(pkg);
  const stylesTarget = pkg.relationships(part).find((r) => r.type.endsWith("/styles"))?.target ?? "word/styles.xml";
  const styles = new StyleSheet(pkg.xml(stylesTarget));
  const reader = new Reader(pkg, styles);
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
  return { body: blocks, sections, styles };
}
