import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { readDocModel, type DocParagraph } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { W } from "./make-docx.js";

/** Bytes that are no readable DOCX are one clear "io" error each. */

function failure(bytes: Uint8Array): { code: string; message: string } {
  try {
    readDocxPackage(bytes, "x.docx");
  } catch (err) {
    expect(err).toBeInstanceOf(KehoachError);
    const e = err as KehoachError;
    expect(e.code).toBe("io");
    return { code: e.diagnostics[0]!.code, message: e.diagnostics[0]!.message.vi };
  }
  throw new Error("no error");
}

const DOCUMENT = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:body></w:document>`;

describe("readDocxPackage", () => {
  it("a legacy .doc or encrypted DOCX (OLE compound file)", () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(failure(ole)).toEqual({ code: "docx-ole", message: "tệp là văn bản Word cũ (.doc) hoặc DOCX có đặt mật khẩu, không phải DOCX đọc được" });
  });

  it("text, or a zip cut short", () => {
    expect(failure(strToU8("không phải zip")).code).toBe("docx-not-zip");
    const zip = zipSync({ "word/document.xml": strToU8(DOCUMENT) });
    expect(failure(zip.slice(0, zip.length - 30)).code).toBe("docx-not-zip");
  });

  it("a zip without a main document", () => {
    expect(failure(zipSync({ "a.txt": strToU8("a") })).message).toBe("tệp zip không chứa văn bản Word (thiếu word/document.xml)");
  });

  it("a main document that is not well-formed XML", () => {
    expect(failure(zipSync({ "word/document.xml": strToU8("<w:document><w:body>") }))).toEqual({ code: "docx-bad-xml", message: "phần văn bản word/document.xml bị hỏng (không phải XML hợp lệ)" });
  });

  it("finds the main document where the package relationships put it", () => {
    const bytes = zipSync({
      "_rels/.rels": strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/doc/main.xml"/></Relationships>'),
      "doc/main.xml": strToU8(DOCUMENT),
    });
    const pkg = readDocxPackage(bytes);
    expect(pkg.mainPart()).toBe("doc/main.xml");
    expect((readDocModel(pkg).body[0] as DocParagraph).text).toBe("Nội dung");
  });
});
