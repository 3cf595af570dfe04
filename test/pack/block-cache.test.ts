import { readFileSync } from "node:fs";
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { documentSpec, toDocument } from "../../src/docx/document-spec.js";
import { BlockCachePacker, VERIFY_PER_SHAPE } from "../../src/pack/block-cache.js";
import type { KehoachError } from "../../src/errors.js";
import { packDocx } from "../../src/pack/pack-docx.js";
import { renderLayout, type PreparedPlan } from "../../src/pipeline.js";
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
    orientation: landscape
    body: "Không có bảng; đoạn cuối của phần này kết thúc một section."
  - title: Phần cuối
    body: "Đoạn cuối."
`;

/** Newer plan features: numbered points, text-only items, closing: false, appendix content with a signature. */
const CONTENT_PLAN = `tier: commune
issuer:
  name: "Ủy ban nhân dân {{lower unit.type}} {{unit.name}}"
date: 2026-05
title: "Tuyên truyền về chuyển đổi số trên địa bàn {{lower unit.type}} {{unit.name}} năm 2026"
sections:
  - title: Mục đích
    numbering: points
    sections:
      - text: "Phổ biến Nghị quyết đến Nhân dân {{lower unit.type}} {{unit.name}}."
      - text: Rà soát hạ tầng.
closing: false
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
          rows: [["Hội nghị"]]
      - text: "(*) Ghi chú."
      - signature:
          lines: [NGƯỜI LẬP]
          name: Trần Thị Bình
