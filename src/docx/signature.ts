import { AlignmentType, LineRuleType, Paragraph, type Table } from "docx";
import { ND30 } from "../layout/nd30.js";
import type { SignatureBlock } from "../layout/layout-model.js";
import { SIGNATURE_COLUMNS_MM } from "../layout/page-grid.js";
import { memoParagraph } from "./block-memo.js";
import { plainRun, textRun } from "./runs.js";
import { centred, centredLine, layoutTable } from "./tables.js";

// Recipient and signer lines repeat from unit to unit in a batch: memoised (block-memo.ts).
const flushLeft = (text: string, format: Parameters<typeof plainRun>[1], before = 0) =>
  memoParagraph(
    JSON.stringify(["flushLeft", text, format, before]),
    () =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: 0, firstLine: 0 },
        spacing: { before, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [plainRun(text, format)],
      }),
  );

/**
 * Ô 9b | ô 7: "Nơi nhận:" (12 pt bold italic) and its 11 pt lines beside the signer block, in
 * one unsplittable row so the two start on the same line and stay on one page.
 */
export function signatureTable(sig: SignatureBlock): Table {
  const gap = 240;
  const recipients = [
    flushLeft("Nơi nhận:", { bold: true, italic: true, sizePt: ND30.recipientsHeading.sizePt.value }, gap),
    ...sig.recipients.map((l) => flushLeft(l, { sizePt: ND30.recipientItem.sizePt.value })),
  ];
  const titleSize = ND30.signerTitle.sizePt.value;
  const titleLines = [...sig.authority, sig.title].filter(Boolean);
  const signer = [
    ...titleLines.map((l, i) => centredLine(l, { bold: true, sizePt: titleSize }, i === 0 ? { spacing: { before: gap, after: 0 } } : {})),
    ...Array.from({ length: ND30.signatureSpaceLines.value }, () => centredLine("", { sizePt: titleSize })),
    centredLine(sig.name, { bold: true, sizePt: ND30.signerName.sizePt.value }),
    // Lines under the name (a second position…): as written, with their own emphasis.
    ...sig.below.map((runs) => centred(runs.map((r) => textRun(r, { sizePt: ND30.signerName.sizePt.value })))),
  ];
  return layoutTable(SIGNATURE_COLUMNS_MM, [[recipients, signer]]);
}
