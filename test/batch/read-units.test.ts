import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { parseUnits, readUnits } from "../../src/batch/read-units.js";

const enc = (s: string) => new TextEncoder().encode(s);

function failure(fn: () => unknown): KehoachError {
  try {
    fn();
  } catch (err) {
    if (err instanceof KehoachError) return err;
    throw err;
  }
  throw new Error("expected a KehoachError");
}

describe("unit lists", () => {
  it("reads the bundled CSV: every column a string, leading zeros kept", async () => {
    const table = await readUnits(new URL("../../data/communes-2025.csv", import.meta.url).pathname);
    expect(table.columns).toEqual(["code", "name", "type", "province_code", "province_name"]);
    expect(table.rows).toHaveLength(3321);
    const naDuong = table.rows.find((r) => r.record.code === "06526")!;
    expect(naDuong.record).toEqual({ code: "06526", name: "Na Dương", type: "Xã", province_code: "20", province_name: "Lạng Sơn" });
    expect(table.rows[0]!.record.code).toBe("00004");
    expect(table.rows[0]!.line).toBe(2);
  });

  it("accepts a BOM, CRLF, quoted cells with commas and line breaks, NFD text; trims cells", () => {
    const csv = '\uFEFFcode,name,recipients\r\n01, Hoà Bình ,"UBND tỉnh, Sở A|Sở B"\r\n02,"Na Dương","a\r\nb"\r\n03,' + "Hòa".normalize("NFD") + ",\r\n";
    const table = parseUnits("u.csv", enc(csv));
    expect(table.columns).toEqual(["code", "name", "recipients"]);
    expect(table.rows.map((r) => r.record)).toEqual([
      { code: "01", name: "Hoà Bình", recipients: "UBND tỉnh, Sở A|Sở B" },
      { code: "02", name: "Na Dương", recipients: "a\nb" },
      { code: "03", name: "Hòa", recipients: "" },
    ]);
    expect(table.rows[2]!.record.name).toBe("Hòa".normalize("NFC"));
  });

  it("reads a YAML list, or a map with units:; numbers become text, lists are joined with |", () => {
    const yaml = "units:\n  - code: '06526'\n    name: Na Dương\n    number: 12\n    recipients: [UBND tỉnh, Sở A]\n  - code: 7\n    name: ~\n";
    const table = parseUnits("u.yaml", enc(yaml));
    expect(table.columns).toEqual(["code", "name", "number", "recipients"]);
    expect(table.rows.map((r) => r.record)).toEqual([
      { code: "06526", name: "Na Dương", number: "12", recipients: "UBND tỉnh|Sở A" },
      { code: "7", name: "" },
    ]);
    expect(parseUnits("u.yml", enc("- code: '1'\n")).rows).toHaveLength(1);
  });

  it("refuses a list without a code column, naming the columns found", () => {
    const e = failure(() => parseUnits("u.csv", enc("ma,ten\n1,A\n")));
    expect(e.code).toBe("batch");
    expect(e.diagnostics[0]!.code).toBe("units-no-code");
    expect(e.diagnostics[0]!.hint!.vi).toContain("ma, ten");
  });

  it("reports a malformed CSV with its line", () => {
    const e = failure(() => parseUnits("u.csv", enc("code,name\n1,A\n2,B,extra\n")));
    expect(e.diagnostics[0]!.code).toBe("units-csv");
    expect(e.diagnostics[0]!.message.vi).toContain("dòng 3");
  });

  it("marks the row of a character Word cannot hold (a pasted control character) with its line and column; a header cell fails the file", () => {
    const csv = parseUnits("u.csv", enc('code,name\n01,Na Dương\n02,"Đông\nKinh\u0001"\n03,Ba\n'));
    expect(csv.rows.map((r) => r.problem?.position ?? null)).toEqual([null, { line: 4, column: 5 }, null]);
    expect(csv.rows[1]!.problem).toMatchObject({ severity: "error", code: "units-xml-illegal-char", file: "u.csv" });
    expect(csv.rows[1]!.problem!.message.vi).toBe("ký tự U+0001 không được phép trong văn bản Word (XML 1.0); Word và LibreOffice sẽ không mở được tệp");
    expect(csv.rows[1]!.problem!.hint!.vi).toBe("xóa ký tự này (thường do sao chép từ phần mềm khác)");
    const header = failure(() => parseUnits("u.csv", enc("code,na\uFFFFme\n01,A\n")));
    expect(header.diagnostics[0]).toMatchObject({ code: "units-xml-illegal-char", position: { line: 1, column: 8 } });
    const yaml = parseUnits("u.yaml", enc('- code: "01"\n  name: "Đông\\uFFFFKinh"\n- code: "02"\n'));
    expect(yaml.rows.map((r) => r.problem?.message.en ?? null)).toEqual([
      'unit #1, column "name": the character U+FFFF is not allowed in a Word document (XML 1.0); Word and LibreOffice could not open the file',
      null,
    ]);
  });

  it("refuses text that is not UTF-8, nested YAML values, other formats", () => {
    expect(failure(() => parseUnits("u.csv", new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xc3, 0x28]))).diagnostics[0]!.code).toBe("units-not-utf8");
    expect(failure(() => parseUnits("u.yaml", enc("- code: 1\n  signer: {name: A}\n"))).diagnostics[0]!.message.vi).toContain('"signer"');
    expect(failure(() => parseUnits("u.yaml", enc("code: 1\n"))).diagnostics[0]!.code).toBe("units-yaml-shape");
    expect(failure(() => parseUnits("u.xlsx", enc("x"))).diagnostics[0]!.code).toBe("units-format");
  });

  it("says when the file is missing", async () => {
    await expect(readUnits("/nonexistent/units.csv")).rejects.toMatchObject({ code: "io" });
  });
});
