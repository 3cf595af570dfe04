import { readFileSync } from "node:fs";
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { BlockMemo, withBlockMemo } from "../../src/docx/block-memo.js";
import { packDocx } from "../../src/pack/pack-docx.js";
import { BatchPacker } from "../../src/pack/part-cache.js";
import { renderDocument, type PreparedPlan } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml } from "../helpers/build.js";

const ISO = "2026-05-01T00:00:00Z";
const templates = diskTemplates();
const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");

/** A plan whose text names the unit, plus appendices (portrait with a table, landscape, one without a table). */
const UNIT_PLAN = MINIMAL_PLAN.replace("Ủy ban nhân dân xã Thất Khê", "Ủy ban nhân dân {{lower unit.type}} {{unit.name}}").replace(
  "      - Tổ chức tốt các hoạt động.\n",
  "      - Tổ chức tốt các hoạt động trên địa bàn {{unitOf issuer.name}}.\n      - Báo cáo kết quả.\n",
) + `appendices:
  - title: Danh sách điểm tuyên truyền của {{unitOf issuer.name}}
    table:
      columns: [{title: STT}, {title: Nội dung}]
      rows: [["Treo băng rôn"], ["Phát thanh"]]
  - title: Ghi chú
    body: "Không có bảng; đoạn cuối của phần này kết thúc một section."
`;

const PLANS: [string, string][] = [
  ["minimal", MINIMAL_PLAN],
  ["unit plan with appendices", UNIT_PLAN],
  ["xa-na-duong-2026", read("examples/xa-na-duong-2026.yaml")],
  ["so-vhttdl-lang-son-2026", read("examples/so-vhttdl-lang-son-2026.yaml")],
  ["batch-lang-son", read("examples/batch-lang-son/plan.yaml")],
  ["check fixture (two appendices, marks)", read("test/fixtures/check/full-plan.yaml")],
];

const UNITS = [
  { code: "06526", name: "Na Dương", type: "Xã", province_code: "20", province_name: "Lạng Sơn" },
  { code: "05983", name: "Lương Văn Tri", type: "Phường", province_code: "20", province_name: "Lạng Sơn" },
  { code: "31012", name: "Phú Quốc", type: "Đặc khu", province_code: "91", province_name: "An Giang" },
  { code: "06526", name: "Na Dương", type: "Xã", province_code: "20", province_name: "Lạng Sơn" },
];

const full = (prepared: PreparedPlan, unit: (typeof UNITS)[number]) => packDocx(renderDocument(prepared, { templates, unit }).document, ISO);

describe("BatchPacker and the paragraph memo", () => {
  it.each(PLANS)("give the bytes of packDocx for every unit of %s", async (_name, yaml) => {
    const prepared = prepareYaml(yaml);
    const packer = new BatchPacker();
    const memo = new BlockMemo();
    for (const unit of UNITS) {
      const expected = await full(prepared, unit);
      const { document } = withBlockMemo(memo, () => renderDocument(prepared, { templates, unit }));
      const actual = await packer.pack(document, ISO);
      expect(Buffer.from(actual).equals(Buffer.from(expected)), unit.name).toBe(true);
    }
    expect(packer.stats()).toEqual({ fast: UNITS.length - 1, full: 1, fallback: false });
    expect(memo.hits).toBeGreaterThan(0);
  });

  it("reuses the XML of identical paragraphs, and only with a memo in effect", async () => {
    const prepared = prepareYaml(UNIT_PLAN);
    const memo = new BlockMemo();
    // Paragraphs are written (and memoised) when the document is packed.
    const pack = (unit: (typeof UNITS)[number], m?: BlockMemo) => packDocx(withBlockMemo(m, () => renderDocument(prepared, { templates, unit })).document, ISO);
    await pack(UNITS[0]!, memo);
    const first = { hits: memo.hits, misses: memo.misses };
    expect(first.misses).toBeGreaterThan(10);
    // A paragraph is kept from its second use (cache/seen-before.ts): the second unit writes them again.
    await pack(UNITS[1]!, memo);
    const second = { hits: memo.hits, misses: memo.misses };
    await pack(UNITS[2]!, memo);
    // A third unit: only the few paragraphs that name the unit are written afresh.
    const fresh = memo.misses - second.misses;
    expect(fresh).toBeGreaterThan(0);
    expect(fresh).toBeLessThan(first.misses / 4);
    expect(memo.hits - second.hits).toBeGreaterThanOrEqual(first.misses - fresh);
    const before = [memo.hits, memo.misses];
    await pack(UNITS[0]!);
    expect([memo.hits, memo.misses]).toEqual(before);
  });

  it("checks itself against docx's own compile and falls back for good on any difference", async () => {
    const prepared = prepareYaml(MINIMAL_PLAN);
    const compiler = (Packer as unknown as { compiler: { compile: (doc: unknown) => Map<string, string | Uint8Array> } }).compiler;
    const original = compiler.compile;
    // Pretend a future docx writes document.xml differently from the copy of its XML writer.
    compiler.compile = function (doc: unknown) {
      const parts = original.call(this, doc);
      parts.set("word/document.xml", `${parts.get("word/document.xml") as string}<!-- changed -->`);
      return parts;
    };
    const packer = new BatchPacker();
    let first: Uint8Array;
    try {
      first = await packer.pack(renderDocument(prepared, { templates }).document, ISO);
    } finally {
      compiler.compile = original;
    }
    expect(packer.stats().fallback).toBe(true);
    expect(Buffer.from(first).includes(Buffer.from("PK"))).toBe(true);
    const next = await packer.pack(renderDocument(prepared, { templates }).document, ISO);
    expect(Buffer.from(next).equals(Buffer.from(await packDocx(renderDocument(prepared, { templates }).document, ISO)))).toBe(true);
    expect(packer.stats()).toEqual({ fast: 0, full: 2, fallback: true });
  });
});
