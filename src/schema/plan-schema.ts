import * as z from "zod";
import { DATE_PATTERN, isRealDate, parseIssueDate } from "../render/date-line.js";
import { RULE_LEVELS } from "../rules/levels.js";
import { dateFormatMessage, unrealDateMessage } from "./date-message.js";
import { TIERS } from "./tier.js";

/**
 * The plan format — the public contract (docs/plan-format.md is generated from it). Every text
 * field is a Handlebars template. Descriptions (Vietnamese and English) and examples feed
 * `kehoach schema` and the docs.
 */

/**
 * Field help in both languages: `description` (Vietnamese, what editors show by default) and
 * `descriptionEn` (English); json-schema.ts keeps the one asked for. docs/plan-format.md is
 * generated from these, so every field needs both (test/docs/plan-format.test.ts). Examples are
 * `inputExamples`: zod drops `examples` of transformed fields (they would be output values);
 * json-schema.ts renames them to the standard `examples`.
 */
const help = (description: string, descriptionEn?: string, examples?: readonly unknown[]) => ({
  description,
  ...(descriptionEn === undefined ? {} : { descriptionEn }),
  ...(examples === undefined ? {} : { inputExamples: [...examples] }),
});

/** `help` with one example: the shape the fields added for plan expressiveness use. */
const doc = (vi: string, en: string, example?: unknown) => help(vi, en, example === undefined ? undefined : [example]);

/** Text, also accepting what YAML reads as a number ("2026"). */
const text = (description: string, descriptionEn?: string, examples?: readonly unknown[]) =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v))
    .meta(help(description, descriptionEn, examples));

const textList = (description: string, descriptionEn?: string, examples?: readonly unknown[]) =>
  z.union([text(description, descriptionEn).transform((s) => [s]), z.array(text(description, descriptionEn))]).meta(help(description, descriptionEn, examples));

/** The editor schema's pattern allows the blanks around the date that the field trims. */
const DateField = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v).trim())
  .superRefine((v, ctx) => {
    if (!DATE_PATTERN.test(v)) ctx.addIssue({ code: "custom", message: "date format", params: dateFormatMessage(v) });
  })
  .superRefine((v, ctx) => {
    if (!DATE_PATTERN.test(v)) return;
    const date = parseIssueDate(v);
    if (!isRealDate(date)) ctx.addIssue({ code: "custom", message: "real date", params: unrealDateMessage(date.year, date.month, date.day) });
  })
  .meta({ inputExamples: ["2026-05-12", "2026-05"], description: "Ngày ban hành: 2026-05-12, hoặc 2026-05 / 2026 để trống ngày, tháng cho văn thư điền", descriptionEn: "Issue date: 2026-05-12, or 2026-05 / 2026 to leave the day or month blank for the clerk to fill in", pattern: `^\\s*(?:${DATE_PATTERN.source.slice(1, -1)})\\s*$` });

const NumberField = z
  .union([z.number().int(), z.string(), z.null()])
  .transform((v) => (v === null ? "" : String(v).trim()))
  .refine((v) => v === "" || /^\d+$/.test(v), {
    message: "number digits",
    params: { vi: "số văn bản chỉ gồm chữ số (ví dụ 12), hoặc để trống", en: "the number has digits only (e.g. 12), or is blank" },
  })
  .meta({ inputExamples: [12], description: "Số văn bản (để trống khi chưa cấp số: \"Số:     /KH-UBND\"); số dưới 10 được thêm số 0 (3 → 03)", descriptionEn: "Document number (leave it out until one is assigned: \"Số:     /KH-UBND\"); numbers below 10 get a leading zero (3 → 03)", pattern: "^\\s*\\d*\\s*$" });

