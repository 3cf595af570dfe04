import { kid, kids, numAttr, onOff, wAttr, type XmlElement } from "./xml.js";

/** What Word draws before an auto-numbered paragraph: the format and its level text. */
export interface ListMarker {
  /** w:numFmt: "bullet", "decimal", "lowerLetter", "upperRoman"… */
  readonly format: string;
  /** w:lvlText: the glyph of a bullet ("•", "-"), or a pattern ("%1.") for numbers. */
  readonly text: string;
  /** w:start: the first number of the level (ECMA-376 17.9.25: 0 when absent). */
  readonly start: number;
  /**
   * w:lvlRestart: the level restarts after a paragraph of level (value − 1) or shallower;
   * 0 = never restarts; undefined = after any shallower level (the default).
   */
  readonly restartAfter?: number;
  /** w:isLgl: every level shown as an Arabic number ("%1.%2." of I. and a. prints "1.1."). */
  readonly legal: boolean;
}

/** The list a numId belongs to: its counters live on the abstract definition, shared by every numId using it. */
export interface ListInstance {
  /** Key of the shared counters (the abstract definition, after numStyleLink). */
  readonly list: string;
  /** w:lvlOverride/w:startOverride per level: the level restarts there on the numId's first paragraph of it. */
  readonly restarts: ReadonlyMap<number, number>;
}

/**
 * numbering.xml: w:num (numId) → w:abstractNum → w:lvl (ilvl). Overrides of a level inside
 * w:num (w:lvlOverride/w:lvl) win over the abstract definition. An abstract definition that
 * only points to a numbering style (w:numStyleLink) takes its levels from the one that defines
 * the style (w:styleLink). A document without a numbering part simply has no markers.
 */
export class Numbering {
  private readonly abstracts = new Map<string, XmlElement>();
  private readonly nums = new Map<string, XmlElement>();
  private readonly styleLinks = new Map<string, string>();

  constructor(root: XmlElement | undefined) {
    for (const a of root ? kids(root, "abstractNum") : []) {
      const id = wAttr(a, "abstractNumId");
      if (id === undefined) continue;
      this.abstracts.set(id, a);
      const link = wAttr(kid(a, "styleLink"), "val");
      if (link !== undefined) this.styleLinks.set(link, id);
    }
    for (const n of root ? kids(root, "num") : []) {
      const id = wAttr(n, "numId");
      if (id !== undefined) this.nums.set(id, n);
    }
  }

  /** The abstract definition of a numId, following a numStyleLink once. */
  private abstractOf(num: XmlElement): [string, XmlElement | undefined] {
    const id = wAttr(kid(num, "abstractNumId"), "val") ?? "";
    const abstract = this.abstracts.get(id);
    const link = wAttr(kid(abstract, "numStyleLink"), "val");
    const linked = link === undefined ? undefined : this.styleLinks.get(link);
    if (linked !== undefined && kids(abstract!, "lvl").length === 0) return [linked, this.abstracts.get(linked)];
    return [id, abstract];
  }

  marker(numId: string | undefined, level = 0): ListMarker | undefined {
    const num = numId === undefined ? undefined : this.nums.get(numId);
    if (!num) return undefined;
    const override = kids(num, "lvlOverride").find((o) => numAttr(o, "ilvl") === level);
    const [, abstract] = this.abstractOf(num);
    const lvl = kid(override, "lvl") ?? (abstract ? kids(abstract, "lvl").find((l) => numAttr(l, "ilvl") === level) : undefined);
    if (!lvl) return undefined;
    const restart = numAttr(kid(lvl, "lvlRestart"), "val");
    return {
      format: wAttr(kid(lvl, "numFmt"), "val") ?? "decimal",
      text: wAttr(kid(lvl, "lvlText"), "val") ?? "",
      start: numAttr(kid(lvl, "start"), "val") ?? 0,
      ...(restart === undefined ? {} : { restartAfter: restart }),
      legal: onOff(kid(lvl, "isLgl")) === true,
    };
  }

  /** The shared list of a numId and the levels it restarts; undefined for an unknown numId. */
  instance(numId: string): ListInstance | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const restarts = new Map<number, number>();
    for (const o of kids(num, "lvlOverride")) {
      const level = numAttr(o, "ilvl");
      if (level === undefined) continue;
      const start = numAttr(kid(o, "startOverride"), "val") ?? numAttr(kid(kid(o, "lvl"), "start"), "val");
      if (start !== undefined) restarts.set(level, start);
    }
    return { list: this.abstractOf(num)[0], restarts };
  }
}
