import { CORE_OPTIONS, type DocumentSpec } from "../docx/document-spec.js";
import { Slotter } from "../docx/text-slots.js";
import type { FileInternals } from "./format-piece.js";
import { pinCoreDates } from "./pack-docx.js";
import { coreXml, type Compiler } from "./shape-check.js";
import { MarkedXml } from "./slot-templates.js";

/**
 * docProps/core.xml of a batch's units: its title, subject and description name the unit, the
 * rest is the same for all. As for the body's pieces (slot-templates.ts), docx's
 * CoreProperties is written once with a mark in place of each text, and a unit's core.xml is
 * that XML with its texts, escaped as docx's writer escapes them, in place of the marks
 * (MarkedXml). The first units of a template are also written by docx and compared; any
 * difference, and that template is never used again. docx stamps core.xml with the time it
 * writes it: the dates are pinned (pack-docx.ts) before anything is compared or returned.
 */

/** Templates kept at most: a batch has one (a few when units override the signer). */
const MAX_TEMPLATES = 16;

export class CoreTemplates {
  /** By the options' key with marks; null: unusable, or found different from docx's writing. */
  private readonly templates = new Map<string, MarkedXml | null>();
  /** Units whose core.xml came from a template. */
  filled = 0;

  /** The unit's core.xml, its dates pinned to `isoTime`. */
  xml(c: Compiler, file: FileInternals, spec: DocumentSpec, isoTime: string): string {
    const slotter = new Slotter();
    const o = spec.options as Record<string, unknown>;
    // Only texts are slotted; a missing option stays missing (docx writes its default).
    const marked: Record<string, unknown> = {};
    for (const name of CORE_OPTIONS) marked[name] = typeof o[name] === "string" ? slotter.text(o[name]) : o[name];
    if (!slotter.usable || slotter.texts.length === 0) return pinCoreDates(coreXml(c, file, spec), isoTime);
    const key = JSON.stringify(marked);
    let t = this.templates.get(key);
    if (t === undefined) {
      if (this.templates.size >= MAX_TEMPLATES) this.templates.clear();
      t = MarkedXml.cut(coreXml(c, file, { ...spec, options: { ...spec.options, ...marked } }), slotter.texts.length) ?? null;
      this.templates.set(key, t);
    }
    if (t?.trusted) {
      this.filled++;
      return pinCoreDates(t.fill(slotter.texts), isoTime);
    }
    const real = pinCoreDates(coreXml(c, file, spec), isoTime);
    if (t && !t.matches(slotter.texts, real, (xml) => pinCoreDates(xml, isoTime))) this.templates.set(key, null);
    return real;
  }
}