export const IssuerSchema = z
  .strictObject({
    name: text("Tên đầy đủ của cơ quan ban hành, viết như trong câu: \"Ủy ban nhân dân xã Na Dương\", \"Sở Văn hóa, Thể thao và Du lịch\"", "Full name of the issuing body as written in a sentence: \"Ủy ban nhân dân xã Na Dương\", \"Sở Văn hóa, Thể thao và Du lịch\"", ["Ủy ban nhân dân xã Na Dương", "Sở Văn hóa, Thể thao và Du lịch"]),
    code: text("Chữ viết tắt của cơ quan trong ký hiệu văn bản (KH-SVHTTDL); bắt buộc với Sở và cấp organization (khi không ghi symbol), UBND mặc định UBND", "The body's abbreviation in the document symbol (KH-SVHTTDL); required for a department and for the organization tier (unless symbol is given), UBND by default for a People's Committee", ["SVHTTDL"]).optional(),
    province: text("Tỉnh/thành phố nơi cơ quan đóng trụ sở (tên riêng: \"Lạng Sơn\"); bắt buộc với Sở: tạo dòng \"UBND TỈNH LẠNG SƠN\" và địa danh", "Province or city where the body has its seat (proper name: \"Lạng Sơn\"); required for a department: gives the \"UBND TỈNH LẠNG SƠN\" line and the place name", ["Lạng Sơn"]).optional(),
    parent: text("Cơ quan chủ quản trực tiếp (dòng trên, không đậm), ví dụ \"UBND tỉnh Lạng Sơn\"; để \"\" nếu không có", "Direct parent body (upper line, not bold), e.g. \"UBND tỉnh Lạng Sơn\"; \"\" for none", ["UBND tỉnh Lạng Sơn"]).optional(),
    header: textList("Các dòng tên cơ quan ban hành (in đậm) viết sẵn, khi không muốn kehoach tự ngắt dòng", "The issuing body's lines (bold) written out, when kehoach should not break the name itself", [["BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ XÃ NA DƯƠNG"]]).optional(),
    parent_header: textList("Các dòng tên cơ quan chủ quản viết sẵn", "The parent body's lines written out", [["UBND XÃ NA DƯƠNG"]]).optional(),
    header_size: z
      .union([z.literal(12), z.literal(13)])
      .optional()
      .meta(
        doc(
          "Cỡ chữ tên cơ quan (12 hoặc 13; ND30 cho phép 12–13, mặc định 13): chọn 12 khi một dòng dài quá cột",
          "Size of the issuer lines (12 or 13; ND30 allows 12–13, default 13): pick 12 when a line is wider than the column",
          12,
        ),
      ),
  })
  .meta({ description: "Cơ quan ban hành", descriptionEn: "Issuing body" });

export const RecipientSchema = z.union([
  text("Một nơi nhận, ví dụ \"Sở Văn hóa, Thể thao và Du lịch\"", "One recipient, e.g. \"Sở Văn hóa, Thể thao và Du lịch\""),
  z.strictObject({
    name: text("Tên nơi nhận", "Recipient's name"),
    note: text("Ghi chú mục đích: b/c, t/h, để biết…", "Purpose note: b/c (to report), t/h (to carry out), để biết (for information)…").optional(),
  }),
]);

export const ArchiveSchema = z.union([
  text("Dòng lưu viết sẵn, ví dụ \"Lưu: VT, KGVX.\"", "Archive line written out, e.g. \"Lưu: VT, KGVX.\""),
  z.strictObject({
    units: textList("Chữ viết tắt đơn vị soạn thảo, sau \"VT\"", "Abbreviations of the drafting units, after \"VT\"").optional(),
    copies: z.number().int().positive().optional().meta({ description: "Số bản lưu", descriptionEn: "Number of archived copies" }),
    drafter: text("Ký hiệu người soạn thảo (chữ in hoa)", "Drafter's initials (capitals)").optional(),
    issued: z.number().int().positive().optional().meta({ description: "Số lượng bản phát hành", descriptionEn: "Number of copies issued" }),
  }),
]);

