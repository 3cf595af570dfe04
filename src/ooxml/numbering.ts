import { kid, kids, numAttr, wAttr, type XmlElement } from "./xml.js";

/** What Word draws before an auto-numbered paragraph: the format and its level text. */
export interface ListMarker {
  /** w:numFmt: "bullet", "decimal", "lowerLetter", "upperRoman"… */
  readonly format: string;
  /** w:lvlText: the glyph of a bullet ("•", "-"), or a pattern ("%1.") for numbers. */
  readonly text: string;
}

/**
 * numbering.xml: w:num (numId) → w:abstractNum → w:lvl (ilvl). Overrides of a level inside
 * w:num (w:lvlOverride/w:lvl) win over the abstract definition. A document without a
 * numbering part simply has no markers.
 */
export class Numbering {
  private readonly abstracts = new Map<string, XmlElement>();
  private readonly nums = new Map<string, XmlElement>();

  constructor(root: XmlElement | undefined) {
    for (const a of root ? kids(root, "abstractNum") : []) {
      const id = wAttr(a, "abstractNumId");
      if (id !== undefined) this.abstracts.set(id, a);
    }
    for (const n of root ? kids(root, "num") : []) {
      const id = wAttr(n, "numId");
      if (id !== undefined) this.nums.set(id, n);
    }
  }

  marker(numId: string | undefined, level = 0): ListMarker | undefined {
    const num = numId === undefined ? undefined : this.nums.get(numId);
    if (!num) return undefined;
    const override = kids(num, "lvlOverride").find((o) => numAttr(o, "ilvl") === level);
    const abstract = this.abstracts.get(wAttr(kid(num, "abstractNumId"), "val") ?? "");
    const lvl = kid(override, "lvl") ?? (abstract ? kids(abstract, "lvl").find((l) => numAttr(l, "ilvl") === level) : undefined);
    if (!lvl) return undefined;
    return { format: wAttr(kid(lvl, "numFmt"), "val") ?? "decimal", text: wAttr(kid(lvl, "lvlText"), "val") ?? "" };
  }
}
