import { describe, expect, it } from "vitest";
import { dumpDocx, MINIMAL_PLAN, renderYaml } from "../helpers/build.js";

const APPENDIX = `${MINIMAL_PLAN}appendices:
  - title: Danh sách thiết bị {IoT} và {5G}
    content:
      - text: Các đơn vị rà soát theo bảng sau.
      - table:
          columns: [{ title: STT }, { title: Thiết bị }]
          rows: [["Cảm biến (*)"]]
      - text: "(*) Thiết bị do đơn vị tự trang bị."
      - text: ĐỀ CƯƠNG BÁO CÁO
        align: center
        bold: true
      - text: Ngày … tháng … năm 2026
        align: right
        italic: true
      - signature:
          lines: [LÃNH ĐẠO ĐƠN VỊ]
          note: (Ký tên, đóng dấu)
`;

describe("appendix content", () => {
  it("writes text, tables and a signature block in the order given, with their alignment", async () => {
    const { layout, bytes } = await renderYaml(APPENDIX);
    expect(layout.appendices[0]!.content.map((c) => c.kind)).toEqual(["blocks", "table", "blocks", "blocks", "blocks", "signature"]);
    const dump = dumpDocx(bytes).split("=== section 2")[1]!;
    const order = ["Các đơn vị rà soát", "Cảm biến (*)", "(*) Thiết bị do đơn vị tự trang bị.", "ĐỀ CƯƠNG BÁO CÁO", "Ngày … tháng … năm 2026", "LÃNH ĐẠO ĐƠN VỊ", "(Ký tên, đóng dấu)"];
    const at = order.map((s) => dump.indexOf(s));
    expect(at.every((p) => p > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(dump).toMatch(/\[center [^\]]*\] \*\*ĐỀ CƯƠNG BÁO CÁO\*\*/);
    expect(dump).toMatch(/\[right [^\]]*\] \*Ngày … tháng … năm 2026\*/);
    // The note after the table is a paragraph, not a bold table row.
    expect(dump).toMatch(/\[justify [^\]]*\] \(\*\) Thiết bị do đơn vị tự trang bị\./);
  });

  it("keeps the case of braced words in the upper-cased title", async () => {
    const { layout } = await renderYaml(APPENDIX);
    expect(layout.appendices[0]!.title).toEqual([{ text: "DANH SÁCH THIẾT BỊ IoT VÀ 5G" }]);
  });

  it('writes no label line for label: "" and no reference line for reference: ""', async () => {
    const yaml = APPENDIX.replace("  - title: Danh sách", '  - label: ""\n    reference: ""\n    title: Danh sách');
    const { bytes } = await renderYaml(yaml);
    const dump = dumpDocx(bytes).split("=== section 2")[1]!;
    expect(dump).not.toMatch(/Phụ lục|\(Kèm theo|\(\)/);
    expect(dump.split("\n")[1]).toMatch(/\*\*DANH SÁCH THIẾT BỊ IoT VÀ 5G\*\*/);
  });

  it("keeps body and table working, body first", async () => {
    const yaml = `${MINIMAL_PLAN}appendices:\n  - title: Danh mục\n    body: Nội dung trước bảng.\n    table:\n      columns: [{ title: STT }, { title: Việc }]\n      rows: [["Một"]]\n    content:\n      - text: Ghi chú sau bảng.\n`;
    const { layout } = await renderYaml(yaml);
    expect(layout.appendices[0]!.content.map((c) => c.kind)).toEqual(["blocks", "table", "blocks"]);
  });
});