export const SignerSchema = z
  .strictObject({
    authority: textList("Dòng thẩm quyền ký: \"TM. ỦY BAN NHÂN DÂN\", \"KT. CHỦ TỊCH\"…", "Signing authority lines: \"TM. ỦY BAN NHÂN DÂN\", \"KT. CHỦ TỊCH\"…", [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]]).optional(),
    title: text("Chức vụ người ký: \"PHÓ CHỦ TỊCH\", \"GIÁM ĐỐC\"…", "The signer's position: \"PHÓ CHỦ TỊCH\", \"GIÁM ĐỐC\"…", ["PHÓ CHỦ TỊCH"]).optional(),
    name: text("Họ và tên người ký (không ghi học hàm, học vị)", "The signer's full name (no academic titles or degrees)", ["Lê Văn Hưởng"]),
    below: z
      .array(text("Một dòng dưới họ tên", "A line under the name"))
      .optional()
      .meta(
        doc(
          "Các dòng in dưới họ tên người ký (chức vụ thứ hai, chức vụ Đảng…), viết như muốn in; *nghiêng*, **đậm**",
          "Lines printed under the signer's name (a second position, a party post…), as they should print; *italic*, **bold**",
          ["**PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG**"],
        ),
      ),
  })
  .meta({ description: "Người ký", descriptionEn: "Signer" });

export const NUMBERING_SCHEMES = ["roman", "arabic", "decimal", "points", "points-dot", "none"] as const;
export type NumberingScheme = (typeof NUMBERING_SCHEMES)[number];

export interface SectionInput {
  title?: string | undefined;
  label?: string | undefined;
  numbering?: NumberingScheme | undefined;
  text?: string | undefined;
  body?: string[] | undefined;
  sections?: SectionInput[] | undefined;
}

export const SectionSchema: z.ZodType<SectionInput, unknown> = z.lazy(() =>
  z
    .strictObject({
      title: text("Tên mục", "Section title")
        .optional()
        .meta(doc("Tên mục (không gõ số thứ tự; kehoach tự đánh số). Bỏ trống khi mục chỉ có `text`: in \"số + nội dung\"", "Section heading (no number: kehoach numbers it). Leave it out for an item with only `text`: prints \"number + text\"", "Mục đích")),
      label: text("Số thứ tự viết tay", "Hand-written number")
        .optional()
        .meta(doc("Số thứ tự viết tay, thay số tự động (ví dụ \"2.2.\"); \"\" = không số và không tính vào thứ tự", "Hand-written number instead of the automatic one (e.g. \"2.2.\"); \"\" = no number, and the item is not counted", "2.2.")),
      numbering: z
        .enum(NUMBERING_SCHEMES)
        .optional()
        .meta(
          doc(
            "Cách đánh số các mục con trực tiếp: roman (I.), arabic (1.), decimal (số mục cha + 1.: 2.1.), points (a) b) … đ) e) g)…), points-dot (a. b. …), none (không số)",
            "How the direct children are numbered: roman (I.), arabic (1.), decimal (the parent's number + 1.: 2.1.), points (a) b) … đ) e) g)…), points-dot (a. b. …), none",
            "points",
          ),
        ),
      text: text("Nội dung viết tiếp trên cùng dòng với tên mục; không có tên mục thì in sau số thứ tự (\"1. Nội dung…\", \"a) Nội dung…\")", "Text continuing on the title's line; with no title it follows the number (\"1. Text…\", \"a) Text…\")", ["Tổ chức hội nghị quán triệt."]).optional(),
      body: textList("Nội dung: mỗi dòng là một đoạn; dòng bắt đầu bằng \"- \" hoặc \"+ \" là gạch đầu dòng; *nghiêng*, **đậm**", "Content: each line is a paragraph; a line starting with \"- \" or \"+ \" is a bullet; *italic*, **bold**", [["- Tuyên truyền sâu rộng đến cán bộ, công chức;", "+ Hội nghị, tọa đàm."]]).optional(),
      sections: z.array(SectionSchema).optional().meta({ description: "Các mục con", descriptionEn: "Subsections" }),
    })
    .refine((s) => s.title !== undefined || s.text !== undefined || s.label === "" || (s.sections?.length ?? 0) > 0, {
      path: ["title"],
      message: "section needs title or text",
      params: {
        vi: 'mục cần "title" (tên mục) hoặc "text" (nội dung in sau số thứ tự)',
        en: 'a section needs "title" (its heading) or "text" (printed after its number)',
      },
    })
    .meta({ description: "Một mục của nội dung kế hoạch", descriptionEn: "A section of the plan's content" }),
).meta({ id: "Section" });

