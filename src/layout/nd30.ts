/**
 * Typography of a Kế hoạch under Nghị định 30/2020/NĐ-CP, Phụ lục I — the only place these
 * numbers live. Each entry is in human units (mm, pt) with the range the decree allows and the
 * clause it comes from. Tiers and templates change wording, never these values.
 *
 * "PL I" = Phụ lục I "Thể thức, kỹ thuật trình bày văn bản hành chính"; "Mẫu 1.4" / "Mẫu 2.1" =
 * the samples of Phụ lục III, used where the decree states no number.
 */
export interface Nd30Value {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly ref: string;
}

const v = (value: number, min: number, max: number, ref: string): Nd30Value => ({ value, min, max, ref });

export const ND30 = {
  font: {
    family: "Times New Roman",
    /** "màu đen" — written as OOXML auto/000000. */
    color: "000000",
    ref: "PL I, Phần I, mục I.4",
  },
  page: {
    widthMm: v(210, 210, 210, "PL I, Phần I, mục I.1 (khổ A4)"),
    heightMm: v(297, 297, 297, "PL I, Phần I, mục I.1 (khổ A4)"),
  },
  margins: {
    topMm: v(20, 20, 25, "PL I, Phần I, mục I.3"),
    bottomMm: v(20, 20, 25, "PL I, Phần I, mục I.3"),
    leftMm: v(30, 30, 35, "PL I, Phần I, mục I.3"),
    rightMm: v(15, 15, 20, "PL I, Phần I, mục I.3"),
    /** Distance of the page-number header from the page edge; inside the top margin. Mẫu 1.4 uses 10 mm. */
    headerMm: v(10, 5, 15, "Mẫu 1.4 (w:header=567)"),
  },
  pageNumber: {
    sizePt: v(14, 13, 14, "PL I, Phần I, mục I.7"),
  },
  quocHieu: { sizePt: v(13, 12, 13, "PL I, Phần II, khoản 1") },
  tieuNgu: { sizePt: v(14, 13, 14, "PL I, Phần II, khoản 1") },
  /** Cơ quan chủ quản (parent body): upright, not bold. */
  parentBody: { sizePt: v(13, 12, 13, "PL I, Phần II, khoản 2") },
  issuingBody: { sizePt: v(13, 12, 13, "PL I, Phần II, khoản 2") },
  soKyHieu: { sizePt: v(13, 13, 13, "PL I, Phần II, khoản 3") },
  placeDate: { sizePt: v(14, 13, 14, "PL I, Phần II, khoản 4") },
  documentType: { sizePt: v(14, 13, 14, "PL I, Phần II, khoản 5b") },
  trichYeu: { sizePt: v(14, 13, 14, "PL I, Phần II, khoản 5b") },
  body: {
    sizePt: v(14, 13, 14, "PL I, Phần II, khoản 6e"),
    /** "lùi đầu dòng 1 cm hoặc 1,27 cm": only these two values are allowed. */
    firstLineIndentMm: v(10, 10, 12.7, "PL I, Phần II, khoản 6e"),
    spaceBeforePt: v(6, 6, 12, "PL I, Phần II, khoản 6e (≥ 6 pt)"),
    spaceAfterPt: v(0, 0, 6, "PL I, Phần II, khoản 6e"),
    /** Multiple of single line spacing: "tối thiểu là dòng đơn, tối đa là 1,5 dòng". */
    lineSpacing: v(1.15, 1, 1.5, "PL I, Phần II, khoản 6e"),
  },
  signerTitle: { sizePt: v(14, 13, 14, "PL I, Phần II, khoản 7đ") },
  signerName: { sizePt: v(14, 13, 14, "PL I, Phần II, khoản 7đ") },
  /** Blank lines between the signer's title and name, for the signature and seal. */
  signatureSpaceLines: v(4, 3, 5, "Mẫu 1.4; thực tế 3–4 dòng"),
  recipientsHeading: { sizePt: v(12, 12, 12, "PL I, Phần II, khoản 9b") },
  recipientItem: { sizePt: v(11, 11, 11, "PL I, Phần II, khoản 9b") },
  appendixLabel: { sizePt: v(14, 14, 14, "PL I, Phần III, mục I.1b") },
  appendixTitle: { sizePt: v(14, 13, 14, "PL I, Phần III, mục I.1b") },
  appendixReference: { sizePt: v(14, 13, 14, "PL I, Phần III, mục I.1b") },
  /** ND30 sets no table typography; 12–13 pt in cells is the common practice. */
  tableText: { sizePt: v(13, 12, 13, "thực tế (PL I không quy định)") },
  marks: { sizePt: v(13, 13, 14, "PL I, Phần II, khoản 10") },
  /** The engraved urgency stamps are 8 mm high and 30 / 40 / 20 mm wide (PL I, Phần II, khoản 10b). */
  urgencyStampWidthMm: {
    "HỎA TỐC": v(30, 30, 30, "PL I, Phần II, khoản 10b"),
    "THƯỢNG KHẨN": v(40, 40, 40, "PL I, Phần II, khoản 10b"),
    KHẨN: v(20, 20, 20, "PL I, Phần II, khoản 10b"),
  },
  rules: {
    /** Under the Tiêu ngữ: as long as the motto line. */
    mottoFraction: v(1, 1, 1, "PL I, Phần II, khoản 1"),
    /** Under the issuing body and under the trích yếu: 1/3 to 1/2 of the text line. */
    issuerFraction: v(0.4, 1 / 3, 0.5, "PL I, Phần II, khoản 2"),
    trichYeuFraction: v(0.4, 1 / 3, 0.5, "PL I, Phần II, khoản 5b"),
    thicknessPt: v(0.75, 0.5, 1, "thực tế (nét liền mảnh)"),
  },
} as const;

export type Nd30Spec = typeof ND30;

/** Every ranged value in the spec, flattened with its dotted name (for tests and `kehoach check`). */
export function nd30Values(): { name: string; value: Nd30Value }[] {
  const out: { name: string; value: Nd30Value }[] = [];
  const walk = (node: unknown, prefix: string): void => {
    if (node && typeof node === "object") {
      if ("value" in node && "min" in node && "max" in node && "ref" in node) {
        out.push({ name: prefix, value: node as Nd30Value });
        return;
      }
      for (const [key, child] of Object.entries(node)) walk(child, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(ND30, "");
  return out;
}

/** Derived page geometry in mm. */
export const pageTextWidthMm = (orientation: "portrait" | "landscape"): number => {
  const pageWidth = orientation === "portrait" ? ND30.page.widthMm.value : ND30.page.heightMm.value;
  return pageWidth - ND30.margins.leftMm.value - ND30.margins.rightMm.value;
};

/**
 * Pagination and notes: ND30 sets none of these; the values are the practice of Vietnamese
 * administrative documents and of Word's defaults.
 */
export const PRACTICE = {
  /** A heading longer than this (in lines) may break across pages and is not kept with the next paragraph. */
  keepWithNextMaxLines: v(2, 1, 3, "thực tế (ND30 không quy định)"),
  /** Footnote text: ND30 sets no size; 10–12 pt is what Vietnamese documents use. */
  footnoteSizePt: v(11, 10, 12, "thực tế (ND30 không quy định)"),
} as const;
