import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { batchUnits, unitEntry } from "../../src/batch/batch-units.js";
import type { UnitOutcome } from "../../src/batch/render-unit.js";
import { KehoachError } from "../../src/errors.js";

const list = (rows: string): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kh-units-")), "units.csv");
  writeFileSync(file, `code,name,type,province_name\n${rows}`);
  return file;
};
const FILE = list("1,Na Dương,Xã,Lạng Sơn\n2,Thất Khê,Xã,Lạng Sơn\n3,Phú Quốc,Đặc khu,An Giang\n4,Na Dương,Xã,Cao Bằng\n");

describe("batchUnits", () => {
  it("names every file from the whole list, so a filter or a shard never renames one", async () => {
    const all = await batchUnits({ unitsFile: FILE });
    expect(all.map((u) => [u.index, u.code, u.name, u.file, u.line])).toEqual([
      [0, "1", "Xã Na Dương", "1-xa-na-duong.docx", 2],
      [1, "2", "Xã Thất Khê", "2-xa-that-khe.docx", 3],
      [2, "3", "Đặc khu Phú Quốc", "3-dac-khu-phu-quoc.docx", 4],
      [3, "4", "Xã Na Dương", "4-xa-na-duong.docx", 5],
    ]);
    const caoBang = await batchUnits({ unitsFile: FILE, where: [{ field: "province_name", value: "Cao Bằng" }] });
    expect(caoBang.map((u) => [u.index, u.file, u.task.index])).toEqual([[0, "4-xa-na-duong.docx", 0]]);
  });

  it("refuses a filter that matches nothing, naming the list", async () => {
    const err = await batchUnits({ unitsFile: FILE, where: [{ field: "province_name", value: "Hà Giang" }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KehoachError);
    expect((err as KehoachError).diagnostics[0]).toMatchObject({ code: "batch-no-units", file: FILE, message: { vi: "không có đơn vị nào khớp province_name=Hà Giang" } });
  });
});

describe("unitEntry", () => {
  const unit = { index: 0, code: "1", name: "Xã Na Dương", file: "1-xa-na-duong.docx", line: 2, task: { index: 0, record: {}, file: "1-xa-na-duong.docx", line: 2 } };
  const outcome = (status: UnitOutcome["status"]): UnitOutcome =>
    ({ index: 0, status, sha256: status === "failed" ? null : "ab", warnings: [], warningDiagnostics: [], error: null, errorDiagnostics: [], errorCode: null }) as UnitOutcome;

  it("says pending before the run takes the unit, skipped if it never did, else the outcome", () => {
    expect(unitEntry(unit, undefined, true)).toMatchObject({ status: "pending", sha256: null, file: "1-xa-na-duong.docx" });
    expect(unitEntry(unit, undefined)).toMatchObject({ status: "skipped", sha256: null });
    expect(unitEntry(unit, outcome("written"))).toMatchObject({ status: "written", sha256: "ab" });
    expect(unitEntry(unit, outcome("unchanged"))).toMatchObject({ status: "unchanged", sha256: "ab" });
  });

  it("names no file for a failed row without a code (there is no file to name)", () => {
    expect(unitEntry({ ...unit, code: " " }, outcome("failed"))).toMatchObject({ status: "failed", file: null });
    expect(unitEntry(unit, outcome("failed"))).toMatchObject({ status: "failed", file: "1-xa-na-duong.docx" });
  });
});
