import type { SectionProperties } from "docx";
import { stringifyXmlable } from "./xml-stringify.js";

/**
 * docx's XML of top-level body elements written on their own, as docx's compile writes them
 * inside the body of a given section (for the batch's block cache, block-cache.ts).
 *
 * docx hands every element the File being written; what an element reads from it decides
 * whether its XML can be reused in another document. Allowed: the theme's colours, and the
 * properties of the section the element is in (a table reads its section's text width) —
 * given here as `section`. Any other read (numbering, relationships, notes, images…) marks the
 * result `contextual`: its XML depends on the document around it and must not be reused.
 */

export interface FormatContext {
  viewWrapper: unknown;
  file: unknown;
  stack: unknown[];
}
export interface Formatter {
  format(component: unknown, context: FormatContext): unknown;
}
/** The parts of docx's File read here (docx internals; a wrong guess only means the full path). */
export interface FileInternals {
  Document: { View: { Body: unknown } };
  CoreProperties: object;
}

export interface WrittenPiece {
  readonly xml: string;
  /** The elements read more of the File than the theme and their section's properties. */
  readonly contextual: boolean;
}

export function formatInSection(formatter: Formatter, file: FileInternals, section: SectionProperties, elements: readonly unknown[]): WrittenPiece {
  let touched = false;
  const only = <T extends object>(target: T, allowed: Record<string, () => unknown>): T =>
    new Proxy(target, {
      get(t, p, r) {
        if (typeof p === "string" && Object.hasOwn(allowed, p)) return allowed[p]!();
        touched = true;
        return Reflect.get(t, p, r) as unknown;
      },
    });
  const view = file.Document.View;
  const body = only(view.Body as object, { getSectionPropertiesFor: () => () => section });
  const guardedView = only(view, { Body: () => body });
  const documentWrapper = only(file.Document, { View: () => guardedView });
  const guardedFile = only(file, { Theme: () => (file as unknown as { Theme: unknown }).Theme, Document: () => documentWrapper });
  // As docx's compile formats a child of the body: inside the document view and its body.
  const xml = elements.map((e) => stringifyXmlable(formatter.format(e, { file: guardedFile, viewWrapper: documentWrapper, stack: [view, body] }))).join("");
  return { xml, contextual: touched };
}
