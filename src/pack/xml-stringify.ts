/**
 * docx's `stringifyXmlable` (docx 9.15.2, src/util/xml/stringify.ts, MIT licence), which the
 * package does not export. The batch packer (part-cache.ts) needs it to serialise only the
 * parts that change between units instead of the whole package. It is kept line for line
 * with the original, quirks included (plus one addition, `serialised`, marked below), and the
 * packer checks at run time that its output equals docx's own compile for the first document
 * of every package shape, falling back to the full compile if a future docx writes
 * differently (part-cache.ts).
 *
 * Copyright (c) 2016 Dolan. The MIT License: permission is hereby granted, free of charge, to
 * any person obtaining a copy of this software, to deal in it without restriction, subject to
 * including this notice; the software is provided "as is", without warranty of any kind (full
 * text: node_modules/docx/LICENSE).
 */

import { isReusableXml } from "../docx/block-memo.js";

/** What docx's Formatter returns: `{ "w:p": [ { _attr: {…} }, … ] }` and strings. */
export type Xmlable = unknown;

const ESCAPES = new Map([
  ["&", "&amp;"],
  ['"', "&quot;"],
  ["'", "&apos;"],
  ["<", "&lt;"],
  [">", "&gt;"],
]);

/** Exported (not in docx): the batch's text slots (slot-templates.ts) escape as docx does. */
// eslint-disable-next-line no-control-regex
export const escapeAll = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES.get(char) ?? "");

const escapeValue = (value: unknown): unknown => (typeof value === "string" ? escapeAll(value) : value);

interface Resolved {
  readonly name: string | undefined;
  readonly attributes: string[];
  readonly content: (Resolved | unknown)[];
  readonly indents: string;
}

function resolve(data: Record<string, unknown>, indent: string, depth: number): Resolved {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attr: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === "object") {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push("");
        for (const value of values as unknown[]) {
          if (typeof value === "object") {
            const v = value as Record<string, unknown>;
            if (Object.keys(v)[0] === "_attr") addAttributes(v._attr as Record<string, unknown>);
            else content.push(isReusableXml(v) ? serialised(v) : resolve(v, indent, depth + 1));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push("");
      }
    }
  } else content.push(escapeValue(values));
  return { name, attributes, content, indents: depth > 1 ? indent.repeat(depth - 1) : "" };
}

/**
 * Not in docx: an element a paragraph memo hands out for every unit (docx/block-memo.ts) is
 * serialised once and its text reused. Without indentation an element's text does not depend
 * on where it sits, so the copy is exactly what `format` would write there.
 */
const texts = new WeakMap<object, string>();
function serialised(element: Record<string, unknown>): string {
  let text = texts.get(element);
  if (text === undefined) {
    text = format(resolve(element, "", 1), "", false);
    texts.set(element, text);
  }
  return text;
}

function format(element: Resolved | unknown, indent: string, isLast: boolean): string {
  if (typeof element !== "object" || element === null) return String(element);
  const { name, attributes, content, indents } = element as Resolved;
  const { length } = content;
  const open =
    indents +
    (name ? `<${name}` : "") +
    (attributes.length > 0 ? ` ${attributes.join(" ")}` : "") +
    (length > 0 ? (name ? ">" : "") : "/>") +
    (indent && length > 1 ? "\n" : "");
  if (length === 0) return open + (indent ? "\n" : "");
  return (
    open +
    content.map((child) => (child === undefined ? "" : format(child, indent, false))).join("") +
    (length > 1 ? indents : "") +
    (name ? `</${name}>` : "") +
    (indent && !isLast ? "\n" : "")
  );
}

/** docx's XML writer, without indentation (kehoach never prettifies). */
export function stringifyXmlable(input: Xmlable, declaration?: { standalone?: string; encoding?: string }): string {
  const items = (Array.isArray(input) ? input : [input]) as Record<string, unknown>[];
  const indent = "";
  const standalone = declaration?.standalone ? ` standalone="${escapeAll(declaration.standalone)}"` : "";
  return (
    (declaration === undefined ? "" : `<?xml version="1.0" encoding="${escapeAll(declaration.encoding || "UTF-8")}"${standalone}?>`) +
    items.map((item, i) => format(resolve(item, indent, 0), indent, i === items.length - 1)).join("")
  );
}
