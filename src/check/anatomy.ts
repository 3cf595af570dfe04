import { ND30 } from "../layout/nd30.js";
import { CELL_PADDING_TWIPS, mmToTwips } from "../ooxml/geometry.js";
import type { DocBlock, DocCell, DocModel, DocParagraph, DocSection, DocTable } from "../ooxml/model.js";
import { foldKey } from "../render/vietnamese.js";
import { isLineOnly, lineUnder, type DrawnLine } from "./drawn-line.js";
import { isMarkParagraph } from "./header-elements.js";
import { isCentred, isEmpty, everyRun, isBold, splitLines, textOf } from "./paragraph.js";

/**
 * Where the parts of a Kế hoạch are in a DOCX (nd30-spec §5, ô 1–12): the header table and its
 * columns, "KẾ HOẠCH" and the trích yếu, the content, the Nơi nhận | signature table, the
 * appendices and the marks. Found by content and position, not by style names, so documents
 * typed in Word or converted by other tools are read the same way. A part that is not there is
 * left undefined/empty; each rule then says so (NOT_EVALUATED or FAIL), never guesses.
 */

export type Side = "left" | "right" | "full";

/** A paragraph with where it sits. */
export interface Placed {
  readonly p: DocParagraph;
  /** Column of a layout table; "full" for paragraphs of the page body. */
  readonly side: Side;
  /** Row of the layout table (0 for body paragraphs). */
  readonly row: number;
  /** Width its lines can take, in twips: cell content width or the page's text width. */
  readonly width: number;
  /** Index of the body-level block that holds it. */
  readonly block: number;
  /** Inside a bordered (nested) table cell: a frame, as the khẩn mark may be drawn. */
  readonly boxed: boolean;
}

export interface HeaderParts {
  readonly table?: DocTable;
  readonly tableBlock?: number;
  /** Body paragraphs above the header table (where the phạm vi lưu hành mark goes). */
  readonly above: readonly Placed[];
  /** Body paragraphs between the header table and "KẾ HOẠCH" (a khẩn mark may sit there). */
  readonly below: readonly Placed[];
  /** Every paragraph of the left / right column, rows in order, empty ones included. */
  readonly left: readonly Placed[];
  readonly right: readonly Placed[];
  /** Without a header table: the paragraphs before "KẾ HOẠCH", side "full". */
  readonly loose: readonly Placed[];
}

export interface TitleParts {
  /** The first non-empty paragraph after the header: "KẾ HOẠCH" if the document is in order. */
  readonly first?: Placed;
  /** The "KẾ HOẠCH" paragraph, wherever it is near the top. */
  readonly type?: Placed;
  readonly trichYeu: readonly Placed[];
  readonly rule?: DrawnLine;
}

export interface SignatureParts {
  readonly table?: DocTable;
  readonly tableBlock?: number;
  readonly recipientsCell?: DocCell;
  readonly signerCell?: DocCell;
  readonly recipientsRow?: number;
  readonly signerRow?: number;
  /** Non-empty paragraphs of the Nơi nhận cell (or block), "Nơi nhận:" first. */
  readonly recipients: readonly Placed[];
  /** All paragraphs of the signer's cell, empty ones kept (they are the signature space). */
  readonly signer: readonly Placed[];
}

export interface AppendixPart {
  /** The appendix's first paragraph: its «Phụ lục» label, or its title when it has no label. */
  readonly label: Placed;
  /** Whether a «Phụ lục …» label heads it (a plan may print none: `label: ""`). */
  readonly labelled: boolean;
  readonly section: number;
  /** The label is the first non-empty paragraph of its section. */
  readonly firstInSection: boolean;
  /** A page break comes right before the label (break run, or pageBreakBefore). */
  readonly afterPageBreak: boolean;
  readonly title?: Placed;
  readonly reference?: Placed;
  /** The paragraphs of the appendix, to its end. */
  readonly paragraphs: readonly Placed[];
}

export interface DocParts {
  readonly header: HeaderParts;
  readonly title: TitleParts;
  /** Non-empty body-level paragraphs of the content (ô 6), between the title rule and the signature. */
  readonly body: readonly Placed[];
  readonly signature: SignatureParts;
  readonly appendices: readonly AppendixPart[];
}

const letters = (s: string): string => foldKey(s).replace(/[^a-z]/g, "");
const TITLE_KEY = "kehoach";
export const APPENDIX_LABEL = /^phụ lục(\s+[ivxlc0-9]+)?$/iu;

/** The text width of a section: page width less the side margins (ND30 defaults when unset). */
export function sectionTextWidth(section: DocSection | undefined): number {
  const width = section?.pageWidth ?? mmToTwips(ND30.page.widthMm.value);
  const left = section?.margins.left ?? mmToTwips(ND30.margins.leftMm.value);
  const right = section?.margins.right ?? mmToTwips(ND30.margins.rightMm.value);
  return width - left - right;
}

