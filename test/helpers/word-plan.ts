import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type IPropertiesOptions,
  type ParagraphChild,
} from "docx";

/**
 * A Kế hoạch typed "in Word": made with the docx library the way a clerk lays one out (a
 * borderless header table, bold Roman headings, a borderless signature table), not by kehoach,
 * so the import meets the shapes of real documents. Appendices are given as blocks of their own
 * sections (portrait or landscape), to test what the import makes of them.
 */
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
export const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

export const line = (text: string, opts: { bold?: boolean; italic?: boolean; align?: IParagraphOptions["alignment"]; firstLine?: number } = {}): Paragraph =>
  new Paragraph({
    ...(opts.align ? { alignment: opts.align } : {}),
    ...(opts.firstLine ? { indent: { firstLine: opts.firstLine } } : {}),
    children: [new TextRun({ text, bold: opts.bold ?? false, italics: opts.italic ?? false, font: "Times New Roman", size: 28 })],
  });

export const centre = (text: string, opts: { bold?: boolean; italic?: boolean } = {}): Paragraph => line(text, { ...opts, align: AlignmentType.CENTER });

export const runsLine = (children: ParagraphChild[], align: IParagraphOptions["alignment"] = AlignmentType.JUSTIFIED): Paragraph =>
  new Paragraph({ alignment: align, indent: { firstLine: 567 }, children });

const cell = (children: Paragraph[], width: number): TableCell => new TableCell({ width: { size: width, type: WidthType.DXA }, children });

export function layoutTable(columns: Paragraph[][], widths: number[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: columns.map((c, i) => cell(c, widths[i]!)) })],
  });
}

/** The plan's first pages: header, title, content citing each appendix, closing, signature. */
export function mainPart(appendixLabels: readonly string[], content: readonly FileChild[] = []): FileChild[] {
  const cites = appendixLabels.length ? ` (chi tiết tại ${appendixLabels.join(", ")} kèm theo)` : "";
  return [
    layoutTable(
      [
        [centre("ỦY BAN NHÂN DÂN"), centre("XÃ LƯƠNG MINH", { bold: true }), centre("Số: 15/KH-UBND")],
        [
          centre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }),
          centre("Độc lập - Tự do - Hạnh phúc", { bold: true }),
          centre("Lương Minh, ngày 10 tháng 3 năm 2026", { italic: true }),
        ],
      ],
      [3600, 5800],
    ),
    centre("KẾ HOẠCH", { bold: true }),
    centre("Kiểm tra an toàn thực phẩm năm 2026", { bold: true }),
    line("I. MỤC ĐÍCH, YÊU CẦU", { bold: true, firstLine: 567 }),
    line("Bảo đảm an toàn thực phẩm trên địa bàn xã, phòng ngừa ngộ độc thực phẩm.", { align: AlignmentType.JUSTIFIED, firstLine: 567 }),
    line("II. NỘI DUNG", { bold: true, firstLine: 567 }),
    line(`Kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn${cites}.`, { align: AlignmentType.JUSTIFIED, firstLine: 567 }),
    ...content,
    line("Trên đây là Kế hoạch kiểm tra an toàn thực phẩm năm 2026 của Ủy ban nhân dân xã Lương Minh./.", { align: AlignmentType.JUSTIFIED, firstLine: 567 }),
    layoutTable(
      [
        [line("Nơi nhận:", { bold: true, italic: true }), line("- UBND tỉnh;"), line("- Lưu: VT.")],
        [centre("TM. ỦY BAN NHÂN DÂN", { bold: true }), centre("CHỦ TỊCH", { bold: true }), centre(""), centre(""), centre(""), centre("Nguyễn Văn An", { bold: true })],
      ],
      [4600, 4800],
    ),
  ];
}

export interface AppendixSection {
  readonly landscape?: boolean;
  readonly children: FileChild[];
}

/** A4 with ND30 margins; each appendix in its own section. */
export async function wordPlan(
  appendices: readonly AppendixSection[],
  labels: readonly string[],
  extra: Partial<IPropertiesOptions> = {},
  content: readonly FileChild[] = [],
): Promise<Uint8Array> {
  const page = (landscape: boolean) => ({
    page: {
      size: landscape ? { width: 16838, height: 11906, orientation: PageOrientation.LANDSCAPE } : { width: 11906, height: 16838 },
      margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
    },
  });
  const doc = new Document({
    ...extra,
    sections: [{ properties: page(false), children: mainPart(labels, content) }, ...appendices.map((a) => ({ properties: page(a.landscape ?? false), children: a.children }))],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
