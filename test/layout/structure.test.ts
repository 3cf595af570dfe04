import { describe, expect, it } from "vitest";
import { plainText } from "../../src/layout/inline-markup.js";
import type { Block } from "../../src/layout/layout-model.js";
import { defaultLabel, schemeLabel } from "../../src/layout/numbering.js";
import { dumpDocx, MINIMAL_PLAN, renderYaml } from "../helpers/build.js";

const SECTIONS = "sections:\n  - title: Mục đích, yêu cầu\n    body: |\n      - Tổ chức tốt các hoạt động.\n";
const withSections = (yaml: string) => MINIMAL_PLAN.replace(SECTIONS, yaml);
const texts = (blocks: readonly Block[]) => blocks.map((b) => plainText(b.runs));

describe("numbering schemes", () => {
  it("letters điểm in the Vietnamese order, with no f, j, w, z", () => {
    const letters = Array.from({ length: 23 }, (_, i) => schemeLabel("points", i + 1, "1.").slice(0, -1)).join(" ");
    expect(letters).toBe("a b c d đ e g h i k l m n o p q r s t u v x y");
    expect(schemeLabel("points-dot", 5, "")).toBe("đ.");
  });

  it("continues the parent's number in decimal, and starts afresh under a Roman one", () => {
    expect(schemeLabel("decimal", 3, "2.")).toBe("2.3.");
    expect(schemeLabel("decimal", 1, "2.1.")).toBe("2.1.1.");
    expect(schemeLabel("decimal", 2, "II.")).toBe("2.");
    expect(schemeLabel("roman", 4, "")).toBe("IV.");
    expect(schemeLabel("none", 4, "")).toBe("");
  });

  it("keeps the default ladder I. / 1. / 1.1. / a)", () => {
    expect([defaultLabel("roman", [2]), defaultLabel("roman", [2, 3]), defaultLabel("roman", [2, 3, 1]), defaultLabel("roman", [2, 3, 1, 5])]).toEqual(["II.", "3.", "3.1.", "đ)"]);
  });
});

describe("sections at any level", () => {
  it("generates points a) b) c) at level 3, and text-only items print the number, one space, the text", async () => {
    const { layout } = await renderYaml(
      withSections(`sections:
  - title: Nhiệm vụ
    sections:
      - title: Tuyên truyền
        numbering: points
        sections:
          - text: Tổ chức hội nghị.
          - text: Treo băng rôn.
          - title: Phát thanh
          - text: Đưa tin.
          - text: Nội dung thứ năm.
`),
    );
    expect(texts(layout.body).slice(0, 7)).toEqual([
      "I. NHIỆM VỤ",
      "1. Tuyên truyền",
      "a) Tổ chức hội nghị.",
      "b) Treo băng rôn.",
      "c) Phát thanh",
      "d) Đưa tin.",
      "đ) Nội dung thứ năm.",
    ]);
    // Điểm are not bold; a text-only item is a body paragraph, not a heading kept with the next.
    const a = layout.body[2]!;
    expect(a.role).toBe("item");
    expect(a.runs.every((r) => !r.bold)).toBe(true);
    expect(a.keepNext).toBeUndefined();
  });

  it('gives label: "" no number and counts it in no sequence', async () => {
    const { layout } = await renderYaml(
      withSections(`sections:
  - title: Mục đích
  - label: ""
    title: Ghi chú chung
  - title: Yêu cầu
    sections:
      - text: Một.
      - label: ""
        text: Không số.
      - text: Hai.
`),
    );
    expect(texts(layout.body)).toEqual(["I. MỤC ĐÍCH", "GHI CHÚ CHUNG", "II. YÊU CẦU", "1. Một.", "Không số.", "2. Hai.", expect.stringMatching(/^Trên đây là/)]);
  });

  it("keeps hand-typed labels and the arabic plan numbering working", async () => {
    const { layout } = await renderYaml(
      withSections(`numbering: arabic
sections:
  - title: Mục đích
    sections:
      - label: "1.5."
        title: Riêng
      - title: Tự động
`),
    );
    expect(texts(layout.body).slice(0, 3)).toEqual(["1. Mục đích", "1.5. Riêng", "1.2. Tự động"]);
  });

  it("puts 'Phần I' and the part's title, centred, above the Roman sections, numbering each part afresh", async () => {
    const { layout, bytes } = await renderYaml(
      withSections(`parts:
  - title: Kết quả thực hiện năm 2025
    sections:
      - title: Kết quả đạt được
      - title: Hạn chế
  - title: Nhiệm vụ năm 2026
    sections:
      - title: Mục tiêu
`),
    );
    expect(texts(layout.body).slice(0, 7)).toEqual(["Phần I", "KẾT QUẢ THỰC HIỆN NĂM 2025", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ", "Phần II", "NHIỆM VỤ NĂM 2026", "I. MỤC TIÊU"]);
    expect(dumpDocx(bytes)).toMatch(/\[center 14 sp \d+\/0 line 1\.15 keep style KhPhan\] \*\*Phần I\*\*\n\[center 14 sp 6\/0 line 1\.15 keep style KhPhan\] \*\*KẾT QUẢ THỰC HIỆN NĂM 2025\*\*/);
  });

  it("refuses a plan with both parts and sections, at the sections line", async () => {
    const yaml = withSections(`parts:\n  - title: A\n    sections:\n      - title: B\n${SECTIONS}`);
    await expect(renderYaml(yaml)).rejects.toMatchObject({ diagnostics: [expect.objectContaining({ code: "schema-parts-and-sections", position: expect.objectContaining({ line: 12 }) })] });
  });
});

describe("pagination", () => {
  it("keeps a short heading with its text, lets a long one break, and runs a title with its text as a body paragraph", async () => {
    const long = "Tăng cường công tác phối hợp giữa các cơ quan, đơn vị trong việc tổ chức triển khai thực hiện các nhiệm vụ, giải pháp về chuyển đổi số trên địa bàn tỉnh, bảo đảm đúng tiến độ, chất lượng và hiệu quả";
    const { layout, bytes } = await renderYaml(
      withSections(`sections:
  - title: Mục đích
    sections:
      - title: ${long}
      - title: "Thời gian:"
        text: Cả năm 2026.
`),
    );
    const [short, longHeading, runIn] = layout.body;
    expect(short).toMatchObject({ role: "heading", keepNext: true });
    expect(longHeading).toMatchObject({ role: "heading", keepNext: false, keepLines: false });
    expect(runIn).toMatchObject({ role: "item" });
    const dump = dumpDocx(bytes);
    expect(dump).toMatch(/style KhNoiDung\] \*\*2\. Thời gian:\*\* Cả năm 2026\./);
    // The closing keeps with the signature row but may split (only its last lines go along).
    expect(dump).toMatch(/keep style KhNoiDung\] Trên đây là/);
    expect(dump).not.toMatch(/keep-lines[^\n]*Trên đây là/);
  });
});

describe("closing: false", () => {
  it('ends the last body paragraph with "./." and writes no closing sentence', async () => {
    const { layout } = await renderYaml(`${MINIMAL_PLAN}closing: false\n`);
    const all = texts(layout.body);
    expect(all[all.length - 1]).toBe("- Tổ chức tốt các hoạt động./.");
    expect(all.some((t) => t.startsWith("Trên đây là"))).toBe(false);
  });
});
