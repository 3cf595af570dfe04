import { kids, type XmlElement } from "./xml.js";

/**
 * The font scheme of the theme part (a:majorFont / a:minorFont). Word documents made from the
 * default template name no font at all: their runs say asciiTheme="minorHAnsi", and the theme
 * says that is Calibri (or Cambria, for pandoc). The checker needs the real name.
 */
export interface ThemeFonts {
  readonly major: { readonly latin?: string; readonly cs?: string; readonly ea?: string };
  readonly minor: { readonly latin?: string; readonly cs?: string; readonly ea?: string };
}

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const STRICT_DRAWING_NS = "http://purl.oclc.org/ooxml/drawingml/main";

function firstByName(root: XmlElement, name: string): XmlElement | undefined {
  for (const ns of [DRAWING_NS, STRICT_DRAWING_NS]) {
    const found = root.getElementsByTagNameNS(ns, name)[0];
    if (found) return found as XmlElement;
  }
  return undefined;
}

function scriptFonts(el: XmlElement | undefined): ThemeFonts["major"] {
  if (!el) return {};
  const typeface = (name: string) => {
    const face = kids(el).find((k) => k.localName === name)?.getAttribute("typeface");
    return face ? face : undefined;
  };
  const latin = typeface("latin");
  const cs = typeface("cs");
  const ea = typeface("ea");
  return { ...(latin ? { latin } : {}), ...(cs ? { cs } : {}), ...(ea ? { ea } : {}) };
}

export function readThemeFonts(root: XmlElement | undefined): ThemeFonts {
  if (!root) return { major: {}, minor: {} };
  return { major: scriptFonts(firstByName(root, "majorFont")), minor: scriptFonts(firstByName(root, "minorFont")) };
}

/**
 * "minorHAnsi" → the minor latin typeface, "majorBidi" → the major complex-script one
 * (ST_Theme). Undefined when the theme does not name it.
 */
export function themeFontName(ref: string, theme: ThemeFonts): string | undefined {
  const scheme = /^major/.test(ref) ? theme.major : theme.minor;
  if (/Bidi$/.test(ref)) return scheme.cs;
  if (/EastAsia$/.test(ref)) return scheme.ea;
  return scheme.latin;
}
