import { z } from "zod";
import { DATE_PATTERN, isRealDate, parseIssueDate } from "../render/date-line.js";
import { RULE_LEVELS } from "../rules/levels.js";
import { TIERS } from "./tier.js";

/**
 * The plan format — the public contract (documented field by field in README.md). Every text
 * field is a Handlebars template. Descriptions are Vietnamese: they feed `kehoach schema`.
 */

/** Text, also accepting what YAML reads as a number ("2026"). */
const text = (description: string) =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v))
    .meta({ description });

const textList = (description: string) =>
  z.union([text(description).transform((s) => [s]), z.array(text(description))]).meta({ description });

const DateField = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v).trim())
  .refine((v) => DATE_PATTERN.test(v), {
    message: "date format",
    params: {
      vi: "ngày ban hành phải có dạng NĂM-THÁNG-NGÀY (2026-05-12), NĂM-THÁNG (2026-05) hoặc NĂM (2026)",
      en: "date must be YEAR-MONTH-DAY (2026-05-12), YEAR-MONTH (2026-05) or YEAR (2026)",
    },
  })
  .refine((v) => !DATE_PATTERN.test(v) || isRealDate(parseIssueDate(v)), {
    message: "real date",
    params: { vi: "ngày không có thật trên lịch (kiểm tra ngày và tháng)", en: "not a real calendar date (check the day and month)" },
  })
  .meta({ description: "Ngày ban hành: 2026-05-12, hoặc 2026-05 / 2026 để trống ngày, tháng cho văn thư điền", pattern: DATE_PATTERN.source });

const NumberField = z
  .union([z.number().int(), z.string(), z.null()])
  .transform((v) => (v === null ? "" : String(v).trim()))
  .refine((v) => v === "" || /^\d+$/.test(v), {
    message: "number digits",
    params: { vi: "số văn bản chỉ gồm chữ số (ví dụ 12), hoặc để trống", en: "the number has digits only (e.g. 12), or is blank" },
  })
  .meta({ description: "Số văn bản (để trống khi chưa cấp số: \"Số:     /KH-UBND\")", pattern: "^\\s*\\d*\\s*$" });

export const IssuerSchema = z
  .strictObject({
    name: text("Tên đầy đủ của cơ quan ban hành, viết như trong câu: \"Ủy ban nhân dân xã Na Dương\", \"Sở Văn hóa, Thể thao và Du lịch\""),
    code: text("Chữ viết tắt của cơ quan trong ký hiệu văn bản: UBND, SVHTTDL…").optional(),
    province: text("Tỉnh/thành phố nơi cơ quan đóng trụ sở (tên riêng: \"Lạng Sơn\")").optional(),
    parent: text("Cơ quan chủ quản trực tiếp (dòng trên, không đậm), ví dụ \"UBND tỉnh Lạng Sơn\"; để \"\" nếu không có").optional(),
    header: textList("Các dòng tên cơ quan ban hành (in đậm) viết sẵn, khi không muốn kehoach tự ngắt dòng").optional(),
    parent_header: textList("Các dòng tên cơ quan chủ quản viết sẵn").optional(),
  })
  .meta({ description: "Cơ quan ban hành" });

export const RecipientSchema = z.union([
  text("Một nơi nhận, ví dụ \"Sở Văn hóa, Thể thao và Du lịch\""),
  z.strictObject({
    name: text("Tên nơi nhận"),
    note: text("Ghi chú mục đích: b/c, t/h, để biết…").optional(),
  }),
]);

export const ArchiveSchema = z.union([
  text("Dòng lưu viết sẵn, ví dụ \"Lưu: VT, KGVX.\""),
  z.strictObject({
    units: textList("Chữ viết tắt đơn vị soạn thảo, sau \"VT\"").optional(),
    copies: z.number().int().positive().optional().meta({ description: "Số bản lưu" }),
    drafter: text("Ký hiệu người soạn thảo (chữ in hoa)").optional(),
    issued: z.number().int().positive().optional().meta({ description: "Số lượng bản phát hành" }),
  }),
]);

export const SignerSchema = z
  .strictObject({
    authority: textList("Dòng thẩm quyền ký: \"TM. ỦY BAN NHÂN DÂN\", \"KT. CHỦ TỊCH\"…").optional(),
    title: text("Chức vụ người ký: \"PHÓ CHỦ TỊCH\", \"GIÁM ĐỐC\"…").optional(),
    name: text("Họ và tên người ký (không ghi học hàm, học vị)"),
  })
  .meta({ description: "Người ký" });

export interface SectionInput {
  title: string;
  label?: string | undefined;
  text?: string | undefined;
  body?: string[] | undefined;
  sections?: SectionInput[] | undefined;
}

export const SectionSchema: z.ZodType<SectionInput, unknown> = z.lazy(() =>
  z
    .strictObject({
      title: text("Tên mục (không gõ số thứ tự; kehoach tự đánh số)"),
      label: text("Số thứ tự viết tay, thay số tự động (ví dụ \"2.2.\"; \"\" để không đánh số)").optional(),
      text: text("Nội dung viết tiếp trên cùng dòng với tên mục").optional(),
      body: textList("Nội dung: mỗi dòng là một đoạn; dòng bắt đầu bằng \"- \" hoặc \"+ \" là gạch đầu dòng; *nghiêng*, **đậm**").optional(),
      sections: z.array(SectionSchema).optional().meta({ description: "Các mục con" }),
    })
    .meta({ description: "Một mục của nội dung kế hoạch" }),
).meta({ id: "Section" });

