import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ILevelsOptions } from "docx";

/**
 * A Kế hoạch as a clerk types it in Word, for import tests: the usual header table, "KẾ HOẠCH"
 * and its trích yếu, the content given by the test (typed numbers or Word's automatic
 * numbering), the closing sentence and the signature table. Written with the `docx` library.
 */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface Line {
  /** The paragraph's runs; a string is one plain run. */
  readonly runs: string | readonly Run[];
  readonly align?: "center";
  /** Word's automatic numbering: the list's reference, level, instance (a new instance restarts). */
  readonly list?: { readonly reference: string; readonly level?: number; readonly instance?: number };
}

export const b = (text: string): Run => ({ text, bold: true });
export const i = (text: string): Run => ({ text, italic: true });

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const runsOf = (runs: Line["runs"], base: Omit<Run, "text"> = {}): TextRun[] =>
  (typeof runs === "string" ? [{ text: runs }] : runs).map((r) => new TextRun({ text: r.text, bold: r.bold ?? base.bold ?? false, italics: r.italic ?? base.italic ?? false, size: 28, font: "Times New Roman" }));

const centred = (text: string, bold = true, italic = false): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, children: runsOf([{ text, bold, italic }]) });

const cell = (paras: Paragraph[], width: number): TableCell => new TableCell({ children: paras, width: { size: width, type: WidthType.DXA } });

/** A borderless one-row table as clerks lay out the header band and the signature block. */
const layoutRow = (cells: TableCell[]): Table => new Table({ borders: NO_BORDERS, width: { size: 9400, type: WidthType.DXA }, rows: [new TableRow({ children: cells })] });

export async function wordPlan(content: readonly Line[], lists: readonly { reference: string; levels: ILevelsOptions[] }[] = [], options: { closing?: boolean } = {}): Promise<Uint8Array> {
  const header = layoutRow([
    cell([centred("ỦY BAN NHÂN DÂN"), centred("XÃ NA DƯƠNG"), centred("Số: 12/KH-UBND", false)], 3600),
    cell([centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), centred("Độc lập - Tự do - Hạnh phúc"), centred("Na Dương, ngày 10 tháng 3 năm 2026", false, true)], 5800),
  ]);
  const body = content.map(
    (line) =>
      new Paragraph({
        ...(line.align === "center" ? { alignment: AlignmentType.CENTER } : { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 } }),
        ...(line.list ? { numbering: { reference: line.list.reference, level: line.list.level ?? 0, ...(line.list.instance === undefined ? {} : { instance: line.list.instance }) } } : {}),
        children: runsOf(line.runs),
      }),
  );
  const signature = layoutRow([
    cell([new Paragraph({ children: runsOf([b("Nơi nhận:")]) }), new Paragraph({ children: runsOf("- UBND tỉnh (b/c);") }), new Paragraph({ children: runsOf("- Lưu: VT.") })], 4700),
    cell([centred("TM. ỦY BAN NHÂN DÂN"), centred("CHỦ TỊCH"), centred(""), centred(""), centred("Nguyễn Văn An")], 4700),
  ]);
  const doc = new Document({
    numbering: { config: lists.map((l) => ({ reference: l.reference, levels: l.levels })) },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          header,
          centred("KẾ HOẠCH"),
          centred("Tuyên truyền, phổ biến pháp luật năm 2026"),
          new Paragraph({ children: [] }),
          ...body,
          ...(options.closing === false ? [] : [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, children: runsOf("Trên đây là Kế hoạch tuyên truyền, phổ biến pháp luật năm 2026 của Ủy ban nhân dân xã./.") })]),
          signature,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
