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
    ["31/02/2026", "ghi 2026-02-28", "write 2026-02-28"],
    ["12/5/2026", "ghi 2026-05-12", "write 2026-05-12"],
    ["5/2026", "ghi 2026-05", "write 2026-05"],
  ])("%s → the ISO form to write", async (typed, vi, en) => {
    const r = await validate(PLAN(typed));
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`ngày ban hành phải có dạng NĂM-THÁNG-NGÀY (2026-05-12), NĂM-THÁNG (2026-05) hoặc NĂM (2026); ${vi}`);
    expect((await validate(PLAN(typed), "en")).stderr).toContain(`; ${en}`);
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