const TableRowSchema = z.union([
  z.array(text("Nội dung ô", "Cell content")).meta({ description: "Một dòng: các ô theo thứ tự cột (không kể cột STT)", descriptionEn: "A row: the cells in column order (not counting the STT column)" }),
  z.strictObject({
    group: text("Tên nhóm (dòng in đậm trải ngang bảng, đánh số La Mã)", "Group name (a bold row across the table, numbered in Roman numerals)"),
    label: text("Số thứ tự của nhóm, thay số La Mã tự động", "The group's number, replacing the automatic Roman numeral").optional(),
  }),
]);

export const TableSchema = z
  .strictObject({
    columns: z
      .array(
        z.strictObject({
          title: text("Tiêu đề cột", "Column heading"),
          width: z.number().positive().optional().meta({ description: "Độ rộng tương đối (mm hoặc tỷ lệ); kehoach co giãn cho vừa trang", descriptionEn: "Relative width (mm or a ratio); kehoach scales the columns to fit the page" }),
          align: z.enum(["left", "center", "right", "justify"]).optional().meta({ description: "Căn lề chữ trong cột", descriptionEn: "Text alignment in the column" }),
        }),
      )
      .min(1)
      .meta({ description: "Các cột của bảng", descriptionEn: "The table's columns", inputExamples: [[{ title: "STT", width: 10 }, { title: "Nội dung", width: 80 }, { title: "Thời gian", width: 30 }]] }),
    numbered: z.boolean().optional().meta({ description: "Cột đầu là STT do kehoach tự đánh (mặc định: khi cột đầu tên \"STT\")", descriptionEn: "The first column is a serial number kehoach fills in (default: when the first column is named \"STT\")" }),
    rows: z.array(TableRowSchema).meta({ description: "Các dòng của bảng", descriptionEn: "The table's rows", inputExamples: [[{ group: "Tuyên truyền" }, ["Hội nghị quán triệt", "Tháng 5/2026"]]] }),
  })
  .meta({ description: "Bảng của phụ lục", descriptionEn: "The appendix's table" });

const ALIGNMENTS = ["left", "center", "right", "justify"] as const;

export const AppendixSignatureSchema = z
  .strictObject({
    align: z.enum(["left", "center", "right"]).optional().meta(doc("Vị trí khối ký (mặc định right: nửa phải trang)", "Where the block sits (default right: the right half of the page)", "right")),
    lines: z.array(text("Một dòng", "A line")).optional().meta(doc("Các dòng trên chỗ ký (in đậm, như viết)", "Lines above the signature space (bold, as written)", ["LÃNH ĐẠO ĐƠN VỊ"])),
    note: text("Dòng ghi chú in nghiêng ngay dưới, ví dụ \"(Ký tên, đóng dấu)\"", "An italic note just below, e.g. \"(Ký tên, đóng dấu)\"", ["(Ký tên, đóng dấu)"]).optional(),
    name: text("Họ tên (in đậm) dưới chỗ ký; bỏ trống để chừa chỗ", "Name (bold) under the signature space; leave it out to leave the space blank").optional(),
  })
  .meta(doc("Khối ký nhỏ trong phụ lục (lãnh đạo đơn vị ký, xác nhận…)", "A small signature/approval block inside an appendix", { lines: ["LÃNH ĐẠO ĐƠN VỊ"], note: "(Ký tên, đóng dấu)" }));

