import { LevelFormat } from "docx";
import { describe, expect, it } from "vitest";
import { checkDocx } from "../../src/check/check-docx.js";
import { importDocx } from "../../src/import/import-docx.js";
import { prepareYaml, renderYaml } from "../helpers/build.js";
import { docxBodyText, wordTokens } from "../helpers/word-similarity.js";
import { b, i, wordPlan, type Line } from "./word-plan.js";

/**
 * The body of a Word plan read as structure: points "a)", numbered paragraphs in normal weight,
 * run-in titles in bold or italics, irregular numbers kept as labels, "Phần I" headings, and
 * Word's automatic numbering with its start values. Each document rebuilds with the same
 * words in the same order (numbers included) and passes check.
 */

/** The words between the trích yếu and the closing sentence: the content, numbers included. */
function contentWords(bytes: Uint8Array): string[] {
  const words = wordTokens(docxBodyText(bytes));
  const from = words.join(" ").indexOf("phổ biến pháp luật năm 2026");
  const head = words.join(" ").slice(0, from).split(" ").length + 5;
  const end = words.findIndex((w, k) => k > head && ((w === "trên" && words[k + 1] === "đây") || w === "nơi"));
  return words.slice(head, end);
}

async function imported(lines: readonly Line[], lists: Parameters<typeof wordPlan>[1] = [], options: Parameters<typeof wordPlan>[2] & { sourceFails?: string[] } = {}) {
  const source = await wordPlan(lines, lists, options);
  // A rule the source itself breaks in its content may stay broken: the words are kept as written.
  const kept = options.sourceFails ?? [];
  const sourceErrors = checkDocx(source).results.filter((r) => r.level === "E" && r.status === "FAIL").map((r) => r.id);
  for (const id of kept) expect(sourceErrors).toContain(id);
  const result = importDocx(source, { file: "plan.docx" });
  const rebuilt = await renderYaml(result.yaml, { sourceDateEpoch: "0" });
  expect(rebuilt.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const errors = checkDocx(rebuilt.bytes, { levels: prepareYaml(result.yaml).plan.rules ?? {} }).results.filter((r) => r.level === "E" && r.status === "FAIL");
  expect(errors.map((r) => r.id)).toEqual(kept);
  expect(contentWords(rebuilt.bytes)).toEqual(contentWords(source));
  expect(contentWords(source).length).toBeGreaterThan(5);
  const plan = result.plan as { sections?: Section[]; parts?: { label?: string; title: string; sections: Section[] }[] };
  return { plan, yaml: result.yaml, notes: result.notes };
}

interface Section {
  title?: string;
  label?: string;
  numbering?: string;
  text?: string;
  body?: string;
  sections?: Section[];
}

describe("points and numbered paragraphs become child items", () => {
  it("typed points a) b) c) under a Roman heading: numbering points, text-only items", async () => {
    const { plan } = await imported([
      { runs: [b("I. MỤC ĐÍCH, YÊU CẦU")] },
      { runs: "Kế hoạch nhằm các mục đích sau:" },
      { runs: "a) Nâng cao nhận thức pháp luật của cán bộ, công chức;" },
      { runs: "b) Bảo đảm thiết thực, hiệu quả;" },
      { runs: "c) Không phô trương, hình thức." },
      { runs: [b("II. NỘI DUNG")] },
      { runs: "Tổ chức hội nghị quán triệt." },
    ]);
    expect(plan.sections![0]).toEqual({
      title: "Mục đích, yêu cầu",
      numbering: "points",
      body: "Kế hoạch nhằm các mục đích sau:",
      sections: [{ text: "Nâng cao nhận thức pháp luật của cán bộ, công chức;" }, { text: "Bảo đảm thiết thực, hiệu quả;" }, { text: "Không phô trương, hình thức." }],
    });
  });

  it("run-in leads in italics or bold become the item's title; a bold line alone is a titled item with body lines", async () => {
    const { plan } = await imported([
      { runs: [b("I. MỤC ĐÍCH, YÊU CẦU")] },
      { runs: [{ text: "a) " }, i("Mục đích:"), { text: " nâng cao nhận thức." }] },
      { runs: [{ text: "b) " }, b("Yêu cầu:"), { text: " thiết thực, hiệu quả." }] },
      { runs: [b("II. NỘI DUNG")] },
      { runs: [{ text: "a) " }, b("Tuyên truyền trực tiếp")] },
      { runs: "- Hội nghị báo cáo viên;" },
      { runs: "- Tọa đàm ở thôn, bản." },
      { runs: [{ text: "b) " }, b("Tuyên truyền"), { text: " trên hệ thống loa truyền thanh." }] },
    ]);
    expect(plan.sections![0]!.sections).toEqual([
      { title: "*Mục đích:*", text: "nâng cao nhận thức." },
      { title: "**Yêu cầu:**", text: "thiết thực, hiệu quả." },
    ]);
    expect(plan.sections![1]).toMatchObject({ numbering: "points" });
    expect(plan.sections![1]!.sections).toEqual([
      { title: "**Tuyên truyền trực tiếp**", body: "- Hội nghị báo cáo viên;\n- Tọa đàm ở thôn, bản." },
      // Bold words that open a sentence (no ":") are emphasis, not a title.
      { text: "**Tuyên truyền** trên hệ thống loa truyền thanh." },
    ]);
  });

  it("numbered paragraphs in normal weight with points inside them nest; a bold lead ending in ':' is a run-in title", async () => {
    const { plan } = await imported([
      { runs: [b("I. NHIỆM VỤ")] },
      { runs: "1. Tuyên truyền các văn bản pháp luật mới ban hành." },
      { runs: "a) Luật Tổ chức chính quyền địa phương;" },
      { runs: "b) Luật Ban hành văn bản quy phạm pháp luật." },
      { runs: [{ text: "2. " }, b("Hình thức:"), { text: " hội nghị, tọa đàm." }] },
      { runs: "Các thôn tự chọn hình thức phù hợp." },
    ]);
    expect(plan.sections![0]).toEqual({
      title: "Nhiệm vụ",
      numbering: "arabic",
      sections: [
        { text: "Tuyên truyền các văn bản pháp luật mới ban hành.", numbering: "points", sections: [{ text: "Luật Tổ chức chính quyền địa phương;" }, { text: "Luật Ban hành văn bản quy phạm pháp luật." }] },
        { title: "Hình thức:", text: "hội nghị, tọa đàm.", body: "Các thôn tự chọn hình thức phù hợp." },
      ],
    });
  });

  it("decimal items 1.1., 1.2. under a bold 1. heading, and points with a dot (a., b.)", async () => {
    const { plan } = await imported([
      { runs: [b("1. Mục đích")] },
      { runs: "1.1. Nâng cao nhận thức." },
      { runs: "1.2. Bảo đảm thiết thực." },
      { runs: [b("2. Nội dung")] },
      { runs: "a. Tuyên truyền trực tiếp." },
      { runs: "b. Tuyên truyền trên loa." },
    ]);
    expect(plan.sections![0]).toMatchObject({ numbering: "decimal", sections: [{ text: "Nâng cao nhận thức." }, { text: "Bảo đảm thiết thực." }] });
    expect(plan.sections![1]).toMatchObject({ numbering: "points-dot", sections: [{ text: "Tuyên truyền trực tiếp." }, { text: "Tuyên truyền trên loa." }] });
  });

  it("irregular numbers are kept as labels: a skipped letter, a repeated number, a hand label 1a.", async () => {
    const { plan } = await imported([
      { runs: [b("I. NỘI DUNG")] },
      { runs: "a) Hội nghị;" },
      { runs: "b) Tọa đàm;" },
      { runs: "d) Thi tìm hiểu." },
      { runs: [b("II. TỔ CHỨC")] },
      { runs: "1. Phòng Văn hóa - Xã hội." },
      { runs: "1a. Văn phòng HĐND và UBND xã." },
      { runs: "2. Công an xã." },
      { runs: "2. Các thôn." },
    ]);
    expect(plan.sections![0]!.sections).toEqual([{ text: "Hội nghị;" }, { text: "Tọa đàm;" }, { label: "d)", text: "Thi tìm hiểu." }]);
    expect(plan.sections![1]!.sections).toEqual([
      { text: "Phòng Văn hóa - Xã hội." },
      { label: "1a.", text: "Văn phòng HĐND và UBND xã." },
      { label: "2.", text: "Công an xã." },
      { label: "2.", text: "Các thôn." },
    ]);
  });

  it("without a closing sentence the \"./.\" after the last point goes to closing: false and the point keeps its words", async () => {
    const { plan } = await imported(
      [
        { runs: [b("I. NỘI DUNG")] },
        { runs: "a) Hội nghị;" },
        { runs: "b) Tọa đàm./." },
      ],
      [],
      { closing: false },
    );
    expect((plan as { closing?: unknown }).closing).toBe(false);
    expect(plan.sections![0]!.sections).toEqual([{ text: "Hội nghị;" }, { text: "Tọa đàm." }]);
  });

  it("a list that starts in the middle (c) d) typed) stays text, with a note that it was guessed", async () => {
    const { plan, notes, yaml } = await imported([
      { runs: [b("I. NỘI DUNG")] },
      { runs: "c) Hội nghị;" },
      { runs: "d) Tọa đàm." },
    ]);
    expect(plan.sections![0]).toEqual({ title: "Nội dung", body: "c) Hội nghị;\nd) Tọa đàm." });
    expect(notes.filter((n) => n.kind === "guessed").map((n) => n.message.en).join("\n")).toContain('numbered paragraphs starting at "c)"');
    expect(yaml).toMatch(/# Đoán: \(đoạn \d+\) các đoạn đánh số bắt đầu bằng "c\)"/);
  });
});

const letters = { reference: "diem", levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: "%1)", start: 1 }] };
const numbers = { reference: "khoan", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", start: 3 }] };

describe("Word's automatic numbering", () => {
  it("a restarted letter list in each section, a list starting at 3, Word's f) after e)", async () => {
    const point = (text: string, instance: number): Line => ({ runs: text, list: { reference: "diem", instance } });
    const { plan } = await imported(
      [
        { runs: [b("I. MỤC ĐÍCH")] },
        point("Nâng cao nhận thức;", 1),
        point("Bảo đảm thiết thực.", 1),
        { runs: [b("II. NỘI DUNG")] },
        point("Hội nghị;", 2),
        point("Tọa đàm;", 2),
        point("Thi tìm hiểu;", 2),
        point("Sân khấu hóa;", 2),
        point("Pa nô, áp phích;", 2),
        point("Loa truyền thanh.", 2),
        { runs: [b("III. TỔ CHỨC")] },
        { runs: "Phòng Văn hóa - Xã hội chủ trì.", list: { reference: "khoan" } },
        { runs: "Các thôn phối hợp.", list: { reference: "khoan" } },
      ],
      [letters, numbers],
    );
    expect(plan.sections![0]).toMatchObject({ numbering: "points", sections: [{ text: "Nâng cao nhận thức;" }, { text: "Bảo đảm thiết thực." }] });
    // Word counts a b c d e f; kehoach's points are a b c d đ e: the letters Word showed are kept.
    expect(plan.sections![1]!.sections!.map((s) => s.label)).toEqual([undefined, undefined, undefined, undefined, "e)", "f)"]);
    expect(plan.sections![2]).toMatchObject({ numbering: "arabic", sections: [{ label: "3.", text: "Phòng Văn hóa - Xã hội chủ trì." }, { label: "4.", text: "Các thôn phối hợp." }] });
  });
});

describe("Phần headings", () => {
  it("\"PHẦN I\" with its title on the next line and \"Phần II. …\" on one line become parts (printed as ND30's \"Phần I\"); lines before a part's first section open it", async () => {
    const { plan } = await imported([
      { runs: [b("PHẦN I")], align: "center" },
      { runs: [b("KẾT QUẢ THỰC HIỆN NĂM 2025")], align: "center" },
      { runs: [b("I. CÔNG TÁC TUYÊN TRUYỀN")] },
      { runs: "Đã tổ chức 12 hội nghị." },
      { runs: [b("II. TỒN TẠI")] },
      { runs: "Một số thôn chưa chủ động." },
      { runs: [b("Phần II. NHIỆM VỤ NĂM 2026")], align: "center" },
      { runs: "Năm 2026 tập trung các nhiệm vụ sau:" },
      { runs: [b("I. NHIỆM VỤ CHUNG")] },
      { runs: "Tiếp tục đổi mới hình thức tuyên truyền." },
    ]);
    expect(plan.sections).toBeUndefined();
    expect(plan.parts).toEqual([
      { title: "Kết quả thực hiện năm 2025", sections: [{ title: "Công tác tuyên truyền", body: "Đã tổ chức 12 hội nghị." }, { title: "Tồn tại", body: "Một số thôn chưa chủ động." }] },
      { title: "Nhiệm vụ năm 2026", sections: [{ label: "", body: "Năm 2026 tập trung các nhiệm vụ sau:" }, { title: "Nhiệm vụ chung", body: "Tiếp tục đổi mới hình thức tuyên truyền." }] },
    ]);
  });

  it("a \"Phần\" line with no title after it stays a text line (no part the plan could print; ND30-headings fails as in the source)", async () => {
    const { plan } = await imported(
      [
        { runs: [b("Phần I")], align: "center" },
        { runs: [b("I. MỤC ĐÍCH")] },
        { runs: "Nâng cao nhận thức." },
      ],
      [],
      { sourceFails: ["ND30-headings"] },
    );
    expect(plan.parts).toBeUndefined();
    expect((plan as { preamble?: string }).preamble).toBe("**Phần I**");
    expect(plan.sections).toEqual([{ title: "Mục đích", body: "Nâng cao nhận thức." }]);
  });
});