const TableRowSchema = z.union([
  z.array(text("Nội dung ô")).meta({ description: "Một dòng: các ô theo thứ tự cột (không kể cột STT)" }),
  z.strictObject({
    group: text("Tên nhóm (dòng in đậm trải ngang bảng, đánh số La Mã)"),
    label: text("Số thứ tự của nhóm, thay số La Mã tự động").optional(),
  }),
]);

export const TableSchema = z
  .strictObject({
    columns: z
      .array(
        z.strictObject({
          title: text("Tiêu đề cột"),
          width: z.number().positive().optional().meta({ description: "Độ rộng tương đối (mm hoặc tỷ lệ); kehoach co giãn cho vừa trang" }),
          align: z.enum(["left", "center", "right", "justify"]).optional(),
        }),
      )
      .min(1),
    numbered: z.boolean().optional().meta({ description: "Cột đầu là STT do kehoach tự đánh (mặc định: khi cột đầu tên \"STT\")" }),
    rows: z.array(TableRowSchema),
  })
  .meta({ description: "Bảng của phụ lục" });

export const AppendixSchema = z
  .strictObject({
    label: text("Nhãn phụ lục thay nhãn tự động (\"Phụ lục\", \"Phụ lục I\"…)").optional(),
    title: text("Tên phụ lục (in hoa khi trình bày)"),
    reference: text("Dòng \"(Kèm theo Kế hoạch số … ngày … của …)\" viết tay").optional(),
    orientation: z.enum(["portrait", "landscape"]).optional().meta({ description: "Khổ dọc (portrait) hay ngang (landscape)" }),
    body: textList("Đoạn văn trước bảng").optional(),
    table: TableSchema.optional(),
  })
  .meta({ description: "Một phụ lục" });

export const PlanSchema = z
  .strictObject({
    tier: z.enum(TIERS).meta({ description: "Cấp ban hành: province (UBND tỉnh), department (Sở), commune (UBND xã/phường/đặc khu), district (UBND huyện, trước 01/7/2025)" }),
    issuer: IssuerSchema,
    number: NumberField.optional(),
    symbol: text("Ký hiệu văn bản thay ký hiệu mặc định, ví dụ \"KH-BCĐ\"").optional(),
    place: text("Địa danh ghi trước ngày tháng (mặc định theo cấp ban hành)").optional(),
    date: DateField,
    title: text("Trích yếu (tên kế hoạch), viết thường như câu; xuống dòng để ngắt dòng"),
    basis: textList("Các căn cứ (\"Căn cứ …\"); kehoach tự thêm dấu \";\" và \".\"").optional(),
    basis_style: z.enum(["italic", "upright"]).optional().meta({ description: "Căn cứ in nghiêng (mặc định) hay đứng" }),
    preamble: textList("Đoạn mở đầu trước mục I").optional(),
    numbering: z.enum(["roman", "arabic"]).optional().meta({ description: "Đánh số mục: roman (I. / 1. / 1.1. / a)) hoặc arabic (1. / 1.1. / 1.1.1.)" }),
    sections: z.array(SectionSchema).min(1).meta({ description: "Nội dung kế hoạch" }),
    closing: text("Câu kết \"Trên đây là …\"; kehoach bảo đảm dấu \"./.\" ở cuối").optional(),
    recipients: z.array(RecipientSchema).optional().meta({ description: "Nơi nhận (không kể dòng Lưu)" }),
    archive: ArchiveSchema.optional().meta({ description: "Dòng \"Lưu: VT, …\"" }),
    signer: SignerSchema,
    appendices: z.array(AppendixSchema).optional().meta({ description: "Các phụ lục" }),
    urgency: z.enum(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]).optional().meta({ description: "Dấu mức độ khẩn" }),
    confidentiality: z.enum(["MẬT", "TỐI MẬT", "TUYỆT MẬT"]).optional().meta({ description: "Dấu độ mật" }),
    circulation: z.enum(["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"]).optional().meta({ description: "Chỉ dẫn phạm vi lưu hành" }),
    vars: z.record(z.string(), z.unknown()).optional().meta({ description: "Biến tự đặt, dùng trong mẫu: {{vars.ten_bien}}" }),
    rules: z
      .record(z.string(), z.enum(RULE_LEVELS))
      .optional()
      .meta({
        description:
          "Mức của từng quy tắc thể thức cho kế hoạch này: error (lỗi, không ghi tệp), warning (cảnh báo, vẫn in ra) hoặc off (tắt); áp dụng cho validate, build, batch và build --check. Dùng khi sao lại đúng văn bản đã ban hành (số \"0129\", \"Lưu: MTTQ\"). Danh sách mã: docs/rules.md. / Per-plan level of each layout rule: error (fails, nothing written), warning (still printed) or off; honoured by validate, build, batch and build --check. For a faithful copy of an issued document. Rule ids: docs/rules.md.",
        examples: [{ "ND30-so-ky-hieu": "warning", "ND30-luu": "warning", "ND30-trich-yeu-in-hoa": "off" }],
      }),
  })
  .meta({ title: "Kế hoạch (kehoach)", description: "Kế hoạch hành chính theo Nghị định 30/2020/NĐ-CP" });

export type Plan = z.output<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type Section = SectionInput;
export type Appendix = z.output<typeof AppendixSchema>;
export type Table = z.output<typeof TableSchema>;
export type Recipient = z.output<typeof RecipientSchema>;
export type Archive = z.output<typeof ArchiveSchema>;