export const AppendixContentSchema = z.union([
  z
    .strictObject({
      text: textList("Đoạn văn (mỗi dòng một đoạn)", "Paragraphs (one per line)", ["(*) Ghi chú: …"]),
      align: z.enum(ALIGNMENTS).optional().meta(doc("Căn lề: left, center, right, justify (mặc định)", "Alignment: left, center, right, justify (default)", "center")),
      bold: z.boolean().optional().meta(doc("In đậm cả đoạn", "Bold paragraph", true)),
      italic: z.boolean().optional().meta(doc("In nghiêng cả đoạn", "Italic paragraph", true)),
    })
    .meta(doc("Đoạn văn của phụ lục (mỗi dòng một đoạn; \"- \" là gạch đầu dòng)", "Appendix text (one paragraph per line; \"- \" starts a bullet)", { text: "(*) Ghi chú: …" })),
  z.strictObject({ table: TableSchema }).meta(doc("Một bảng", "A table")),
  z.strictObject({ signature: AppendixSignatureSchema }).meta(doc("Khối ký", "A signature block")),
]);

export const AppendixSchema = z
  .strictObject({
    label: text("Nhãn phụ lục thay nhãn tự động (\"Phụ lục\", \"Phụ lục I\"…); \"\" = không in nhãn", "Appendix label replacing the automatic one (\"Phụ lục\", \"Phụ lục I\"…); \"\" = no label line").optional(),
    title: text("Tên phụ lục (in hoa khi trình bày); từ trong ngoặc nhọn giữ nguyên chữ hoa/thường: {IoT}, {5G}, {eKYC}", "Appendix title (printed in capitals); a word in braces keeps its case: {IoT}, {5G}, {eKYC}", ["Danh mục các hoạt động tuyên truyền"]),
    reference: text("Dòng \"(Kèm theo Kế hoạch số … ngày … của …)\" viết tay; \"\" = không in dòng này", "The \"(Kèm theo Kế hoạch số … ngày … của …)\" line written out; \"\" = no such line").optional(),
    orientation: z.enum(["portrait", "landscape"]).optional().meta({ description: "Khổ dọc (portrait) hay ngang (landscape)", descriptionEn: "Portrait or landscape page" }),
    body: textList("Đoạn văn trước bảng", "Paragraphs before the table").optional(),
    table: TableSchema.optional(),
    content: z
      .array(AppendixContentSchema)
      .optional()
      .meta(
        doc(
          "Nội dung phụ lục theo thứ tự: đoạn văn (text, align), bảng (table), khối ký (signature); in sau body/table nếu có",
          "Appendix content in order: text (with align), tables, signature blocks; printed after body/table if both are given",
          [{ table: { columns: [{ title: "STT" }, { title: "Nội dung" }], rows: [["Kiểm tra hồ sơ"]] } }, { text: "(*) Ghi chú: …" }],
        ),
      ),
  })
  .meta({ description: "Một phụ lục", descriptionEn: "An appendix" });

