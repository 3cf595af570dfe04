import { readParagraphProps, readRunProps, type ParagraphProps, type RunProps } from "./props.js";
import { kid, kids, wAttr, type XmlElement } from "./xml.js";

interface StyleDef {
  readonly id: string;
  readonly type: string;
  readonly basedOn?: string;
  readonly name?: string;
  readonly pPr: ParagraphProps;
  readonly rPr: RunProps;
  /** Table styles: border value per side of w:tblPr/w:tblBorders ("single", "none"…). */
  readonly tableBorders: Readonly<Record<string, string>>;
  readonly isDefault: boolean;
}

/** w:tblBorders → { top: "single", insideH: "none", … } (only the sides present). */
export function readTableBorders(tblBorders: XmlElement | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const side of tblBorders ? kids(tblBorders) : []) {
    const val = wAttr(side, "val");
    const name = side.localName ?? "";
    if (val !== undefined) out[name === "start" ? "left" : name === "end" ? "right" : name] = val;
  }
  return out;
}

/**
 * styles.xml: document defaults and the style chains, resolved as Word does (basedOn first).
 * A document without a styles part gets empty defaults, never an error.
 */
export class StyleSheet {
  readonly defaultRun: RunProps;
  readonly defaultParagraph: ParagraphProps;
  private readonly styles = new Map<string, StyleDef>();

  constructor(root: XmlElement | undefined) {
    const defaults = kid(root, "docDefaults");
    this.defaultRun = readRunProps(kid(kid(defaults, "rPrDefault"), "rPr"));
    this.defaultParagraph = readParagraphProps(kid(kid(defaults, "pPrDefault"), "pPr"));
    for (const s of root ? kids(root, "style") : []) {
      const id = wAttr(s, "styleId");
      if (!id) continue;
      const basedOn = wAttr(kid(s, "basedOn"), "val");
      const name = wAttr(kid(s, "name"), "val");
      this.styles.set(id, {
        id,
        type: wAttr(s, "type") ?? "paragraph",
        ...(basedOn ? { basedOn } : {}),
        ...(name ? { name } : {}),
        pPr: readParagraphProps(kid(s, "pPr")),
        rPr: readRunProps(kid(s, "rPr")),
        tableBorders: readTableBorders(kid(kid(s, "tblPr"), "tblBorders")),
        isDefault: /^(1|true|on)$/i.test(wAttr(s, "default") ?? ""),
      });
    }
  }

  /** The default paragraph style (Normal), used when a paragraph names none. */
  defaultStyleId(type: "paragraph" | "character" | "table"): string | undefined {
    for (const s of this.styles.values()) if (s.type === type && s.isDefault) return s.id;
    return type === "paragraph" && this.styles.has("Normal") ? "Normal" : undefined;
  }

  /** Style chain root first; cycles and missing styles end the chain. */
  chain(id: string | undefined): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    for (let cur = id ? this.styles.get(id) : undefined; cur && !seen.has(cur.id); cur = cur.basedOn ? this.styles.get(cur.basedOn) : undefined) {
      seen.add(cur.id);
      out.unshift(cur);
    }
    return out;
  }

  name(id: string): string | undefined {
    return this.styles.get(id)?.name;
  }
}
