import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { checkModel } from "../../src/check/check-docx.js";
import { RULES } from "../../src/check/rules/index.js";
import { t } from "../../src/i18n/text.js";
import { readDocModel } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { buildBytes, byId, check, failing, XA_EXAMPLE } from "./bases.js";
import { DocxEdit, editParagraph, editSection, replaceOnce } from "./docx-edit.js";

/** Any readable DOCX gets a report: no styles part, nested layout tables, strict namespaces, an empty body. */

let xa: Uint8Array;
beforeAll(async () => {
  xa = await buildBytes(XA_EXAMPLE);
});

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Moves the paragraph holding `second` into the one holding `first`, after a manual line break. */
function mergeLines(xml: string, first: string, second: string): string {
  let runs = "";
  const without = editParagraph(xml, second, (p) => {
    runs = /<w:r>[\s\S]*<\/w:r>/.exec(p)![0];
    return "";
  });
  return editParagraph(without, first, (p) => p.replace(/<\/w:p>$/, `<w:r><w:br/></w:r>${runs}</w:p>`));
}

describe("documents unlike kehoach's", () => {
  it("without a styles part: the formatting the styles carried is reported missing", () => {
    const edit = new DocxEdit(xa);
    edit.remove("word/styles.xml");
    const report = check(edit.bytes());
    expect(report.results).toHaveLength(RULES.length);
    const failed = byId(report);
    expect(failed.get("ND30-font")!.findings[0]!.message.vi).toContain("không khai báo phông");
    expect(failed.get("ND30-body-size")!.findings[0]!.message.vi).toContain("cỡ 10 pt");
    expect(failed.get("ND30-body-align")!.status).toBe("FAIL");
    // Header lines carry their own formatting and still pass.
    expect(failed.get("ND30-quoc-hieu")!.status).toBe("PASS");
    expect(failed.get("ND30-date-line")!.status).toBe("PASS");
  });

  it("with the header table nested in a one-cell layout table: read through, nothing fails", () => {
    const edit = new DocxEdit(xa);
    edit.document((x) => {
      const start = x.indexOf("<w:tbl>");
      const end = x.indexOf("</w:tbl>", start) + "</w:tbl>".length;
      const outer = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="9500"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9500" w:type="dxa"/></w:tcPr>${x.slice(start, end)}<w:p/></w:tc></w:tr></w:tbl>`;
      return x.slice(0, start) + outer + x.slice(end);
    });
    const report = check(edit.bytes());
    expect(failing(report)).toEqual([]);
    expect(byId(report).get("ND30-quoc-hieu")!.status).toBe("PASS");
    expect(byId(report).get("ND30-so-date-row")!.status).toBe("PASS");
  });

  it("typed with line breaks instead of paragraphs (Quốc hiệu and motto, title, signer): each line is read as its element", () => {
    const edit = new DocxEdit(xa);
    edit.document((x) => {
      let y = mergeLines(x, ">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<", ">Độc lập - Tự do - Hạnh phúc<");
      y = mergeLines(y, ">KẾ HOẠCH<", ">Tuyên truyền, quảng bá ASEAN trên địa bàn xã Na Dương năm 2026<");
      y = mergeLines(y, ">KT. CHỦ TỊCH<", ">PHÓ CHỦ TỊCH<");
      return mergeLines(y, ">TM. ỦY BAN NHÂN DÂN<", ">KT. CHỦ TỊCH<");
    });
    const report = check(edit.bytes());
    expect(failing(report)).toEqual([]);
    expect(byId(report).get("ND30-motto-spacing")!.findings[0]!.message.vi).toBe("0 dòng trống giữa hai dòng, yêu cầu không có dòng trống (cách nhau dòng đơn)");
    expect(byId(report).get("ND30-signer-title")!.findings.map((f) => f.message.vi)).toContain("«TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH» đúng dạng");
  });

  it("in the strict namespaces with margins in millimetres", () => {
    const edit = new DocxEdit(xa);
    for (const part of edit.xmlParts()) {
      edit.set(
        part,
        edit
          .get(part)
          .replaceAll(W, "http://purl.oclc.org/ooxml/wordprocessingml/main")
          .replaceAll("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"),
      );
    }
    edit.document((x) => editSection(x, 0, (s) => replaceOnce(s, /w:left="\d+"/, 'w:left="30mm"')));
    const report = check(edit.bytes());
    expect(failing(report)).toEqual([]);
    expect(byId(report).get("ND30-margins")!.findings[0]!.message.vi).toContain("lề trái 30 mm");
  });

  it("with an empty body: every rule reports, nothing claims a pass it did not check", () => {
    const bytes = zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body/></w:document>`) });
    const report = check(bytes);
    expect(report.results).toHaveLength(RULES.length);
    expect(report.ok).toBe(false);
    const r = byId(report);
    expect(r.get("ND30-page-size")!.findings[0]!.message.vi).toContain("không khai báo khổ giấy");
    expect(r.get("ND30-title-type")!.findings[0]!.message.vi).toBe("không tìm thấy tên loại «KẾ HOẠCH»");
    expect(r.get("ND30-font")!.status).toBe("NOT_EVALUATED");
    expect(r.get("ND30-closing-mark")!.status).toBe("NOT_EVALUATED");
    expect(r.get("ND30-appendix-label")!.status).toBe("NOT_EVALUATED");
  });

  it("a rule that throws is NOT_EVALUATED with the reason, and the other rules still run", () => {
    const model = readDocModel(readDocxPackage(xa));
    const broken = { id: "ND30-broken", level: "E" as const, clause: "test", title: t("hỏng", "broken"), check: () => { throw new Error("boom"); } };
    const results = checkModel(model, [broken, RULES[0]!]);
    expect(results[0]!.status).toBe("NOT_EVALUATED");
    expect(results[0]!.findings[0]!.message.en).toBe("could not be checked: boom");
    expect(results[1]!.status).toBe("PASS");
  });
});