`;

const PLANS: [string, string][] = [
  ["numbered points, appendix content", CONTENT_PLAN],
  ["minimal", MINIMAL_PLAN],
  ["unit plan with appendices", UNIT_PLAN],
  ["xa-na-duong-2026", read("examples/xa-na-duong-2026.yaml")],
  ["so-vhttdl-lang-son-2026", read("examples/so-vhttdl-lang-son-2026.yaml")],
  ["huyen-dong-son-2021", read("examples/huyen-dong-son-2021.yaml")],
  ["tinh-soc-trang-2023", read("examples/tinh-soc-trang-2023.yaml")],
  ["batch-lang-son", read("examples/batch-lang-son/plan.yaml")],
  ["check fixture (two appendices, marks)", read("test/fixtures/check/full-plan.yaml")],
];

const UNITS = [
  { code: "06526", name: "Na Dương", type: "Xã", province_code: "20", province_name: "Lạng Sơn" },
  { code: "05983", name: "Lương Văn Tri", type: "Phường", province_code: "20", province_name: "Lạng Sơn" },
  { code: "31012", name: "Phú Quốc", type: "Đặc khu", province_code: "91", province_name: "An Giang" },
  { code: "06526", name: "Na Dương", type: "Xã", province_code: "20", province_name: "Lạng Sơn" },
  { code: "00001", name: "Ba Đình", type: "Phường", province_code: "01", province_name: "Hà Nội" },
  // From here on a piece that names the unit is written from its template (text slots): names
  // with XML's special characters, and one long enough to wrap lines differently.
  { code: "00002", name: "Hoà An & \"Tân\" <Mới>", type: "Xã", province_code: "04", province_name: "Cao Bằng" },
  { code: "00003", name: "Nghĩa Đô Thượng Hạ Trung Tâm Mở Rộng Phía Tây", type: "Phường", province_code: "01", province_name: "Hà Nội" },
  { code: "00005", name: "Yên Hòa", type: "Phường", province_code: "01", province_name: "Hà Nội" },
];

const specOf = (prepared: PreparedPlan, unit: (typeof UNITS)[number]) => documentSpec(renderLayout(prepared, { templates, unit }).layout);
const full = (prepared: PreparedPlan, unit: (typeof UNITS)[number]) => packDocx(toDocument(specOf(prepared, unit)), ISO);

describe("BlockCachePacker", () => {
  it.each(PLANS)("gives the bytes of packDocx for every unit of %s, reusing docx's XML", async (_name, yaml) => {
    const prepared = prepareYaml(yaml);
    const packer = new BlockCachePacker();
    for (const unit of UNITS) {
      const expected = await full(prepared, unit);
      const actual = await packer.pack(specOf(prepared, unit), ISO);
      expect(Buffer.from(actual).equals(Buffer.from(expected)), unit.name).toBe(true);
    }
    // This is also the test that fails when a docx upgrade changes what the packer relies on
    // (Packer.compiler, its formatter, how the body and core.xml are written): the packer
    // then compiles every document in full (still the right bytes) and these counts change.
    const stats = packer.stats();
    expect(stats.brokenShapes).toBe(0);
    expect(stats.full).toBe(VERIFY_PER_SHAPE);
    expect(stats.assembled).toBe(UNITS.length - VERIFY_PER_SHAPE);
  });

  it("writes the pieces naming the unit from templates of their texts, with docx's bytes (batch-lang-son over 12 units)", async () => {
    const prepared = prepareYaml(read("examples/batch-lang-son/plan.yaml"));
    const names = ["Na Dương", "Lương Văn Tri", "Phú Quốc", "Ba Đình", "Hòa An", "Đồng Đăng", "A & B <C>", "Chi Lăng", "Yên Hòa", "Lộc Bình", "Văn Quan", "Bắc Sơn"];
    const packer = new BlockCachePacker();
    for (const [i, name] of names.entries()) {
      const unit = { code: String(i + 1).padStart(5, "0"), name, type: i % 2 ? "Phường" : "Xã", province_code: "20", province_name: "Lạng Sơn" };
      const actual = await packer.pack(specOf(prepared, unit), ISO);
      expect(Buffer.from(actual).equals(Buffer.from(await full(prepared, unit))), name).toBe(true);
    }
    const stats = packer.stats();
    expect(stats.brokenTemplates).toBe(0);
    // From the fourth unit on, about 20 pieces a unit: the header band and the trích yếu with
    // the rules under them (whose indents follow the name's length), and the body's lines
    // naming the unit. Without the rules' number slots: 171 here (rules of a new length went
    // through docx).
    expect(stats.slotted).toBeGreaterThanOrEqual(20 * (names.length - 3));
  });

  it("refuses a character XML forbids in a piece written for a later unit, as packDocx refuses it", async () => {
    const prepared = prepareYaml(UNIT_PLAN);
    const packer = new BlockCachePacker();
    for (const unit of UNITS.slice(0, VERIFY_PER_SHAPE + 1)) await packer.pack(specOf(prepared, unit), ISO);
    const stray = { ...UNITS[0]!, name: "Na\uD800Dương" };
    const expected = await full(prepared, stray).then(
      () => undefined,
      (e: KehoachError) => e.diagnostics[0]?.message.en,
    );
    expect(expected).toMatch(/U\+D800 \(in word\/document\.xml\)/);
    await expect(packer.pack(specOf(prepared, stray), ISO)).rejects.toMatchObject({ diagnostics: [{ code: "output-xml-illegal-char", message: { en: expected } }] });
    expect(packer.stats().assembled).toBe(1);
  });

  it("compiles in full the units whose section ends in a paragraph naming the unit, with the right bytes", async () => {
    const prepared = prepareYaml(UNIT_PLAN.replace("kết thúc một section.", "kết thúc một section của {{unit.name}}."));
    const packer = new BlockCachePacker();
    for (const unit of UNITS) {
      const out = await packer.pack(specOf(prepared, unit), ISO);
      expect(Buffer.from(out).equals(Buffer.from(await full(prepared, unit))), unit.name).toBe(true);
    }
    // docx writes the section's properties into that paragraph: each text is a shape of its own.
    expect(packer.stats()).toMatchObject({ assembled: 0, full: UNITS.length, brokenShapes: 0 });
  });

  it("compiles in full, for good, a shape whose assembled document differs from docx's", async () => {
    const prepared = prepareYaml(UNIT_PLAN);
    const compiler = (Packer as unknown as { compiler: { compile: (doc: unknown) => Map<string, string | Uint8Array> } }).compiler;
    const original = compiler.compile;
    // Pretend a future docx writes something between the paragraphs that a piece alone does not show.
    compiler.compile = function (doc: unknown) {
      const parts = original.call(this, doc);
      parts.set("word/document.xml", (parts.get("word/document.xml") as string).replace("</w:p><w:p>", "</w:p><w:bookmarkStart/><w:p>"));
      return parts;
    };
    const packer = new BlockCachePacker();
    try {
      for (const unit of UNITS) {
        const out = await packer.pack(specOf(prepared, unit), ISO);
        expect(Buffer.from(out).equals(Buffer.from(await full(prepared, unit))), unit.name).toBe(true);
      }
    } finally {
      compiler.compile = original;
    }
    expect(packer.stats()).toMatchObject({ assembled: 0, full: UNITS.length, brokenShapes: 1 });
  });
});