const bordered = (t: DocTable): boolean =>
  ["top", "bottom", "left", "right"].every((side) => {
    const v = t.borderSides[side];
    return v !== undefined && !/^(none|nil)$/.test(v);
  });

/** Lines of a cell (paragraphs cut at manual breaks), nested tables flattened in reading order. */
function cellParagraphs(blocks: readonly DocBlock[], base: Omit<Placed, "p" | "boxed">, boxed = false): Placed[] {
  return blocks.flatMap((b): Placed[] =>
    b.kind === "paragraph"
      ? splitLines(b).map((p) => ({ ...base, p, boxed }))
      : b.rows.flatMap((row) => row.cells.flatMap((c) => cellParagraphs(c.blocks, { ...base, width: cellWidth(b, c, row.cells) }, boxed || bordered(b)))),
  );
}

/** Content width of a cell: its grid columns (always twips), else tcW, less the default padding. */
function cellWidth(table: DocTable, cell: DocCell, rowCells: readonly DocCell[]): number {
  const start = rowCells.slice(0, rowCells.indexOf(cell)).reduce((n, c) => n + c.span, 0);
  const grid = table.grid.slice(start, start + cell.span).reduce((a, b) => a + b, 0);
  return (grid > 0 ? grid : (cell.width ?? 0)) - 2 * CELL_PADDING_TWIPS;
}

/** Which side a cell is on: starts at the first grid column → left; ends at the last → right. */
function cellSide(table: DocTable, rowCells: readonly DocCell[], cell: DocCell): Side | undefined {
  const index = rowCells.indexOf(cell);
  const columns = Math.max(table.grid.length, rowCells.reduce((n, c) => n + c.span, 0));
  const start = rowCells.slice(0, index).reduce((n, c) => n + c.span, 0);
  if (start === 0) return "left";
  if (start + cell.span >= columns) return "right";
  return undefined;
}

function tableColumns(table: DocTable, block: number): { left: Placed[]; right: Placed[] } {
  const left: Placed[] = [];
  const right: Placed[] = [];
  table.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      const side = cellSide(table, row.cells, cell);
      if (!side) continue;
      const placed = cellParagraphs(cell.blocks, { side, row: r, width: cellWidth(table, cell, row.cells), block });
      (side === "left" ? left : right).push(...placed);
    }
  });
  return { left, right };
}

const tableText = (t: DocTable): string =>
  t.rows.flatMap((r) => r.cells.flatMap((c) => cellParagraphs(c.blocks, { side: "full", row: 0, width: 0, block: 0 }).map((x) => textOf(x.p)))).join("\n");

const isRecipientsHeading = (p: DocParagraph): boolean => letters(textOf(p)).startsWith("noinhan");
const SIGN_PREFIX = /^(TM|KT|TL|TUQ|Q)\s*\./u;

/** A one-cell table whose only content is another table (a layout wrapper): the inner table. */
function unwrap(table: DocTable): DocTable {
  const cells = table.rows.flatMap((r) => r.cells);
  if (cells.length !== 1) return table;
  const content = cells[0]!.blocks.filter((b) => b.kind === "table" || !isEmpty(b));
  return content.length === 1 && content[0]!.kind === "table" ? unwrap(content[0]!) : table;
}

function locateHeader(model: DocModel, titleBlock: number | undefined, placeLines: (b: number) => Placed[]): HeaderParts {
  const limit = titleBlock ?? Math.min(model.body.length, 12);
  let tableBlock: number | undefined;
  for (let i = 0; i < limit; i++) {
    const b = model.body[i]!;
    if (b.kind === "table" && (titleBlock !== undefined || letters(tableText(b)).includes("conghoaxahoichunghiavietnam"))) {
      tableBlock = i;
      break;
    }
  }
  if (tableBlock === undefined) {
    const loose = Array.from({ length: limit }, (_, i) => placeLines(i)).flat();
    return { above: [], below: [], left: [], right: [], loose };
  }
  const table = unwrap(model.body[tableBlock] as DocTable);
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => placeLines(from + i)).flat();
  const above = range(0, tableBlock);
  const below = titleBlock === undefined ? [] : range(tableBlock + 1, titleBlock);
  return { table, tableBlock, above, below, ...tableColumns(table, tableBlock), loose: [] };
}

