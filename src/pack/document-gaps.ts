/**
 * word/document.xml as docx writes it = what comes before the first piece of the body, the
 * pieces' XML, and between them the "gaps" docx writes itself: the paragraph that ends each
 * section (with its sectPr) and the final sectPr with the closing tags (block-cache.ts).
 */

/** A piece's XML, or "gap" where docx writes something of its own. */
export type Slot = string | "gap";
const GAP = "gap";

/**
 * Cuts the gaps out of docx's document.xml, given the pieces' XML written alone in order;
 * undefined when the pieces are not found there in that order.
 */
export function cutGaps(documentXml: string, slots: readonly Slot[]): string[] | undefined {
  const gaps: string[] = [];
  let pos = 0;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot !== GAP) {
      if (!documentXml.startsWith(slot, pos)) return undefined;
      pos += slot.length;
      continue;
    }
    // A gap runs to the next piece with text of its own (or to the end).
    const next = slots.slice(i + 1).find((x) => x !== GAP && x !== "");
    const end = next === undefined ? documentXml.length : documentXml.indexOf(next, pos);
    if (end < 0) return undefined;
    gaps.push(documentXml.slice(pos, end));
    pos = end;
  }
  return pos === documentXml.length ? gaps : undefined;
}
