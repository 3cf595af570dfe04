import { describe, expect, it } from "vitest";
import { KehoachError } from "../../src/errors.js";
import { checkFilterColumns, filterUnits, matchesAll, parseWhere } from "../../src/batch/filter-units.js";
import type { UnitRow } from "../../src/batch/read-units.js";

const rows = (records: Record<string, string>[]): UnitRow[] => records.map((record, index) => ({ index, line: index + 2, record }));

const UNITS = rows([
  { code: "1", name: "Hòa Bình", type: "Phường", province_name: "Phú Thọ" },
  { code: "2", name: "Hoà Bình", type: "Xã", province_name: "Phú Thọ" },
  { code: "3", name: "Thủy Nguyên", type: "Phường", province_name: "Hải Phòng" },
  { code: "4", name: "Na Dương", type: "Xã", province_name: "Lạng Sơn" },
]);

describe("--where", () => {
  it("parses COLUMN=VALUE, keeping '=' inside the value", () => {
    expect(parseWhere('province_name=Lạng Sơn')).toEqual({ field: "province_name", value: "Lạng Sơn" });
    expect(parseWhere("note=a=b")).toEqual({ field: "note", value: "a=b" });
    expect(parseWhere("name=")).toEqual({ field: "name", value: "" });
  });

  it("refuses a filter without a column", () => {
    expect(() => parseWhere("Lạng Sơn")).toThrow(KehoachError);
    expect(() => parseWhere("=x")).toThrow(KehoachError);
  });

  it("matches whatever the tone-mark placement, case or Unicode form", () => {
    const byName = (value: string) => filterUnits(UNITS, [parseWhere(`name=${value}`)]).map((r) => r.record.code);
    expect(byName("Hòa Bình")).toEqual(["1", "2"]);
    expect(byName("Hoà Bình")).toEqual(["1", "2"]);
    expect(byName("HÒA BÌNH")).toEqual(["1", "2"]);
    expect(byName("Hòa Bình".normalize("NFD"))).toEqual(["1", "2"]);
    expect(byName("Thuỷ Nguyên")).toEqual(["3"]);
    expect(filterUnits(UNITS, [parseWhere("province_name=lang son")]).map((r) => r.record.code)).toEqual(["4"]);
  });

  it("ANDs several filters", () => {
    const picked = filterUnits(UNITS, [parseWhere("name=Hòa Bình"), parseWhere("type=xã")]);
    expect(picked.map((r) => r.record.code)).toEqual(["2"]);
    expect(matchesAll(UNITS[0]!.record, [])).toBe(true);
  });

  it("keeps list order and positions", () => {
    const picked = filterUnits(UNITS, [parseWhere("province_name=Phú Thọ")]);
    expect(picked.map((r) => r.index)).toEqual([0, 1]);
  });

  it("refuses a column the list does not have, naming the columns it has", () => {
    try {
      checkFilterColumns([parseWhere("province=Lạng Sơn")], ["code", "name", "province_name"]);
      expect.unreachable();
    } catch (err) {
      const e = err as KehoachError;
      expect(e.code).toBe("usage");
      expect(e.diagnostics[0]!.message.vi).toContain('"province"');
      expect(e.diagnostics[0]!.hint!.vi).toContain("province_name");
    }
  });
});