export const PlanSchema = z
  .strictObject({
    tier: z.enum(TIERS).meta({ description: "Cấp ban hành: province (UBND tỉnh), department (Sở), commune (UBND xã/phường/đặc khu), district (UBND huyện, trước 01/7/2025), organization (cơ quan, tổ chức khác: Mặt trận, Ban, Đoàn kiểm tra… — ký hiệu, người ký, địa danh lấy từ kế hoạch). Tên tiếng Việt (xã, phường, tỉnh, sở, huyện…) cũng được đọc, kèm lưu ý ghi tên chuẩn", descriptionEn: "Issuing tier: province (provincial People's Committee), department (Sở), commune (commune/ward/special zone People's Committee), district (district People's Committee, before 1 July 2025), organization (any other body: Mặt trận, a Ban, an inspection team… — symbol, signer and place come from the plan). The Vietnamese words (xã, phường, tỉnh, sở, huyện…) are read too, with a notice naming the id to write", inputExamples: ["commune"] }),
    issuer: IssuerSchema,
    number: NumberField.optional(),
    symbol: text("Ký hiệu văn bản thay ký hiệu mặc định, ví dụ \"KH-BCĐ\"", "Document symbol replacing the default one, e.g. \"KH-BCĐ\"", ["KH-BCĐ"]).optional(),
    place: text("Địa danh ghi trước ngày tháng (mặc định theo cấp ban hành)", "Place name before the date (default from the issuing tier)", ["Lạng Sơn"]).optional(),
    date: DateField,
    title: text("Trích yếu (tên kế hoạch), viết thường như câu; xuống dòng để ngắt dòng", "Summary line (the plan's title), in sentence case; a line break in YAML breaks the line", ["Tuyên truyền, quảng bá ASEAN trên địa bàn xã Na Dương năm 2026"]),
    basis: textList("Các căn cứ (\"Căn cứ …\"); kehoach tự thêm dấu \";\" và \".\"", "Legal bases (\"Căn cứ …\"); kehoach adds the \";\" and \".\"", [["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"]]).optional(),
    basis_style: z.enum(["italic", "upright"]).optional().meta({ description: "Căn cứ in nghiêng (mặc định) hay đứng", descriptionEn: "Legal bases in italics (default) or upright" }),
    preamble: textList("Đoạn mở đầu trước mục I", "Opening paragraph before section I", ["Thực hiện Kế hoạch số 153/KH-UBND ngày 23/4/2026 của Ủy ban nhân dân tỉnh Lạng Sơn…"]).optional(),
    numbering: z.enum(["roman", "arabic"]).optional().meta({ description: "Đánh số mục: roman (I. / 1. / 1.1. / a)) hoặc arabic (1. / 1.1. / 1.1.1.)", descriptionEn: "Section numbering: roman (I. / 1. / 1.1. / a)) or arabic (1. / 1.1. / 1.1.1.)" }),
    sections: z.array(SectionSchema).min(1).optional().meta({ description: "Nội dung kế hoạch (hoặc parts khi có các Phần)", descriptionEn: "The plan's content (or parts, when it has Phần)" }),
    parts: z
      .array(
        z
          .strictObject({
            title: text("Tên phần (in hoa, căn giữa dưới \"Phần I\")", "Part title (capitals, centred under \"Phần I\")"),
            label: text("Nhãn viết tay thay \"Phần I\"", "Hand-written label instead of \"Phần I\"").optional(),
            sections: z.array(SectionSchema).min(1).meta({ description: "Các mục La Mã của phần này", descriptionEn: "This part's Roman sections" }),
          })
          .meta(doc("Một phần: \"Phần I\" và tên phần căn giữa, rồi các mục I., II.…", "A part: \"Phần I\" and its title centred, then sections I., II.…")),
      )
      .min(1)
      .optional()
      .meta(
        doc(
          "Các Phần (\"Phần I\" / TÊN PHẦN) trên các mục La Mã, thay cho sections",
          "Parts (\"Phần I\" / TITLE) above the Roman sections, instead of sections",
          [{ title: "Tình hình thực hiện", sections: [{ title: "Kết quả đạt được" }] }],
        ),
      ),
    footnotes: z
      .record(z.string().regex(/^[\p{L}\p{N}_-]+$/u), text("Nội dung chú thích", "The note's text"))
      .optional()
      .meta(
        doc(
          "Chú thích cuối trang: đánh dấu [^ten] trong bất kỳ đoạn nào (căn cứ, mục, nội dung, ô bảng…), nội dung ở đây",
          "Footnotes: mark [^id] in any text (căn cứ, headings, body, table cells…), the note text here",
          { "1": "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị." },
        ),
      ),
    closing: z
      .union([text("Câu kết", "Closing sentence"), z.literal(false)])
      .optional()
      .meta(
        doc(
          "Câu kết \"Trên đây là …\"; kehoach bảo đảm dấu \"./.\" ở cuối. false = không có câu kết, \"./.\" đặt cuối đoạn nội dung cuối cùng",
          "The closing sentence \"Trên đây là …\" (kehoach ends it with \"./.\"). false = no closing sentence; \"./.\" goes at the end of the last body paragraph",
          false,
        ),
      ),
    recipients: z.array(RecipientSchema).optional().meta({ description: "Nơi nhận (không kể dòng Lưu)", descriptionEn: "Recipients (not counting the archive line)", inputExamples: [["Sở Văn hóa, Thể thao và Du lịch", { name: "UBND tỉnh", note: "b/c" }]] }),
    archive: ArchiveSchema.optional().meta({ description: "Dòng \"Lưu: VT, …\"", descriptionEn: "The \"Lưu: VT, …\" archive line", inputExamples: [{ units: ["KGVX"], copies: 2, drafter: "LMV", issued: 10 }] }),
    signer: SignerSchema,
    appendices: z.array(AppendixSchema).optional().meta({ description: "Các phụ lục: một phụ lục tên \"Phụ lục\", nhiều phụ lục \"Phụ lục I, II…\"; mỗi phụ lục một phần riêng, đánh số trang riêng", descriptionEn: "Appendices: one is named \"Phụ lục\", several \"Phụ lục I, II…\"; each in its own section with its own page numbers" }),
    urgency: z.enum(["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]).optional().meta({ description: "Dấu mức độ khẩn", descriptionEn: "Urgency mark", inputExamples: ["KHẨN"] }),
    confidentiality: z.enum(["MẬT", "TỐI MẬT", "TUYỆT MẬT"]).optional().meta({ description: "Dấu độ mật", descriptionEn: "Confidentiality mark" }),
    circulation: z.enum(["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"]).optional().meta({ description: "Chỉ dẫn phạm vi lưu hành", descriptionEn: "Circulation instruction" }),
    vars: z.record(z.string(), z.unknown()).optional().meta({ description: "Biến tự đặt, dùng trong mẫu: {{vars.ten_bien}}", descriptionEn: "Your own variables, used in templates: {{vars.ten_bien}}", inputExamples: [{ nam: 2026 }] }),
    rules: z
      .record(z.string(), z.enum(RULE_LEVELS))
      .optional()
      .meta({
        description:
          "Mức của từng quy tắc thể thức cho kế hoạch này: error (lỗi, không ghi tệp), warning (cảnh báo, vẫn in ra) hoặc off (tắt); áp dụng cho validate, build, batch và build --check. Dùng khi sao lại đúng văn bản đã ban hành (số \"0129\", \"Lưu: MTTQ\"). Danh sách mã: docs/rules.md.",
        descriptionEn:
          "Per-plan level of each layout rule: error (fails, nothing written), warning (still printed) or off; honoured by validate, build, batch and build --check. For a faithful copy of an issued document. Rule ids: docs/rules.md.",
        examples: [{ "ND30-so-ky-hieu": "warning", "ND30-luu": "warning", "ND30-trich-yeu-in-hoa": "off" }],
      }),
  })
  .meta({ title: "Kế hoạch (kehoach)", description: "Kế hoạch hành chính theo Nghị định 30/2020/NĐ-CP", descriptionEn: "An administrative plan per Decree 30/2020/NĐ-CP" });

export type Plan = z.output<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type Section = SectionInput;
export type Appendix = z.output<typeof AppendixSchema>;
export type AppendixContent = z.output<typeof AppendixContentSchema>;
export type Table = z.output<typeof TableSchema>;
export type Recipient = z.output<typeof RecipientSchema>;
export type Archive = z.output<typeof ArchiveSchema>;
