import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { resolvePrepared } from "../../src/pipeline.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml } from "../helpers/build.js";

const resolve = (yaml: string, templateDirs: string[] = [], unit?: Record<string, string>) =>
  resolvePrepared(prepareYaml(yaml), { templates: diskTemplates(templateDirs), unit });

function resolveError(yaml: string): KehoachError {
  try {
    resolve(yaml);
  } catch (err) {
    if (err instanceof KehoachError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

const DEPARTMENT = `tier: department
issuer:
  name: Sở Văn hóa, Thể thao và Du lịch
  code: SVHTTDL
  province: Lạng Sơn
date: 2026-03-15
number: 5
title: Tuyên truyền, quảng bá ASEAN năm 2026
sections:
  - title: Mục đích, yêu cầu
signer:
  name: Lê Hải Yến
`;

describe("resolvePlan: tier defaults from templates", () => {
  it("gives a commune its UBND header, place, ký hiệu and collective signer chain", () => {
    const r = resolve(MINIMAL_PLAN);
    expect(r.issuer.headerLines).toEqual(["ỦY BAN NHÂN DÂN", "XÃ THẤT KHÊ"]);
    expect(r.issuer.parentLines).toEqual([]);
    expect(r.place).toBe("Thất Khê");
    expect(r.symbol).toBe("KH-UBND");
    expect(r.signer).toEqual({ authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn An", below: [] });
    expect(r.archive).toBe("Lưu: VT.");
    expect(r.closing).toMatch(/^Trên đây là Kế hoạch tổ chức các hoạt động văn hóa, thể thao năm 2026\. Ủy ban nhân dân xã Thất Khê yêu cầu/);
  });

  it("gives a Sở its parent line, own code, province as place and head-run signer chain", () => {
    const r = resolve(DEPARTMENT);
    expect(r.issuer.parentLines).toEqual(["UBND TỈNH LẠNG SƠN"]);
    expect(r.issuer.headerLines).toEqual(["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]);
    expect(r.symbol).toBe("KH-SVHTTDL");
    expect(r.place).toBe("Lạng Sơn");
    expect(r.signer.authority).toEqual(["KT. GIÁM ĐỐC"]);
    expect(r.signer.title).toBe("PHÓ GIÁM ĐỐC");
  });

  it("lets the plan override any default", () => {
    const r = resolve(
      MINIMAL_PLAN.replace("signer:\n  name: Nguyễn Văn An", "signer:\n  authority: TM. ỦY BAN NHÂN DÂN\n  title: CHỦ TỊCH\n  name: Nguyễn Văn An") +
        "place: Xã Thất Khê\nsymbol: KH-BCĐ\narchive:\n  units: [VHXH]\n  copies: 2\n",
    );
    expect(r.signer.authority).toEqual(["TM. ỦY BAN NHÂN DÂN"]);
    expect(r.signer.title).toBe("CHỦ TỊCH");
    expect(r.place).toBe("Xã Thất Khê");
    expect(r.symbol).toBe("KH-BCĐ");
    expect(r.archive).toBe("Lưu: VT, VHXH (02).");
  });

  it("uses a --templates folder before the built-ins, one template at a time", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-tpl-"));
    mkdirSync(path.join(dir, "commune"));
    writeFileSync(path.join(dir, "commune", "signer-title.hbs"), "CHỦ TỊCH\n");
    const r = resolve(MINIMAL_PLAN, [dir]);
    expect(r.signer.title).toBe("CHỦ TỊCH");
    expect(r.signer.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]);
  });

  it("renders plan fields as templates with the unit's data", () => {
    const yaml = MINIMAL_PLAN.replace("Ủy ban nhân dân xã Thất Khê", "Ủy ban nhân dân {{lower unit.type}} {{unit.name}}");
    const r = resolve(yaml, [], { type: "Phường", name: "Lương Văn Tri" });
    expect(r.issuer.headerLines).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG LƯƠNG VĂN TRI"]);
    expect(r.place).toBe("Phường Lương Văn Tri");
  });

  it("points a missing template value at the plan field, with line and column", () => {
    const err = resolveError(MINIMAL_PLAN.replace("title: Tổ chức", "title: |\n  Tổ chức {{vars.nam}}\n  hoạt động"));
    expect(err.code).toBe("render");
    expect(err.diagnostics[0]).toMatchObject({ code: "template-missing-value", path: ["title"], position: { line: 7 } });
    expect(err.diagnostics[0]?.message.en).toContain('"nam"');
  });

  it("reports a template syntax error in the plan as a template error", () => {
    const err = resolveError(MINIMAL_PLAN.replace("title: Tổ chức", "title: Tổ chức {{#if x}}"));
    expect(err.code).toBe("template");
    expect(err.diagnostics[0]?.code).toBe("template-syntax");
  });
});

describe("resolvePlan: place names of provinces named after a person", () => {
  it("writes a Sở of Hồ Chí Minh City's place in full", () => {
    const r = resolvePrepared(
      prepareYaml(`tier: department
issuer:
  name: Sở Văn hóa và Thể thao
  code: SVHTT
  province: Hồ Chí Minh
date: 2026-03-15
title: Tổ chức các hoạt động văn hóa năm 2026
sections:
  - title: Mục đích, yêu cầu
signer:
  name: Nguyễn Văn A
`),
      { templates: diskTemplates() },
    );
    expect(r.place).toBe("Thành phố Hồ Chí Minh");
    expect(r.issuer.parentLines).toEqual(["UBND THÀNH PHỐ HỒ CHÍ MINH"]);
  });
});
