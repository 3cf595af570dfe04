import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers/main-io.js";
import { ROOT } from "../helpers/run-cli.js";

/**
 * The invalid corpus: one file per mistake, its name says which. Every file is run through
 * `kehoach validate --format json` and every problem it reports is listed here: exit code,
 * then each [severity, code, line, column], then the Vietnamese message of the first.
 */
type Row = [name: string, exit: number, diagnostics: [string, string, number | undefined, number | undefined][], message: string];

const CORPUS: Row[] = [
  ["appendix-orientation-ngang", 4, [["error", "schema-invalid-value", 18, 18]], "giá trị không hợp lệ; chỉ nhận: portrait, landscape"],
  ["archive-copies-zero", 4, [["error", "schema-too-small", 16, 11]], "giá trị phải lớn hơn 0"],
  ["archive-not-luu", 9, [["error", "ND30-luu", 14, 10]], "dòng lưu \"Luu VT, VHXH\" không bắt đầu bằng \"Lưu:\""],
  ["archive-without-vt", 9, [["error", "ND30-luu", 14, 10]], "dòng lưu \"Lưu: VHXH.\" thiếu \"VT\" (bản lưu tại Văn thư)"],
  ["basis-colon-unquoted", 4, [["error", "schema-misread-text", 10, 5], ["error", "schema-misread-text", 20, 7]], "YAML đọc dòng này thành cặp \"khóa: giá trị\" (khóa \"Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh\") vì có \": \" (dấu hai chấm rồi dấu cách); ở đây cần một dòng văn bản"],
  ["basis-not-can-cu", 9, [["error", "ND30-can-cu", 10, 5]], "dòng căn cứ không bắt đầu bằng \"Căn cứ\": \"Thực hiện Kế hoạch số 12/KH-UB…\""],
  ["basis-two-in-one-line", 0, [["warning", "ND30-can-cu", 9, 72]], "nhiều căn cứ viết chung một dòng"],
  ["body-colon-in-nested-section", 4, [["error", "schema-misread-text", 14, 13]], "YAML đọc dòng này thành cặp \"khóa: giá trị\" (khóa \"Thời gian\") vì có \": \" (dấu hai chấm rồi dấu cách); ở đây cần một dòng văn bản"],
  ["date-dd-mm-yyyy", 4, [["error", "schema-value", 5, 7]], "ngày ban hành phải có dạng NĂM-THÁNG-NGÀY (2026-05-12), NĂM-THÁNG (2026-05) hoặc NĂM (2026); ghi 2026-01-09"],
  ["date-dd-mm-yyyy-impossible", 4, [["error", "schema-value", 5, 7]], "ngày \"31/02/2026\" không có thật (tháng 2 năm 2026 chỉ có 28 ngày); sửa lại ngày và viết theo dạng NĂM-THÁNG-NGÀY: ghi 2026-02-28 nếu là ngày cuối tháng"],
  ["date-far-future", 0, [["warning", "ND30-ngay-ban-hanh", 5, 7]], "ngày ban hành ở năm 2099, còn xa trong tương lai"],
  ["date-feb-29-not-leap", 4, [["error", "schema-value", 5, 7]], "ngày không có thật trên lịch: tháng 2 năm 2025 chỉ có 28 ngày"],
  ["date-feb-30", 4, [["error", "schema-value", 5, 7]], "ngày không có thật trên lịch: tháng 2 năm 2026 chỉ có 28 ngày"],
  ["date-month-13", 4, [["error", "schema-value", 5, 7]], "ngày không có thật trên lịch: không có tháng 13"],
  ["district-after-reform", 0, [["warning", "ND30-district-after-reform", 2, 7]], "cấp huyện không còn từ ngày 01/7/2025; kế hoạch cấp huyện chỉ dùng cho văn bản ban hành trước ngày đó"],
  ["footnote-unknown-id", 4, [["error", "footnote-unknown", 11, 62]], "dấu chú thích [^nq57] không có nội dung: \"nq57\" chưa được khai báo trong footnotes"],
  ["input-not-nfc", 0, [["notice", "input-cleaned", undefined, undefined]], "văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã chuẩn hóa"],
  ["issuer-as-text", 4, [["error", "schema-invalid-type", 3, 9]], "cần nhóm trường (khóa: giá trị), nhưng gặp chuỗi văn bản"],
  ["issuer-name-abbreviated-ubnd", 9, [["error", "ND30-ten-co-quan", 4, 9]], "tên cơ quan ban hành \"UBND xã Thất Khê\" bị viết tắt; phải là tên đầy đủ"],
  ["issuer-name-capitalised-xa", 0, [["warning", "ND30-viet-hoa", 4, 9]], "viết hoa chưa đúng trong tên cơ quan \"Ủy ban nhân dân Xã Thất Khê\""],
  ["list-item-ends-with-colon", 4, [["error", "schema-misread-text", 9, 5], ["error", "schema-misread-text", 13, 9]], "dòng này kết thúc bằng dấu hai chấm nên YAML đọc nó thành khóa \"Căn cứ Luật Tổ chức chính quyền địa phương\" không có giá trị; ở đây cần một dòng văn bản"],
  ["missing-signer", 4, [["error", "schema-missing-field", 2, 1]], "thiếu trường bắt buộc \"signer\""],
  ["missing-title-and-date", 4, [["error", "schema-missing-field", 2, 1], ["error", "schema-missing-field", 2, 1]], "thiếu trường bắt buộc \"date\""],
  ["mixed-spelling-hoa-template", 0, [["warning", "ND30-chinh-ta-thong-nhat", 4, 9]], "kế hoạch viết \"uỷ\" nhưng phần do mẫu tạo ra viết \"ủy\"; văn bản sẽ có hai cách đặt dấu"],
  ["mixed-spelling-uy", 0, [["warning", "ND30-chinh-ta-thong-nhat", 14, 5]], "\"uỷ\" và \"ủy\" (dòng 4) là một từ đặt dấu thanh hai cách trong cùng văn bản"],
  ["number-full-symbol", 4, [["error", "schema-value", 6, 9]], "số văn bản chỉ gồm chữ số (ví dụ 12), hoặc để trống"],
  ["number-with-letters", 4, [["error", "schema-value", 6, 9]], "số văn bản chỉ gồm chữ số (ví dụ 12), hoặc để trống"],
  ["number-zero", 9, [["error", "ND30-so-ky-hieu", 6, 9]], "số văn bản \"0\" không hợp lệ: số thứ tự bắt đầu từ 1"],
  ["number-zero-padded-012", 9, [["error", "ND30-so-ky-hieu", 6, 9]], "số \"012\" có số 0 thừa ở đầu; Nghị định 30 chỉ thêm số 0 cho số từ 1 đến 9"],
  ["place-person-name-without-type", 0, [["warning", "ND30-dia-danh", 5, 8]], "địa danh \"Lương Văn Tri\" là tên người hoặc số hiệu: phải ghi đầy đủ \"Phường Lương Văn Tri\""],
  ["place-with-lower-case-type", 0, [["warning", "ND30-dia-danh", 5, 8]], "địa danh \"tỉnh Lạng Sơn\" chỉ ghi tên riêng \"Lạng Sơn\", không kèm \"tỉnh\""],
  ["recipients-colon-unquoted", 4, [["error", "schema-misread-text", 14, 5]], "YAML đọc dòng này thành cặp \"khóa: giá trị\" (khóa \"Thường trực Đảng ủy xã\") vì có \": \" (dấu hai chấm rồi dấu cách); ở đây cần một dòng văn bản"],
  ["recipients-merged-by-indent", 0, [["warning", "yaml-merged-list-item", 14, 5]], "dòng \"- Thường trực Đảng ủy xã\" thụt lề sâu hơn dòng trên nên bị gộp vào mục trước: \"UBND tỉnh Lạng Sơn - Thường trực Đảng ủy xã\""],
  ["recipients-missing", 0, [["warning", "ND30-noi-nhan", 2, 1]], "kế hoạch chưa có nơi nhận (recipients:); phần Nơi nhận sẽ chỉ có dòng Lưu"],
  ["recipients-nhu-tren", 0, [["warning", "ND30-noi-nhan", 13, 5]], "\"Như trên\" chỉ dùng khi văn bản có \"Kính gửi\"; kế hoạch không có phần này"],
  ["recipients-with-luu-line", 9, [["error", "ND30-luu", 14, 5]], "dòng \"Lưu\" được ghi trong recipients; kehoach tự thêm dòng này ở cuối"],
  ["section-body-mapping", 4, [["error", "schema-misread-text", 11, 7]], "ở đây cần một dòng văn bản; không có trường \"noi_dung\""],
  ["section-title-typed-number", 0, [["warning", "ND30-danh-so-muc", 9, 12]], "tên mục đã có số thứ tự \"I.\"; kehoach tự đánh số nên số sẽ in hai lần"],
  ["sections-empty", 4, [["error", "schema-too-small", 8, 11]], "cần ít nhất 1 mục"],
  ["several-schema-errors", 4, [["notice", "tier-alias", 2, 7], ["error", "schema-value", 5, 7], ["error", "schema-unknown-key", 15, 3]], "\"huyen\" được hiểu là cấp district (UBND huyện (chỉ cho văn bản trước 01/7/2025))"],
  ["signer-academic-title-pgs-ts", 9, [["error", "ND30-hoc-ham-hoc-vi", 15, 9]], "không ghi học hàm, học vị hay danh xưng \"PGS.TS.\" trước họ tên người ký"],
  ["signer-academic-title-ts", 9, [["error", "ND30-hoc-ham-hoc-vi", 15, 9]], "không ghi học hàm, học vị hay danh xưng \"TS.\" trước họ tên người ký"],
  ["signer-deputy-without-kt", 9, [["error", "ND30-tham-quyen-ky", 16, 10]], "cấp phó (\"PHÓ CHỦ TỊCH\") ký thay cấp trưởng phải có dòng \"KT. CHỦ TỊCH\" ngay trên"],
  ["signer-kt-without-pho", 9, [["error", "ND30-tham-quyen-ky", 18, 10]], "sau \"KT. CHỦ TỊCH\" chức vụ người ký phải là cấp phó (\"PHÓ CHỦ TỊCH\"), không phải \"CHỦ TỊCH\""],
  ["signer-missing-tm", 9, [["error", "ND30-tham-quyen-ky", 15, 15]], "dòng \"ỦY BAN NHÂN DÂN\" đứng trên chức vụ mà không có chữ viết tắt thẩm quyền"],
  ["signer-name-all-caps", 9, [["error", "ND30-ho-ten-nguoi-ky", 15, 9]], "họ tên người ký \"NGUYỄN VĂN AN\" viết in hoa toàn bộ"],
  ["signer-name-at-left-margin", 4, [["error", "schema-misplaced-key", 16, 1]], "\"name\" là trường của \"signer\", nhưng dòng này nằm sát lề trái nên không thuộc \"signer:\""],
  ["signer-prefix-party-style", 0, [["warning", "ND30-chu-viet-tat-ky", 15, 15]], "dòng \"T/M ỦY BAN NHÂN DÂN\" không viết chữ viết tắt thẩm quyền ký theo ND30 (\"TM. ỦY BAN NHÂN DÂN\"); kehoach in như đã viết"],
  ["signer-tm-default-title", 9, [["error", "ND30-tham-quyen-ky", 15, 3]], "cấp phó (\"PHÓ CHỦ TỊCH\") ký thay cấp trưởng phải có dòng \"KT. CHỦ TỊCH\" ngay trên (dòng \"PHÓ CHỦ TỊCH\" lấy từ mẫu mặc định của cấp ban hành; ghi signer.authority / signer.title để thay)"],
  ["signer-tm-pho-without-kt", 9, [["error", "ND30-tham-quyen-ky", 16, 10]], "cấp phó (\"PHÓ CHỦ TỊCH\") ký thay cấp trưởng phải có dòng \"KT. CHỦ TỊCH\" ngay trên"],
  ["signer-tm-with-person-title", 9, [["error", "ND30-tham-quyen-ky", 15, 15]], "\"TM.\" (thay mặt) đi với tên tập thể, không đi với chức vụ \"CHỦ TỊCH\""],
  ["symbol-lower-case", 9, [["error", "ND30-ky-hieu", 7, 9]], "ký hiệu \"kh-ubnd\" có chữ thường"],
  ["symbol-with-number", 9, [["error", "ND30-ky-hieu", 7, 9]], "ký hiệu \"03/KH-UBND\" có dấu \"/\""],
  ["table-rows-at-parent-margin", 4, [["error", "schema-misplaced-key", 15, 1], ["error", "schema-misplaced-key", 22, 5]], "\"name\" là trường của \"signer\", nhưng dòng này nằm sát lề trái nên không thuộc \"signer:\""],
  ["table-without-columns", 4, [["error", "schema-too-small", 19, 16]], "cần ít nhất 1 mục"],
  ["template-if-closed-by-each", 5, [["error", "template-syntax", 7, 33]], "khối {{#if}} lại được đóng bằng {{/each}}"],
  ["template-missing-variable", 6, [["error", "template-missing-value", 7, 54]], "mẫu dùng \"nam\" nhưng không có giá trị này"],
  ["template-unclosed-block-scalar", 5, [["error", "template-syntax", 12, 9]], "mẫu kết thúc khi một {{…}} hoặc khối {{#…}} chưa được đóng"],
  ["template-unclosed-braces", 5, [["error", "template-syntax", 13, 28]], "biểu thức {{…}} không được đóng đúng bằng \"}}\""],
  ["template-unknown-helper-uper", 6, [["error", "template-missing-value", 11, 41]], "mẫu dùng \"uper\" nhưng không có giá trị này"],
  ["template-unquoted-in-list", 3, [["error", "yaml-unquoted-template", 13, 5]], "giá trị bắt đầu bằng {{ … }} mà không đặt trong dấu nháy: YAML đọc nó thành một nhóm trường"],
  ["template-unquoted-value", 3, [["error", "yaml-unexpected-token", 7, 21]], "ký tự không mong đợi"],
  ["tier-tinh-capitalised", 0, [["notice", "tier-alias", 2, 7]], "\"Tỉnh\" được hiểu là cấp province (UBND tỉnh / thành phố trực thuộc Trung ương)"],
  ["tier-xa", 0, [["notice", "tier-alias", 2, 7]], "\"xa\" được hiểu là cấp commune (UBND xã / phường / đặc khu)"],
  ["title-all-caps", 9, [["error", "ND30-trich-yeu-in-hoa", 7, 8]], "trích yếu được gõ in hoa toàn bộ; Nghị định 30 trình bày trích yếu bằng chữ thường"],
  ["top-level-list", 4, [["error", "schema-not-a-plan", 2, 1]], "tệp kế hoạch phải là một nhóm trường (tier:, issuer:, title: …)"],
  ["unknown-key-section-tittle", 4, [["error", "schema-unknown-key", 9, 5]], "trường không được hỗ trợ: \"tittle\""],
  ["unknown-key-signer-nam", 4, [["error", "schema-unknown-key", 15, 3]], "trường không được hỗ trợ: \"nam\""],
  ["unknown-key-titel", 4, [["error", "schema-unknown-key", 7, 1]], "trường không được hỗ trợ: \"titel\""],
  ["urgency-khan-no-diacritics", 4, [["error", "schema-invalid-value", 14, 10]], "giá trị không hợp lệ; chỉ nhận: KHẨN, THƯỢNG KHẨN, HỎA TỐC"],
  ["yaml-alias-bomb", 3, [["error", "yaml-alias-bomb", undefined, undefined]], "tệp dùng quá nhiều tham chiếu (*alias) lồng nhau; đã dừng để tránh treo máy"],
  ["yaml-bad-indent", 3, [["error", "yaml-bad-indent", 16, 1], ["error", "yaml-bad-indent", 17, 1]], "thụt lề không đúng"],
  ["yaml-colon-in-value", 3, [["error", "yaml-block-as-implicit-key", 7, 8]], "giá trị trên dòng này có \": \" (dấu hai chấm rồi dấu cách) nên YAML không đọc được"],
  ["yaml-comments-only", 3, [["error", "yaml-empty", undefined, undefined]], "tệp kế hoạch trống"],
  ["yaml-duplicate-key-title", 3, [["error", "yaml-duplicate-key", 8, 1]], "khóa bị lặp lại trong cùng một mục"],
  ["yaml-empty", 3, [["error", "yaml-empty", undefined, undefined]], "tệp kế hoạch trống"],
  ["yaml-flow-unclosed", 3, [["error", "yaml-missing-char", 16, 14]], "thiếu ký tự đóng (dấu nháy hoặc ngoặc)"],
  ["yaml-tab-indent", 3, [["error", "yaml-tab-as-indent", 4, 1]], "dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách"],
  ["yaml-tab-indent-block", 3, [["error", "yaml-tab-as-indent", 11, 1]], "dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách"],
  ["yaml-tab-indent-list", 3, [["error", "yaml-tab-as-indent", 14, 1]], "dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách"],
  ["yaml-two-documents", 3, [["error", "yaml-multiple-docs", 16, 1]], "tệp chứa nhiều tài liệu YAML (dấu ---); một kế hoạch chỉ có một"],
  ["yaml-unclosed-quote", 3, [["error", "yaml-missing-char", 7, 8]], "thiếu ký tự đóng (dấu nháy hoặc ngoặc)"],
];

