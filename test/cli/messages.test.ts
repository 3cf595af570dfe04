import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, tempDir } from "../helpers/main-io.js";

/** Messages for common clerk mistakes: a hint a clerk can act on alone, never an empty one. */

const PLAN = (date: string, signer = "signer:\n  name: Nguyễn Văn An\n") =>
  `tier: commune\nissuer:\n  name: Ủy ban nhân dân xã Na Dương\ndate: ${date}\ntitle: Tuyên truyền năm 2026\nsections:\n  - title: Mục đích\n    body: Tuyên truyền.\n${signer}`;

async function validate(text: string, lang = "vi") {
  const dir = tempDir();
  writeFileSync(path.join(dir, "plan.yaml"), text);
  return runMain(["--lang", lang, "validate", "plan.yaml"], { cwd: dir });
}

describe("a date written day first", () => {
  it.each([
    ["12/5/2026", "ghi 2026-05-12", "write 2026-05-12"],
    ["2026/5/12", "ghi 2026-05-12", "write 2026-05-12"],
    ["ngày 12 tháng 5 năm 2026", "ghi 2026-05-12", "write 2026-05-12"],
    ["5/2026", "ghi 2026-05", "write 2026-05"],
  ])("%s → the ISO form to write", async (typed, vi, en) => {
    const r = await validate(PLAN(typed));
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`ngày ban hành phải có dạng NĂM-THÁNG-NGÀY (2026-05-12), NĂM-THÁNG (2026-05) hoặc NĂM (2026); ${vi}`);
    expect((await validate(PLAN(typed), "en")).stderr).toContain(`; ${en}`);
  });
});

describe("a day-first date that does not exist", () => {
  it.each([
    ["31/02/2026", "tháng 2 năm 2026 chỉ có 28 ngày", "ghi 2026-02-28 nếu là ngày cuối tháng", "month 2 of 2026 has only 28 days", "write 2026-02-28 for the last day of the month"],
    ["31/04/2026", "tháng 4 năm 2026 chỉ có 30 ngày", "ghi 2026-04-30 nếu là ngày cuối tháng", "month 4 of 2026 has only 30 days", "write 2026-04-30 for the last day of the month"],
    ["05/13/2026", "không có tháng 13", "ghi 2026-05-13 nếu 5 là tháng và 13 là ngày", "there is no month 13", "write 2026-05-13 if 5 is the month and 13 the day"],
    ["13/2026", "không có tháng 13", "viết theo dạng NĂM-THÁNG (ví dụ 2026-05)", "there is no month 13", "write it as YEAR-MONTH (e.g. 2026-05)"],
  ])("%s → says it does not exist, and the ISO form to write", async (typed, whyVi, fixVi, whyEn, fixEn) => {
    const r = await validate(PLAN(typed));
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`ngày "${typed}" không có thật (${whyVi}); `);
    expect(r.stderr).toContain(fixVi);
    const en = (await validate(PLAN(typed), "en")).stderr;
    expect(en).toContain(`the date "${typed}" does not exist (${whyEn}); `);
    expect(en).toContain(fixEn);
  });

  it("an ISO date the calendar does not have says why", async () => {
    expect((await validate(PLAN("2026-02-30"))).stderr).toContain("ngày không có thật trên lịch: tháng 2 năm 2026 chỉ có 28 ngày");
    expect((await validate(PLAN("2026-13"), "en")).stderr).toContain("not a real calendar date: there is no month 13");
  });
});

describe("hints", () => {
  it("an unknown field where every field is already present gets a hint with words, never an empty one", async () => {
    const r = await validate(PLAN("2026-05-12", "signer:\n  authority: TM. ỦY BAN NHÂN DÂN\n  title: CHỦ TỊCH\n  name: Nguyễn Văn An\n  below: [x]\n  ten: y\n"));
    expect(r.code).toBe(4);
    expect(r.stderr).not.toMatch(/gợi ý:\s*$/m);
    expect(r.stderr).not.toMatch(/các trường hợp lệ ở đây:\s*$/m);
    expect(r.stderr).toMatch(/gợi ý: \S/);
  });
});
