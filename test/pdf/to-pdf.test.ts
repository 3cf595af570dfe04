import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toPdf } from "../../src/index.js";
import { findSoffice } from "../../src/pdf/find-soffice.js";
import { pdfaLevel } from "../../src/pdf/pdf-metadata.js";
import { MINIMAL_PLAN, renderYaml } from "../helpers/build.js";
import { fakeSoffice } from "../helpers/fake-soffice.js";
import { failure } from "../helpers/failure.js";

const dir = mkdtempSync(path.join(tmpdir(), "kh-topdf-"));
let first: Uint8Array;
let second: Uint8Array;
let file: string;

// Two real conversions of the same DOCX: one serves the PDF/A assertions, both the determinism one.
beforeAll(async () => {
  const docx = (await renderYaml(MINIMAL_PLAN)).bytes;
  first = await toPdf(docx, { pdfa: true });
  second = await toPdf(docx, { pdfa: true });
  file = path.join(dir, "plan.pdf");
  writeFileSync(file, first);
}, 120_000);

describe("toPdf (library API, real LibreOffice)", () => {
  it("writes PDF/A-2b: pdfaid:part 2, conformance B in the XMP packet", async () => {
    expect(await pdfaLevel(first)).toBe("2B");
    const xmp = execFileSync("pdfinfo", ["-meta", file], { encoding: "utf8" });
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  });

  it("carries the trích yếu as title, the issuer as author and the issue date as creation date, in Info and XMP alike", () => {
    const info = execFileSync("pdfinfo", ["-isodates", file], { encoding: "utf8" });
    expect(info).toMatch(/^Title:\s+Tổ chức các hoạt động văn hóa, thể thao năm 2026$/m);
    expect(info).toMatch(/^Author:\s+Ủy ban nhân dân xã Thất Khê$/m);
    expect(info).toMatch(/^CreationDate:\s+2026-01-09T00:00:00Z$/m);
    const xmp = execFileSync("pdfinfo", ["-meta", file], { encoding: "utf8" });
    expect(xmp).toContain("<xmp:CreateDate>2026-01-09T00:00:00Z</xmp:CreateDate>");
    expect(xmp).toMatch(/<dc:creator>\s*<rdf:Seq>\s*<rdf:li>Ủy ban nhân dân xã Thất Khê<\/rdf:li>/);
  });

  it("embeds every font", () => {
    const rows = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe("yes");
  });

  it("gives the same bytes for the same DOCX (clock-dependent parts replaced)", () => {
    const a = Buffer.from(first);
    const b = Buffer.from(second);
    const at = a.findIndex((byte, i) => byte !== b[i]);
    // On a difference, show where: the bytes around it name the object that moved.
    const around = at < 0 ? "" : `${a.subarray(Math.max(0, at - 120), at + 60).toString("latin1")}\n---\n${b.subarray(Math.max(0, at - 120), at + 60).toString("latin1")}`;
    expect({ lengths: [a.length, b.length], around }).toEqual({ lengths: [a.length, a.length], around: "" });
  });
});

describe("finding LibreOffice", () => {
  it("takes KEHOACH_SOFFICE first, then soffice on PATH", async () => {
    const fake = await fakeSoffice();
    expect(findSoffice({ KEHOACH_SOFFICE: fake.file, PATH: "/usr/bin" }, [])).toBe(fake.file);
    expect(findSoffice({ PATH: `/nonexistent${path.delimiter}${fake.dir}` }, [])).toBe(fake.file);
  });

  it("fails with the pdf error (exit 10) naming the Debian package and the Windows installer", () => {
    const e = failure(() => findSoffice({ PATH: "/nonexistent" }, []));
    expect(e.code).toBe("pdf");
    expect(e.diagnostics[0]!.code).toBe("pdf-no-libreoffice");
    expect(e.diagnostics[0]!.hint!.en).toContain("sudo apt-get install libreoffice-writer-nogui");
    expect(e.diagnostics[0]!.hint!.vi).toContain("Windows: cài LibreOffice");
  });

  it("fails the same way when KEHOACH_SOFFICE names no executable", () => {
    const e = failure(() => findSoffice({ KEHOACH_SOFFICE: "/nonexistent/soffice", PATH: "/usr/bin" }, []));
    expect(e.code).toBe("pdf");
    expect(e.diagnostics[0]!.message.en).toContain("KEHOACH_SOFFICE=/nonexistent/soffice is not an executable file");
  });
});
