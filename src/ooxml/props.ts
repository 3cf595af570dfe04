import { halfPointsAttr, kid, kids, numAttr, onOff, twipsAttr, wAttr, type XmlElement } from "./xml.js";

/** Run properties that ND30 cares about; undefined = not set at this level. */
export interface RunProps {
  fontAscii?: string;
  fontHAnsi?: string;
  fontCs?: string;
  /**
   * Theme font references (asciiTheme="minorHAnsi"…). Within one level a theme reference wins
   * over the named font; a deeper level that names a font clears an inherited reference, so
   * these are written as explicit `undefined` when a level sets rFonts without them.
   */
  fontAsciiTheme?: string | undefined;
  fontHAnsiTheme?: string | undefined;
  fontCsTheme?: string | undefined;
  /** Half-points (26 = 13 pt). */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  color?: string;
  highlight?: string;
  shading?: string;
  underline?: string;
  vertAlign?: string;
}

export interface Border {
  readonly val: string;
  readonly size?: number;
}

export interface ParagraphProps {
  align?: string;
  indLeft?: number;
  indRight?: number;
  indFirstLine?: number;
  indHanging?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  line?: number;
  lineRule?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  numbered?: boolean;
  /** w:numPr: the list (numId) and level (ilvl) whose marker Word draws before the text. */
  numId?: string;
  numLevel?: number;
  /** "Don't add space between paragraphs of the same style". */
  contextualSpacing?: boolean;
  borderBottom?: Border | undefined;
  borderTop?: Border | undefined;
  borderLeft?: Border | undefined;
  borderRight?: Border | undefined;
  framed?: boolean;
}

const border = (el: XmlElement | undefined): Border | undefined => {
  const val = wAttr(el, "val");
  if (!el || val === undefined) return undefined;
  const size = numAttr(el, "sz");
  return size === undefined ? { val } : { val, size };
};

/** Only the keys present in the element; merge() layers them. */
export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const p: RunProps = {};
  if (!rPr) return p;
  const fonts = kid(rPr, "rFonts");
  if (fonts) {
    const ascii = wAttr(fonts, "ascii");
    const hAnsi = wAttr(fonts, "hAnsi");
    const cs = wAttr(fonts, "cs");
    if (ascii) p.fontAscii = ascii;
    if (hAnsi) p.fontHAnsi = hAnsi;
    if (cs) p.fontCs = cs;
    // A slot this level names (by font or by theme) replaces what it inherited, theme included.
    if (ascii || wAttr(fonts, "asciiTheme")) p.fontAsciiTheme = wAttr(fonts, "asciiTheme");
    if (hAnsi || wAttr(fonts, "hAnsiTheme")) p.fontHAnsiTheme = wAttr(fonts, "hAnsiTheme");
    if (cs || wAttr(fonts, "cstheme")) p.fontCsTheme = wAttr(fonts, "cstheme");
  }
  const sz = halfPointsAttr(kid(rPr, "sz"), "val");
  if (sz !== undefined) p.size = sz;
  const b = onOff(kid(rPr, "b"));
  if (b !== undefined) p.bold = b;
  const i = onOff(kid(rPr, "i"));
  if (i !== undefined) p.italic = i;
  const caps = onOff(kid(rPr, "caps"));
  if (caps !== undefined) p.caps = caps;
  const color = wAttr(kid(rPr, "color"), "val");
  if (color) p.color = color;
  const highlight = wAttr(kid(rPr, "highlight"), "val");
  if (highlight) p.highlight = highlight;
  const shd = wAttr(kid(rPr, "shd"), "fill");
  if (shd) p.shading = shd;
  const u = wAttr(kid(rPr, "u"), "val");
  if (u) p.underline = u;
  const va = wAttr(kid(rPr, "vertAlign"), "val");
  if (va) p.vertAlign = va;
  return p;
}

export function readParagraphProps(pPr: XmlElement | undefined): ParagraphProps {
  const p: ParagraphProps = {};
  if (!pPr) return p;
  const jc = wAttr(kid(pPr, "jc"), "val");
  if (jc) p.align = jc === "start" ? "left" : jc === "end" ? "right" : jc;
  const ind = kid(pPr, "ind");
  if (ind) {
    const left = twipsAttr(ind, "left") ?? twipsAttr(ind, "start");
    const right = twipsAttr(ind, "right") ?? twipsAttr(ind, "end");
    const first = twipsAttr(ind, "firstLine");
    const hanging = twipsAttr(ind, "hanging");
    if (left !== undefined) p.indLeft = left;
    if (right !== undefined) p.indRight = right;
    if (first !== undefined) {
      p.indFirstLine = first;
      p.indHanging = 0;
    }
    if (hanging !== undefined) {
      p.indHanging = hanging;
      p.indFirstLine = 0;
    }
  }
  const spacing = kid(pPr, "spacing");
  if (spacing) {
    const before = twipsAttr(spacing, "before");
    const after = twipsAttr(spacing, "after");
    const line = numAttr(spacing, "line");
    const rule = wAttr(spacing, "lineRule");
    if (before !== undefined) p.spacingBefore = before;
    if (after !== undefined) p.spacingAfter = after;
    if (line !== undefined) p.line = line;
    if (rule) p.lineRule = rule;
  }
  const keepNext = onOff(kid(pPr, "keepNext"));
  if (keepNext !== undefined) p.keepNext = keepNext;
  const keepLines = onOff(kid(pPr, "keepLines"));
  if (keepLines !== undefined) p.keepLines = keepLines;
  const pbb = onOff(kid(pPr, "pageBreakBefore"));
  if (pbb !== undefined) p.pageBreakBefore = pbb;
  const numPr = kid(pPr, "numPr");
  if (numPr) {
    const numId = wAttr(kid(numPr, "numId"), "val");
    // numId 0 is how a paragraph switches off the numbering its style would give it.
    p.numbered = numId !== "0";
    const level = numAttr(kid(numPr, "ilvl"), "val");
    if (numId !== undefined) p.numId = numId;
    if (level !== undefined) p.numLevel = level;
  }
  const contextual = onOff(kid(pPr, "contextualSpacing"));
  if (contextual !== undefined) p.contextualSpacing = contextual;
  const pBdr = kid(pPr, "pBdr");
  if (pBdr) {
    const sides = { borderTop: "top", borderBottom: "bottom", borderLeft: "left", borderRight: "right" } as const;
    for (const [key, side] of Object.entries(sides) as [keyof typeof sides, string][]) {
      const b = border(kid(pBdr, side));
      // An explicit "none" clears a border the paragraph style would draw.
      if (b) p[key] = /^(none|nil)$/.test(b.val) ? undefined : b;
    }
  }
  if (kid(pPr, "framePr")) p.framed = true;
  return p;
}

/** Later layers win key by key (docDefaults → styles → direct). */
export const merge = <T extends object>(...layers: T[]): T => Object.assign({}, ...layers) as T;

export const elementChildren = kids;
