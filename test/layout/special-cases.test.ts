import { describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { MINIMAL_PLAN, dumpDocx, renderYaml } from "../helpers/build.js";

describe("plans that fit no tier exactly", () => {
  it("take explicit header lines for a Ban chỉ đạo, with its own ký hiệu and signer", async () => {
    const yaml = MINIMAL_PLAN.replace(
      "issuer:\n  name: Ủy ban nhân dân xã Thất Khê\n",
      "issuer:\n  name: Ban Chỉ đạo chuyển đổi số tỉnh Lạng Sơn\n  code: BCĐ\n  parent_header: [UBND TỈNH LẠNG SƠN]\n  header: [BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ]\nplace: Lạng Sơn\n",
    ).replace("signer:\n  name: Nguyễn Văn An", "signer:\n  authority: [KT. TRƯỞNG BAN]\n  title: PHÓ TRƯỞNG BAN\n  name: Nguyễn Văn An");
    const { layout } = await renderYaml(yaml);
    expect(layout.header.parentLines).toEqual(["UBND TỈNH LẠNG SƠN"]);
    expect(layout.header.issuerLines).toEqual(["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ"]);
    expect(layout.header.numberLine).toBe("Số: 03/KH-BCĐ");
    expect(layout.header.placeDateLines).toEqual(["Lạng Sơn, ngày 09 tháng 01 năm 2026"]);
    expect(layout.header.placeDateSizePt).toBe(14);
    expect(layout.signature.authority).toEqual(["KT. TRƯỞNG BAN"]);
  });
});

describe("marks and several appendices", () => {
  it("boxes the urgency and circulation marks where ND30 puts them", async () => {
    const { bytes } = await renderYaml(`${MINIMAL_PLAN}urgency: KHẨN\ncirculation: LƯU HÀNH NỘI BỘ\n`);
    const dump = dumpDocx(bytes);
    expect(dump).toMatch(/^\[center 13 sp 6\/0 boxed\] \*\*LƯU HÀNH NỘI BỘ\*\*$/m);
    expect(dump).toMatch(/\(row 3 cell 1, cantSplit\)\n {4}\[center 13 sp 6\/0 boxed\] \*\*KHẨN\*\*/);
  });

  it("numbers several appendices I, II, each in its own section restarting page numbers", async () => {
    const yaml = `${MINIMAL_PLAN}appendices:\n  - title: Danh mục A\n    body: Nội dung A.\n  - title: Danh mục B\n    body: Nội dung B.\n`;
    const { layout, bytes } = await renderYaml(yaml);
    expect(layout.appendices.map((a) => a.label)).toEqual(["Phụ lục I", "Phụ lục II"]);
    const sections = dumpDocx(bytes).split("\n").filter((l) => l.startsWith("==="));
    expect(sections).toHaveLength(3);
    expect(sections.slice(1).every((l) => l.includes("numbering from 1") && l.includes("first page different"))).toBe(true);
  });

  it("keeps a heading's final colon and its run-in text upright, as a body paragraph that may break", async () => {
    const yaml = MINIMAL_PLAN.replace("  - title: Mục đích, yêu cầu\n    body: |\n      - Tổ chức tốt các hoạt động.\n", "  - title: \"Thời gian thực hiện:\"\n    text: Trong năm 2026.\n");
    const { layout } = await renderYaml(yaml);
    const item = layout.body.find((b) => b.role === "item")!;
    expect(item.runs).toEqual([{ text: "I. THỜI GIAN THỰC HIỆN:", bold: true }, { text: " Trong năm 2026." }]);
    expect(item.keepNext).toBeUndefined();
  });
});

describe("urgency stamps", () => {
  it.each([
    ["KHẨN", 20],
    ["THƯỢNG KHẨN", 40],
    ["HỎA TỐC", 30],
  ])("draws the %s box as wide as the engraved stamp (%i mm)", async (mark, widthMm) => {
    const { bytes } = await renderYaml(`${MINIMAL_PLAN}urgency: ${mark}\n`);
    const report = checkDocx(bytes);
    const size = report.results.find((r) => r.id === "ND30-urgency-mark-size");
    expect(size?.status, `${mark} ${widthMm} mm`).toBe("PASS");
  });
});
