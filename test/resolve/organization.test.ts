import { describe, expect, it } from "vitest";
import { plainText } from "../../src/layout/inline-markup.js";
import { rejection } from "../helpers/failure.js";
import { renderYaml } from "../helpers/build.js";

const ORG = `tier: organization
issuer:
  name: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Thất Khê
  header: [ỦY BAN MTTQ VIỆT NAM, XÃ THẤT KHÊ, BAN THƯỜNG TRỰC]
  code: MTTQ
place: Thất Khê
date: 2026-03-02
title: Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026
sections:
  - title: Mục đích, yêu cầu
    body: |
      - Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.
recipients: [Đảng ủy xã Thất Khê]
signer:
  authority: [TM. BAN THƯỜNG TRỰC]
  title: CHỦ TỊCH
  name: Hoàng Thị Lan
`;

describe("tier: organization", () => {
  it("takes ký hiệu, header and signer from the plan, with no UBND wording anywhere", async () => {
    const { layout, diagnostics } = await renderYaml(ORG);
    expect(layout.header.issuerLines).toEqual(["ỦY BAN MTTQ VIỆT NAM", "XÃ THẤT KHÊ", "BAN THƯỜNG TRỰC"]);
    expect(layout.header.parentLines).toEqual([]);
    expect(layout.header.numberLine).toMatch(/\/KH-MTTQ$/);
    expect(layout.signature.authority).toEqual(["TM. BAN THƯỜNG TRỰC"]);
    const closing = plainText(layout.body[layout.body.length - 1]!.runs);
    expect(closing).toBe(
      "Trên đây là Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Thất Khê./.",
    );
    expect(JSON.stringify(layout)).not.toMatch(/ỦY BAN NHÂN DÂN|UBND/);
    expect(diagnostics.filter((d) => d.severity !== "notice")).toEqual([]);
  });

  it("derives header lines from the name without inventing 'ỦY BAN NHÂN DÂN' or splitting a word", async () => {
    const { layout } = await renderYaml(ORG.replace("  header: [ỦY BAN MTTQ VIỆT NAM, XÃ THẤT KHÊ, BAN THƯỜNG TRỰC]\n", "").replace(/name: Ban Thường trực[^\n]*/, "name: Ban Chỉ đạo chuyển đổi số và thông tin tuyên truyền xã Thất Khê"));
    const lines = layout.header.issuerLines;
    expect(lines.join(" ")).toBe("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ VÀ THÔNG TIN TUYÊN TRUYỀN XÃ THẤT KHÊ");
    expect(lines.some((l) => /ỦY BAN NHÂN DÂN/.test(l))).toBe(false);
    for (const [a, b] of lines.slice(0, -1).map((l, i) => [l.split(" ").at(-1)!, lines[i + 1]!.split(" ")[0]!])) {
      expect(`${a} ${b}`).not.toMatch(/^(CHỈ ĐẠO|CHUYỂN ĐỔI|THÔNG TIN|TUYÊN TRUYỀN|THẤT KHÊ)$/);
    }
  });

  it("reports each missing required field at its place, never a silent KH-UBND", async () => {
    const yaml = ORG.replace("  code: MTTQ\n", "").replace("place: Thất Khê\n", "").replace("  authority: [TM. BAN THƯỜNG TRỰC]\n  title: CHỦ TỊCH\n", "");
    const err = await rejection(renderYaml(yaml.replace(/name: Ban Thường trực[^\n]*/, "name: Ban Chỉ đạo phòng, chống thiên tai")));
    expect(err.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["organization-missing-symbol", ["issuer"]],
      ["organization-missing-signer", ["signer"]],
      ["organization-missing-place", []],
    ]);
    expect(err.diagnostics[1]!.position?.line).toBe(13);
  });
});

describe("a hand-written header with a UBND tier", () => {
  it("warns that the UBND defaults still apply", async () => {
    const yaml = ORG.replace("tier: organization", "tier: commune").replace("  code: MTTQ\n", "").replace("  authority: [TM. BAN THƯỜNG TRỰC]\n  title: CHỦ TỊCH\n", "");
    const { diagnostics } = await renderYaml(yaml);
    const warning = diagnostics.find((d) => d.code === "header-with-ubnd-defaults")!;
    expect(warning.severity).toBe("warning");
    expect(warning.message.vi).toContain("ký hiệu KH-UBND");
    expect(warning.message.vi).toContain('"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"');
    expect(warning.hint!.en).toContain("tier: organization");
    expect(warning.position?.line).toBe(4);
  });
});

describe("signer", () => {
  it("prints signer.below under the name with its own emphasis", async () => {
    const { layout } = await renderYaml(ORG.replace("  name: Hoàng Thị Lan\n", "  name: Hoàng Thị Lan\n  below: ['**PHÓ BÍ THƯ ĐẢNG ỦY XÃ**', '*(kiêm nhiệm)*']\n"));
    expect(layout.signature.below).toEqual([[{ text: "PHÓ BÍ THƯ ĐẢNG ỦY XÃ", bold: true }], [{ text: "(kiêm nhiệm)", italic: true }]]);
  });

  it("refuses a line break in the name, pointing at it and at signer.below", async () => {
    const err = await rejection(renderYaml(ORG.replace("  name: Hoàng Thị Lan\n", "  name: |\n    Hoàng Thị Lan\n    Phó Bí thư Đảng ủy\n")));
    expect(err.diagnostics[0]).toMatchObject({ code: "signer-name-line-break", path: ["signer", "name"], position: { line: 17 } });
    expect(err.diagnostics[0]!.hint!.vi).toContain("signer.below");
  });
});
