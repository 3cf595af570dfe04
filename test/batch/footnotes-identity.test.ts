import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { readSource } from "../../src/load/read-source.js";
import { preparePlan, renderPrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const PLAN = `tier: commune
issuer:
  name: "Ủy ban nhân dân {{unit.type_lower}} {{unit.name}}"
date: 2026-05
title: "Tuyên truyền về chuyển đổi số trên địa bàn {{unit.type_lower}} {{unit.name}} năm 2026"
basis:
  - Căn cứ Nghị quyết số 57-NQ/TW[^nq] của Bộ Chính trị
sections:
  - title: Mục đích
    numbering: points
    sections:
      - text: "Phổ biến Nghị quyết[^nq] đến Nhân dân {{unit.type_lower}} {{unit.name}}."
      - text: Rà soát hạ tầng[^ht].
closing: false
footnotes:
  hn: Hội nghị trực tuyến.
  nq: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.
  ht: "Theo số liệu của {{unit.type_lower}} {{unit.name}}."
recipients: [UBND tỉnh Lạng Sơn]
signer:
  authority: [TM. ỦY BAN NHÂN DÂN]
  title: CHỦ TỊCH
  name: Nguyễn Văn An
appendices:
  - title: Danh mục
    content:
      - table:
          columns: [{ title: STT }, { title: Việc }]
          rows: [["Hội nghị[^hn]"]]
      - text: "(*) Ghi chú."
`;

const UNITS = `code,name,type,type_lower
06526,Na Dương,Xã,xã
05983,Lương Văn Tri,Phường,phường
06001,Thất Khê,Xã,xã
`;

describe("batch with footnotes", () => {
  it("writes, for every unit, the bytes `build` writes (footnotes go through the batch packer)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-batch-fn-"));
    const plan = path.join(dir, "plan.yaml");
    const units = path.join(dir, "units.csv");
    writeFileSync(plan, PLAN);
    writeFileSync(units, UNITS);
    const out = path.join(dir, "out");
    const result = await runBatch({ planFile: plan, unitsFile: units, cwd: dir, jobs: 1, outDir: out });
    expect(result.outcomes.map((o) => o?.status)).toEqual(["written", "written", "written"]);
    const prepared = preparePlan(await readSource(plan));
    for (const unit of result.units) {
      const [code, name, type, type_lower] = UNITS.split("\n")[unit.index + 1]!.split(",") as [string, string, string, string];
      const { bytes } = await renderPrepared(prepared, { templates: diskTemplates(), unit: { code, name, type, type_lower } });
      const written = readFileSync(path.join(out, unit.file));
      expect(sha(written), code).toBe(sha(bytes));
      expect(Buffer.from(written).includes(Buffer.from("word/footnotes.xml"))).toBe(true);
    }
  });
});