/** Trích yếu: the non-empty lines after "KẾ HOẠCH" up to the rule, centred or bold (at most 4). */
function locateTitle(sequence: readonly Placed[], typeAt: Placed | undefined, first: Placed | undefined): TitleParts {
  if (!typeAt) return { ...(first ? { first } : {}), trichYeu: [] };
  const trichYeu: Placed[] = [];
  for (let i = sequence.indexOf(typeAt) + 1; i > 0 && i < sequence.length && trichYeu.length < 4; i++) {
    const x = sequence[i]!;
    if (isLineOnly(x)) break;
    // Empty lines typed between "KẾ HOẠCH" and the trích yếu are skipped; after it, they end it.
    if (isEmpty(x.p)) {
      if (trichYeu.length === 0) continue;
      break;
    }
    const looksLikeTitle = isCentred(x.p) || everyRun(x.p, isBold);
    if (!looksLikeTitle) break;
    trichYeu.push(x);
    if (lineUnder(sequence, i)) break;
  }
  const last = trichYeu[trichYeu.length - 1];
  const rule = last ? lineUnder(sequence, sequence.indexOf(last)) : undefined;
  return { ...(first ? { first } : {}), type: typeAt, trichYeu, ...(rule ? { rule } : {}) };
}

function locateSignature(model: DocModel, from: number, to: number, place: (b: number) => Placed | undefined): SignatureParts & { start?: number } {
  for (let i = from; i < to; i++) {
    const block = model.body[i]!;
    if (block.kind !== "table") continue;
    const b = unwrap(block);
    const { left, right } = tableColumns(b, i);
    const heading = [...left, ...right].find((x) => isRecipientsHeading(x.p));
    const prefix = [...left, ...right].find((x) => SIGN_PREFIX.test(textOf(x.p)));
    if (!heading && !prefix) continue;
    // The cell holding "Nơi nhận:" and the cell holding the signer, by their rows and sides.
    let recipientsCell: DocCell | undefined;
    let signerCell: DocCell | undefined;
    let recipientsRow: number | undefined;
    let signerRow: number | undefined;
    b.rows.forEach((row, r) => {
      for (const cell of row.cells) {
        const texts = cellParagraphs(cell.blocks, { side: "full", row: r, width: 0, block: i });
        if (!recipientsCell && texts.some((x) => isRecipientsHeading(x.p))) {
          recipientsCell = cell;
          recipientsRow = r;
        } else if (!signerCell && cell !== recipientsCell && texts.some((x) => textOf(x.p) !== "") && cellSide(b, row.cells, cell) === "right") {
          signerCell = cell;
          signerRow = r;
        }
      }
    });
    const cellPlaced = (cell: DocCell | undefined, r: number | undefined, side: Side) => {
      if (!cell || r === undefined) return [];
      const rowCells = b.rows[r]!.cells;
      return cellParagraphs(cell.blocks, { side, row: r, width: cellWidth(b, cell, rowCells), block: i });
    };
    return {
      table: b,
      tableBlock: i,
      start: i,
      ...(recipientsCell ? { recipientsCell, recipientsRow } : {}),
      ...(signerCell ? { signerCell, signerRow } : {}),
      recipients: cellPlaced(recipientsCell, recipientsRow, "left").filter((x) => textOf(x.p) !== ""),
      signer: cellPlaced(signerCell, signerRow, "right"),
    };
  }
  // No table: a "Nơi nhận" paragraph in the page body starts the block (documents from
  // converters). Its list runs to the "Lưu" line (or the first line without a dash); the signer's
  // lines follow it.
  for (let i = from; i < to; i++) {
    const x = place(i);
    if (x && isRecipientsHeading(x.p)) {
      const after = Array.from({ length: to - i - 1 }, (_, k) => place(i + 1 + k)).filter((y): y is Placed => y !== undefined);
      const filled = after.filter((y) => textOf(y.p) !== "");
      const archive = filled.findIndex((y) => /^-?\s*lưu\b/iu.test(textOf(y.p)));
      const listEnd = archive >= 0 ? archive + 1 : Math.max(0, filled.findIndex((y) => !textOf(y.p).startsWith("-")));
      const list = archive >= 0 || filled.some((y) => !textOf(y.p).startsWith("-")) ? filled.slice(0, listEnd) : filled;
      const last = list[list.length - 1];
      const signer = last ? after.filter((y) => y.block > last.block) : [];
      return { start: i, recipients: [x, ...list], signer };
    }
  }
  return { recipients: [], signer: [] };
}

/** "\f" (page break run) at the end of the previous paragraph, or pageBreakBefore on this one. */
function pageBreakBefore(model: DocModel, block: number): boolean {
  const own = model.body[block];
  if (own?.kind === "paragraph" && (own.props.pageBreakBefore || own.text.trimStart().startsWith("\f"))) return true;
  for (let i = block - 1; i >= 0; i--) {
    const b = model.body[i]!;
    if (b.kind !== "paragraph") return false;
    if (b.text.includes("\f")) return b.text.slice(b.text.lastIndexOf("\f") + 1).trim() === "";
    if (!isEmpty(b)) return false;
  }
  return false;
}

