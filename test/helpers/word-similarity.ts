import type { DocBlock } from "../../src/ooxml/model.js";
import { readDocModel } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { ListLabels } from "../../src/import/list-labels.js";

/**
 * How many of a document's words another document keeps, in order: the longest common
 * subsequence of their word tokens over the longer token count (1 = same words, same order).
 * Tokens are runs of letters and digits, NFC, lower case (kehoach prints some headings in
 * capitals); punctuation, bullets and spacing do not count. Word order matters: a paragraph
 * moved elsewhere counts as lost once.
 */
export function wordTokens(text: string): string[] {
  return text.normalize("NFC").toLocaleLowerCase("vi").match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = x === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export function wordSimilarity(a: string, b: string): number {
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  const longest = Math.max(ta.length, tb.length);
  return longest === 0 ? 1 : lcsLength(ta, tb) / longest;
}

function blockText(blocks: readonly DocBlock[], labels: ListLabels, out: string[]): void {
  for (const b of blocks) {
    if (b.kind === "paragraph") out.push(labels.labelOf(b) + b.text);
    else for (const row of b.rows) for (const cell of row.cells) blockText(cell.blocks, labels, out);
  }
}

/**
 * The words of a DOCX's main body as a reader sees them, in reading order: tables cell by cell,
 * Word's automatic numbers ("1.", "a)") included, page headers and footers left out.
 */
export function docxBodyText(bytes: Uint8Array): string {
  const out: string[] = [];
  const model = readDocModel(readDocxPackage(bytes));
  blockText(model.body, new ListLabels(model.numbering), out);
  return out.join("\n");
}
