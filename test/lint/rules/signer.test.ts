import { describe, expect, it } from "vitest";
import { academicTitleRule, signerChainRule, signerNameRule, signerPrefixFormRule } from "../../../src/lint/rules/signer.js";
import { renderYaml } from "../../helpers/build.js";
import { lint, MINIMAL_PLAN, withSigner } from "../lint-helpers.js";

const chain = (authority: string[], title: string | undefined, tier = "commune") => {
  const lines = [`authority: [${authority.map((a) => JSON.stringify(a)).join(", ")}]`, ...(title === undefined ? [] : [`title: ${JSON.stringify(title)}`]), "name: Nguyễn Văn An"];
  return lint(withSigner(...lines).replace("tier: commune", `tier: ${tier}`), signerChainRule);
};

describe("ND30-tham-quyen-ky: signer chains ND30 allows", () => {
  it.each([
    [["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH"],
    [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH"],
    [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH THƯỜNG TRỰC"],
    [["tm. ủy ban nhân dân", "kt. chủ tịch"], "phó chủ tịch"],
    [["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC"],
    [["KT. BỘ TRƯỞNG"], "THỨ TRƯỞNG"],
    [["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG"],
    [["TL. CHỦ TỊCH"], "CHÁNH VĂN PHÒNG"],
    [["TUQ. CHỦ TỊCH"], "GIÁM ĐỐC SỞ NỘI VỤ"],
    [["Q. GIÁM ĐỐC"], ""],
    [["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"], ""],
    [[], "GIÁM ĐỐC"],
  ])("accepts %j / %j", (authority, title) => {
    expect(chain(authority, title)).toEqual([]);
  });

  it("accepts the tier defaults (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)", () => {
    expect(lint(MINIMAL_PLAN, signerChainRule)).toEqual([]);
  });

  it.each([
    [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "CHỦ TỊCH", 'sau "KT. CHỦ TỊCH" chức vụ người ký phải là cấp phó ("PHÓ CHỦ TỊCH"), không phải "CHỦ TỊCH"'],
    [["KT. GIÁM ĐỐC"], "PHÓ CHỦ TỊCH", 'sau "KT. GIÁM ĐỐC" chức vụ người ký phải là cấp phó ("PHÓ GIÁM ĐỐC"), không phải "PHÓ CHỦ TỊCH"'],
    [["TM. ỦY BAN NHÂN DÂN"], "PHÓ CHỦ TỊCH", 'cấp phó ("PHÓ CHỦ TỊCH") ký thay cấp trưởng phải có dòng "KT. CHỦ TỊCH" ngay trên'],
    [[], "PHÓ GIÁM ĐỐC", 'cấp phó ("PHÓ GIÁM ĐỐC") ký thay cấp trưởng phải có dòng "KT. GIÁM ĐỐC" ngay trên'],
    [[], "THỨ TRƯỞNG", 'cấp phó ("THỨ TRƯỞNG") ký thay cấp trưởng phải có dòng "KT. BỘ TRƯỞNG" ngay trên'],
    [["TM. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", '"TM." (thay mặt) đi với tên tập thể, không đi với chức vụ "CHỦ TỊCH"'],
    [["KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", 'thứ tự thẩm quyền ký không hợp lệ: "TM. ỦY BAN NHÂN DÂN" sau "KT."'],
    [["TM. ỦY BAN NHÂN DÂN", "TM. BAN CHỈ ĐẠO"], "TRƯỞNG BAN", 'thứ tự thẩm quyền ký không hợp lệ: "TM. BAN CHỈ ĐẠO" sau "TM."'],
    [["ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", 'dòng "ỦY BAN NHÂN DÂN" đứng trên chức vụ mà không có chữ viết tắt thẩm quyền'],
    [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "", 'sau "KT. CHỦ TỊCH" (cấp phó ký thay cấp trưởng) còn thiếu chức vụ người ký'],
    [["TUQ. CHỦ TỊCH"], "", 'sau "TUQ. CHỦ TỊCH" (thừa ủy quyền) còn thiếu chức vụ người ký'],
    [["Q. GIÁM ĐỐC"], "GIÁM ĐỐC", 'sau "Q. GIÁM ĐỐC" (quyền cấp trưởng) không ghi thêm dòng "GIÁM ĐỐC"'],
  ])("refuses %j / %j", (authority, title, message) => {
    const found = chain(authority, title);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "ND30-tham-quyen-ky", severity: "error", vi: message });
  });

  it.each([["T/M ỦY BAN NHÂN DÂN"], ["TM ỦY BAN NHÂN DÂN"], ["TM.ỦY BAN NHÂN DÂN"], ["T/M. BAN THƯỜNG TRỰC"]])(
    "reads %j as the TM. prefix in the chain (the spelling is a separate warning)",
    (line) => {
      expect(chain([line], "CHỦ TỊCH")).toEqual([]);
    },
  );

  it("says when the offending line came from the tier's default template", () => {
    const [f] = lint(withSigner("authority: [TM. ỦY BAN NHÂN DÂN]", "name: Nguyễn Văn An"), signerChainRule);
    expect(f?.path).toBe("signer");
    expect(f?.vi).toContain('(dòng "PHÓ CHỦ TỊCH" lấy từ mẫu mặc định của cấp ban hành; ghi signer.authority / signer.title để thay)');
    expect(f?.en).toContain("comes from the tier's default template");
  });
});

describe("ND30-chu-viet-tat-ky: prefixes written otherwise are kept, with a warning naming the ND30 form", () => {
  const prefixForm = (authority: string[], title: string) =>
    lint(withSigner(`authority: [${authority.map((a) => JSON.stringify(a)).join(", ")}]`, `title: ${JSON.stringify(title)}`, "name: Nguyễn Văn An"), signerPrefixFormRule);

  it.each([
    ["T/M ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"],
    ["T/M. ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"],
    ["TM ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"],
    ["K/T CHỦ TỊCH", "KT. CHỦ TỊCH"],
  ])("warns about %j and names %j", (line, fixed) => {
    const found = prefixForm([line], line.startsWith("K") ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "ND30-chu-viet-tat-ky", severity: "warning", path: "signer.authority.0", line: 14, column: 15 });
    expect(found[0]?.vi).toContain(`("${fixed}"); kehoach in như đã viết`);
  });

  it("says nothing about the ND30 forms", () => {
    expect(prefixForm(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH")).toEqual([]);
  });

  it("prints the line as written", async () => {
    const { layout, diagnostics } = await renderYaml(withSigner('authority: ["T/M. BAN THƯỜNG TRỰC"]', "title: CHỦ TỊCH", "name: Nguyễn Văn An"));
    expect(layout.signature.authority).toEqual(["T/M. BAN THƯỜNG TRỰC"]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("ND30-hoc-ham-hoc-vi: no academic titles before the name", () => {
  it.each([
    ["TS. Nguyễn Văn An", "TS."],
    ["ThS. Nguyễn Văn An", "ThS."],
    ["PGS.TS. Nguyễn Văn An", "PGS.TS."],
    ["GS.TSKH Nguyễn Văn An", "GS.TSKH"],
    ["KS. Nguyễn Văn An", "KS."],
    ["BS. Nguyễn Văn An", "BS."],
    ["Tiến sĩ Nguyễn Văn An", "Tiến sĩ"],
    ["Đồng chí Nguyễn Văn An", "Đồng chí"],
  ])("refuses %j", (name, title) => {
    const found = lint(withSigner(`name: ${name}`), academicTitleRule);
    expect(found).toEqual([
      expect.objectContaining({ code: "ND30-hoc-ham-hoc-vi", severity: "error", vi: `không ghi học hàm, học vị hay danh xưng "${title}" trước họ tên người ký`, hint: "ghi name: Nguyễn Văn An", line: 14, column: 9 }),
    ]);
  });

  it.each(["Nguyễn Văn An", "Thái Thị Bình", "Tsằn A Phủ", "Ông Văn Dũng", "Bùi Sỹ Khánh"])("accepts %j", (name) => {
    expect(lint(withSigner(`name: ${name}`), academicTitleRule)).toEqual([]);
  });
});

describe("ND30-ho-ten-nguoi-ky: the name in name case", () => {
  it("refuses a name in capitals and spells it properly in the hint", () => {
    expect(lint(withSigner("name: LÊ THỊ HOÀ"), signerNameRule)).toEqual([
      expect.objectContaining({ code: "ND30-ho-ten-nguoi-ky", vi: 'họ tên người ký "LÊ THỊ HOÀ" viết in hoa toàn bộ', hint: "viết hoa chữ cái đầu mỗi tiếng: Lê Thị Hoà" }),
    ]);
  });

  it("accepts name case and a blank name (signed by hand later)", () => {
    expect(lint(withSigner("name: Lê Thị Hoà"), signerNameRule)).toEqual([]);
    expect(lint(withSigner('name: ""'), signerNameRule)).toEqual([]);
  });
});