const REFERENCE_START = /^\(\s*kèm theo/iu;

/**
 * The first paragraph of each appendix: its «Phụ lục …» label, or — for an appendix printed
 * without a label — its title, found by its own «(Kèm theo …)» line right below it and by
 * opening a section or a page of its own.
 */
function appendixHeads(model: DocModel, from: number, placeAll: readonly Placed[]): { head: Placed; labelled: boolean }[] {
  const filled = placeAll.filter((x) => x.block >= from && textOf(x.p) !== "");
  const labelled = filled.filter((x) => APPENDIX_LABEL.test(textOf(x.p))).map((head) => ({ head, labelled: true }));
  const unlabelled = filled.flatMap((x, i) => {
    const head = filled[i - 1];
    if (!head || !REFERENCE_START.test(textOf(x.p)) || APPENDIX_LABEL.test(textOf(head.p))) return [];
    if (filled[i - 2] && APPENDIX_LABEL.test(textOf(filled[i - 2]!.p))) return [];
    const section = head.p.section;
    const opensSection = section > 0 && !model.body.some((b, j) => j < head.block && b.section === section && (b.kind === "table" || !isEmpty(b)));
    return opensSection || pageBreakBefore(model, head.block) ? [{ head, labelled: false }] : [];
  });
  return [...labelled, ...unlabelled].sort((a, b) => a.head.block - b.head.block);
}

function locateAppendices(model: DocModel, from: number, placeAll: readonly Placed[]): AppendixPart[] {
  const heads = appendixHeads(model, from, placeAll);
  return heads.map(({ head: label, labelled }, n) => {
    const end = heads[n + 1]?.head.block ?? model.body.length;
    const paragraphs = placeAll.filter((x) => x.block >= label.block && x.block < end);
    const after = paragraphs.filter((x) => x.block > label.block && textOf(x.p) !== "");
    const section = label.p.section;
    const firstInSection = !model.body.some(
      (b, i) => i < label.block && b.section === section && (b.kind === "table" || !isEmpty(b)),
    );
    const title = labelled ? after[0] : label;
    const next = labelled ? after[1] : after[0];
    const reference = next && textOf(next.p).startsWith("(") ? next : undefined;
    return {
      label,
      labelled,
      section,
      firstInSection,
      afterPageBreak: pageBreakBefore(model, label.block),
      ...(title ? { title } : {}),
      ...(reference ? { reference } : {}),
      paragraphs,
    };
  });
}

export function locateParts(model: DocModel): DocParts {
  const place = (b: number): Placed | undefined => {
    const block = model.body[b];
    if (!block || block.kind !== "paragraph") return undefined;
    return { p: block, side: "full", row: 0, width: sectionTextWidth(model.sections[block.section]), block: b, boxed: false };
  };
  const placeLines = (b: number): Placed[] => {
    const x = place(b);
    return x ? splitLines(x.p).map((p) => ({ ...x, p })) : [];
  };
  // Whole paragraphs for the content; lines for the header and title, where a line is an element.
  const bodyLevel = model.body.map((_, i) => place(i)).filter((x): x is Placed => x !== undefined);
  const lines = model.body.flatMap((_, i) => placeLines(i));

  const typeAt = lines.find((x) => x.block < 40 && letters(textOf(x.p)) === TITLE_KEY);
  const header = locateHeader(model, typeAt?.block, placeLines);
  const afterHeader = header.tableBlock !== undefined ? header.tableBlock + 1 : (typeAt?.block ?? 0);
  const first = lines.find((x) => x.block >= afterHeader && !isEmpty(x.p) && !isMarkParagraph(x) && !header.loose.some((y) => y.block === x.block));
  const title = locateTitle(lines, typeAt, first);

  const appendixFrom = (typeAt?.block ?? afterHeader) + 1;
  const appendices = locateAppendices(model, appendixFrom, bodyLevel);
  const mainEnd = appendices[0]?.label.block ?? model.body.length;

  const lastTitle = title.rule?.holder ?? title.trichYeu[title.trichYeu.length - 1] ?? title.type;
  const bodyStart = lastTitle ? lastTitle.block + 1 : afterHeader;
  const { start: signatureStart, ...signature } = locateSignature(model, bodyStart, mainEnd, place);
  const bodyEnd = signatureStart ?? mainEnd;
  const body = bodyLevel.filter((x) => x.block >= bodyStart && x.block < bodyEnd && textOf(x.p) !== "");

  return {
    header,
    title,
    body,
    signature,
    appendices,
  };
}