const DIR = "test/fixtures/invalid";
const files = readdirSync(path.join(ROOT, DIR)).filter((f) => f.endsWith(".yaml")).sort();

interface JsonDiagnostic {
  severity: string;
  code: string;
  message: string;
  file: string;
  line?: number;
  column?: number;
  path?: string;
  hint?: string;
  clause?: string;
}

const validateJson = async (name: string, ...flags: string[]) => {
  const run = await runMain(["validate", `${DIR}/${name}.yaml`, "--format", "json", ...flags], { cwd: ROOT });
  return { code: run.code, list: (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics, stderr: run.stderr };
};

describe("invalid corpus (test/fixtures/invalid)", () => {
  it("holds at least 40 plans, each listed in the table below", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.map(([name]) => `${name}.yaml`).sort()).toEqual(files);
  });

  it.each(CORPUS)("%s → exit %i", async (name, exit, expected, message) => {
    const { code, list, stderr } = await validateJson(name);
    expect(code).toBe(exit);
    expect(stderr).toBe("");
    expect(list.map((d) => [d.severity, d.code, d.line, d.column])).toEqual(expected);
    expect(list[0]?.message).toBe(message);
    for (const d of list) expect(d.file).toBe(`${DIR}/${name}.yaml`);
  });

  it("fails every plan with only warnings when --strict is given (exit 9)", async () => {
    const warningsOnly = CORPUS.filter(([, exit, list]) => exit === 0 && list.some(([severity]) => severity === "warning"));
    expect(warningsOnly.length).toBeGreaterThanOrEqual(10);
    for (const [name] of warningsOnly) expect((await validateJson(name, "--strict")).code, name).toBe(9);
    // A notice is never a failure.
    expect((await validateJson("input-not-nfc", "--strict")).code).toBe(0);
  });

  it("never ends a message or a hint with a colon (an empty list after it), in either language", async () => {
    for (const [name] of CORPUS) {
      for (const lang of ["vi", "en"]) {
        const run = await runMain(["--lang", lang, "validate", `${DIR}/${name}.yaml`, "--format", "json"], { cwd: ROOT });
        const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] };
        expect(diagnostics.length, name).toBeGreaterThan(0);
        for (const d of diagnostics) {
          expect(d.message, `${name} (${lang}): ${d.code} message`).not.toMatch(/:\s*$/);
          expect(d.message.trim(), `${name} (${lang}): ${d.code} message`).not.toBe("");
          if (d.hint !== undefined) {
            expect(d.hint, `${name} (${lang}): ${d.code} hint`).not.toMatch(/:\s*$/);
            expect(d.hint.trim(), `${name} (${lang}): ${d.code} hint`).not.toBe("");
          }
        }
      }
    }
  });

  it("gives every ND30 lint finding the clause of the decree it comes from", async () => {
    for (const [name] of CORPUS) {
      const { list } = await validateJson(name);
      for (const d of list.filter((x) => x.code.startsWith("ND30-"))) expect(d.clause, `${name}: ${d.code}`).toMatch(/^Phụ lục (I|II), Phần (I|II|III), khoản \d/);
    }
  });
});

describe("rendered messages (file snapshots, Vietnamese and English)", () => {
  const render = async (lang: "vi" | "en") => {
    const out: string[] = [];
    for (const f of files) {
      const run = await runMain(["--lang", lang, "validate", `${DIR}/${f}`], { cwd: ROOT });
      out.push(`$ kehoach validate ${f}  # exit ${run.code}`, run.stderr);
    }
    return out.join("\n");
  };

  it("prints file:line:col, the source line with a caret, the field, the clause and a hint, in Vietnamese", async () => {
    const text = await render("vi");
    expect(text).toContain("test/fixtures/invalid/unknown-key-titel.yaml:7:1  lỗi  schema-unknown-key  trường không được hỗ trợ: \"titel\"\n7 | titel: Tổ chức");
    await expect(text).toMatchFileSnapshot("./__snapshots__/invalid-corpus.vi.txt");
  });

  it("prints the same in English with --lang en", async () => {
    const text = await render("en");
    expect(text).toContain("test/fixtures/invalid/unknown-key-titel.yaml:7:1  error  schema-unknown-key  unknown field: \"titel\"");
    await expect(text).toMatchFileSnapshot("./__snapshots__/invalid-corpus.en.txt");
  });
});
