import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseWhere } from "../../src/batch/filter-units.js";
import type { Manifest } from "../../src/batch/manifest.js";
import { runBatch, type BatchOptions, type BatchResult } from "../../src/batch/run-batch.js";
import { KehoachError } from "../../src/errors.js";
import { readSource } from "../../src/load/read-source.js";
import { readDocModel, type DocBlock, type DocModel, type DocParagraph } from "../../src/ooxml/model.js";
import { readDocxPackage } from "../../src/ooxml/package.js";
import { preparePlan, renderPrepared } from "../../src/pipeline.js";
import { placeOfUnit } from "../../src/render/vietnamese.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN } from "../helpers/build.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PLAN = path.join(ROOT, "examples/batch-lang-son/plan.yaml");
const COMMUNES = path.join(ROOT, "data/communes-2025.csv");
const tmp = () => mkdtempSync(path.join(tmpdir(), "kh-batch-"));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** In this thread (--jobs 1): vitest runs the sources; the worker path is tested through the built CLI (cli.test.ts). */
const run = (options: Partial<BatchOptions> & { outDir: string }): Promise<BatchResult> =>
  runBatch({ planFile: PLAN, unitsFile: COMMUNES, cwd: ROOT, jobs: 1, where: [parseWhere("province_name=Lạng Sơn")], ...options });

const manifestOf = (dir: string, name = "manifest.json"): Manifest => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Manifest;

function paragraphs(blocks: readonly DocBlock[]): DocParagraph[] {
  return blocks.flatMap((b) => (b.kind === "table" ? b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphs(c.blocks))) : [b]));
}

describe("batch: the Lạng Sơn example", () => {
  const out = tmp();
  let first: BatchResult;
  const lines = readFileSync(COMMUNES, "utf8").split("\n").filter((l) => l.endsWith(",20,Lạng Sơn"));

  beforeAll(async () => {
    first = await run({ outDir: out });
  });

  it("writes the 65 communes and wards of Lạng Sơn, named by code and name", () => {
    expect(lines).toHaveLength(65);
    const files = readdirSync(out).filter((f) => f.endsWith(".docx")).sort();
    expect(files).toHaveLength(65);
    expect(files).toContain("06526-xa-na-duong.docx");
    expect(files).toContain("05983-phuong-luong-van-tri.docx");
    expect(first.outcomes.every((o) => o?.status === "written")).toBe(true);
  });

  it("records every unit in manifest.json, with the sha256 of its file, in list order", () => {
    const m = manifestOf(out);
    expect(m.format).toBe("kehoach-batch-manifest/1");
    expect(m.plan).toBe("examples/batch-lang-son/plan.yaml");
    expect(m.units).toBe("data/communes-2025.csv");
    expect(m.where).toEqual(["province_name=Lạng Sơn"]);
    expect(m.shard).toBeNull();
    expect([m.total, m.written, m.unchanged, m.failed, m.skipped]).toEqual([65, 65, 0, 0, 0]);
    expect(m.outputs.map((o) => o.code)).toEqual(lines.map((l) => l.split(",")[0]));
    for (const o of m.outputs) {
      expect(Object.keys(o)).toEqual(["code", "name", "file", "sha256", "status", "warnings", "error"]);
      expect(o.sha256).toBe(sha(readFileSync(path.join(out, o.file!))));
      expect(o.error).toBeNull();
    }
    expect(m.outputs.find((o) => o.code === "06526")).toMatchObject({ name: "Xã Na Dương", file: "06526-xa-na-duong.docx", status: "written" });
    expect(readFileSync(path.join(out, "manifest.json"), "utf8")).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it("gives every unit its own sign-ready plan: header, number, date line, title and signature name the unit", () => {
    for (const line of lines) {
      const [code, name, type] = line.split(",") as [string, string, string];
      const file = readdirSync(out).find((f) => f.startsWith(`${code}-`))!;
      const model: DocModel = readDocModel(readDocxPackage(readFileSync(path.join(out, file))));
      const all = paragraphs(model.body).map((p) => p.text);
      const full = `${type.toLocaleLowerCase("vi")} ${name}`;
      expect(all, code).toContain("ỦY BAN NHÂN DÂN");
      expect(all, code).toContain(full.toLocaleUpperCase("vi"));
      expect(all, code).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(all.find((t) => t.startsWith("Số:")), code).toMatch(/^Số:\s+\/KH-UBND$/);
      // ND30: the generic noun stays when the unit is named after a person ("Xã Hoàng Văn Thụ").
      const place = placeOfUnit(full);
      expect(place === name || place === `${type} ${name}`).toBe(true);
      // One line, or two ("Phường Lương Văn Tri," / "ngày … năm 2026") when too wide for its column.
      expect(all.map((t) => t.replace("\n", " ")), code).toContain(`${place}, ngày \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 tháng 5 năm 2026`);
      // The trích yếu may be broken over two lines.
      expect(all.join(" ").replace(/\s+/g, " "), code).toContain(`KẾ HOẠCH Tuyên truyền, quảng bá ASEAN trên địa bàn ${full} năm 2026`);
      expect(all, code).toContain("TM. ỦY BAN NHÂN DÂN");
      expect(all, code).toContain("Nơi nhận:");
      expect(all.some((t) => t.startsWith("Thực hiện Kế hoạch số 153/KH-UBND") && t.includes(`Ủy ban nhân dân ${full} xây dựng`)), code).toBe(true);
    }
  });

  it("writes the bytes `build` writes for the same plan and unit", async () => {
    const prepared = preparePlan(await readSource(PLAN));
    const templates = diskTemplates();
    for (const line of lines) {
      const [code, name, type, province_code, province_name] = line.split(",") as [string, string, string, string, string];
      const { bytes } = await renderPrepared(prepared, { templates, unit: { code, name, type, province_code, province_name } });
      const file = readdirSync(out).find((f) => f.startsWith(`${code}-`))!;
      expect(sha(readFileSync(path.join(out, file))), code).toBe(sha(bytes));
    }
  });

  it("rewrites nothing on a rerun: same files, same times, status unchanged", async () => {
    const before = new Map(readdirSync(out).map((f) => [f, statSync(path.join(out, f)).mtimeMs]));
    const again = await run({ outDir: out });
    expect(again.outcomes.every((o) => o?.status === "unchanged")).toBe(true);
    for (const [f, mtime] of before) if (f.endsWith(".docx")) expect(statSync(path.join(out, f)).mtimeMs, f).toBe(mtime);
    const m = manifestOf(out);
    expect([m.written, m.unchanged]).toEqual([0, 65]);
    // A third run changes nothing at all, not even the manifest.
    const manifestTime = statSync(path.join(out, "manifest.json")).mtimeMs;
    await run({ outDir: out });
    expect(statSync(path.join(out, "manifest.json")).mtimeMs).toBe(manifestTime);
  });

  it("--check writes nothing and finds a hand-edited file and a deleted one", async () => {
    const dir = tmp();
    await run({ outDir: dir, where: [parseWhere("province_name=Lạng Sơn"), parseWhere("type=Phường")] });
    const edited = path.join(dir, "05977-phuong-dong-kinh.docx");
    const bytes = readFileSync(edited);
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0xff;
    writeFileSync(edited, bytes);
    const { rmSync } = await import("node:fs");
    rmSync(path.join(dir, "06187-phuong-ky-lua.docx"));
    const manifestBefore = readFileSync(path.join(dir, "manifest.json"), "utf8");
    const checked = await run({ outDir: dir, check: true, where: [parseWhere("province_name=Lạng Sơn"), parseWhere("type=Phường")] });
    const status = Object.fromEntries(checked.units.map((u) => [u.file, checked.outcomes[u.index]!.status]));
    expect(status).toEqual({
      "05977-phuong-dong-kinh.docx": "differs",
      "05983-phuong-luong-van-tri.docx": "unchanged",
      "05986-phuong-tam-thanh.docx": "unchanged",
      "06187-phuong-ky-lua.docx": "missing",
    });
    expect(readFileSync(edited)).toEqual(bytes);
    expect(readFileSync(path.join(dir, "manifest.json"), "utf8")).toBe(manifestBefore);
    expect(checked.manifestFile).toBeNull();
  });
});

describe("batch: one bad unit", () => {
  function setup(units: string): { dir: string; plan: string; list: string } {
    const dir = tmp();
    const plan = path.join(dir, "plan.yaml");
    writeFileSync(plan, MINIMAL_PLAN.replace("name: Nguyễn Văn An", "name: \"{{unit.signer}}\"").replace("Ủy ban nhân dân xã Thất Khê", "Ủy ban nhân dân xã {{unit.name}}"));
    const list = path.join(dir, "units.yaml");
    writeFileSync(list, units);
    return { dir, plan, list };
  }
  const UNITS = `- {code: "01", name: Một, signer: Nguyễn Văn A}
- {code: "02", name: Hai}
- {code: "03", name: Ba, signer: Trần Văn C}
- {code: "", name: Bốn, signer: Lê D}
- {code: "05", name: Năm, signer: Phạm E, number: "5b"}
- {code: "06", name: Sáu, signer: TS. Hoàng Văn F}
`;

  it("is reported with its code and reason; the others are written", async () => {
    const { dir, plan, list } = setup(UNITS);
    const out = path.join(dir, "out");
    const result = await runBatch({ planFile: plan, unitsFile: list, outDir: out, cwd: dir, jobs: 1 });
    const byCode = Object.fromEntries(result.units.map((u) => [u.code || u.name, result.outcomes[u.index]!]));
    expect(byCode["01"]!.status).toBe("written");
    expect(byCode["03"]!.status).toBe("written");
    expect(byCode["02"]!.status).toBe("failed");
    expect(byCode["02"]!.error!.code).toBe("template-missing-value");
    expect(byCode["02"]!.error!.message.vi).toContain('"signer"');
    expect(byCode["02"]!.errorDiagnostics[0]!.file).toBe(plan);
    expect(byCode["02"]!.errorDiagnostics[0]!.position?.line).toBe(14);
    expect(byCode["Bốn"]!.error!.code).toBe("batch-no-code");
    expect(byCode["05"]!.error!.message.vi).toContain('cột number = "5b"');
    // As `build`: an ND30 error found in the unit's text (an academic title before the name).
    expect(byCode["06"]!.error!.code).toBe("ND30-hoc-ham-hoc-vi");
    expect(byCode["06"]!.errorCode).toBe("nd30");
    expect(readdirSync(out).sort()).toEqual(["01-mot.docx", "03-ba.docx", "manifest.json"]);
    const m = manifestOf(out);
    expect([m.total, m.written, m.failed]).toEqual([6, 2, 4]);
    expect(m.outputs[1]).toMatchObject({ code: "02", file: "02-hai.docx", sha256: null, status: "failed", error: { code: "template-missing-value" } });
    expect(m.outputs[3]).toMatchObject({ code: "", file: null, status: "failed" });
  });

  it("points a problem in an override column at the unit's row of the list", async () => {
    const dir = tmp();
    const list = path.join(dir, "units.csv");
    writeFileSync(list, "code,name,type,province_code,province_name,signer_name\n06526,Na Dương,Xã,20,Lạng Sơn,Lê Văn Hưởng\n06040,Thất Khê,Xã,20,Lạng Sơn,TS. Nguyễn Văn X\n");
    const result = await runBatch({ planFile: PLAN, unitsFile: list, outDir: path.join(dir, "out"), cwd: dir, jobs: 1 });
    expect(result.outcomes[0]!.status).toBe("written");
    const failed = result.outcomes[1]!;
    expect(failed.error).toMatchObject({ code: "ND30-hoc-ham-hoc-vi" });
    expect(failed.error!.message.vi).toContain("[cột signer_name]");
    expect(failed.errorDiagnostics[0]).toMatchObject({ file: list, position: { line: 3, column: 1 }, path: ["signer", "name"] });
  });

  it("stops the batch with failFast; the rest are recorded as skipped", async () => {
    const { dir, plan, list } = setup(UNITS);
    const out = path.join(dir, "out");
    const result = await runBatch({ planFile: plan, unitsFile: list, outDir: out, cwd: dir, jobs: 1, failFast: true });
    expect(result.stopped).toBe(true);
    expect(result.outcomes.map((o) => o?.status)).toEqual(["written", "failed", undefined, undefined, undefined, undefined]);
    expect(manifestOf(out).outputs.map((o) => o.status)).toEqual(["written", "failed", "skipped", "skipped", "skipped", "skipped"]);
  });

  it("stops when interrupted (Ctrl-C): units done are kept, the manifest says what is left", async () => {
    const { dir, plan, list } = setup(UNITS);
    const out = path.join(dir, "out");
    const interrupt = new AbortController();
    const result = await runBatch({ planFile: plan, unitsFile: list, outDir: out, cwd: dir, jobs: 1, signal: interrupt.signal, onUnit: () => interrupt.abort() });
    expect(result.stopped).toBe(true);
    // --jobs 1 has one unit in flight (rendered, compared and written in turn): it finishes,
    // and nothing after it starts.
    expect(manifestOf(out).outputs.map((o) => o.status)).toEqual(["written", "skipped", "skipped", "skipped", "skipped", "skipped"]);
    expect(readdirSync(out).sort()).toEqual(["01-mot.docx", "manifest.json"]);
  });

  it("stops before rendering when the plan itself is broken, or nothing matches", async () => {
    const { dir, plan, list } = setup(UNITS);
    writeFileSync(plan, "tier: commune\ntitle: [\n");
    await expect(runBatch({ planFile: plan, unitsFile: list, outDir: path.join(dir, "o"), cwd: dir, jobs: 1 })).rejects.toMatchObject({ code: "yaml" });
    const ok = setup(UNITS);
    const err = await runBatch({ planFile: ok.plan, unitsFile: ok.list, outDir: path.join(ok.dir, "o"), cwd: ok.dir, jobs: 1, where: [parseWhere("name=Bảy")] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KehoachError);
    expect((err as KehoachError).code).toBe("batch");
    expect((err as KehoachError).diagnostics[0]!.message.vi).toContain("name=Bảy");
  });
});

describe("batch: shards", () => {
  it("renders each part into its own manifest; the parts together are the whole", async () => {
    const out = tmp();
    const where = [parseWhere("province_name=Lạng Sơn"), parseWhere("type=Phường")];
    const codes: string[][] = [];
    for (const index of [1, 2, 3]) {
      const r = await run({ outDir: out, where, shard: { index, count: 3 } });
      codes.push(r.units.map((u) => u.code));
      expect(manifestOf(out, `manifest-${index}-of-3.json`).shard).toBe(`${index}/3`);
    }
    expect(codes).toEqual([["05977"], ["05983"], ["05986", "06187"]]);
    expect(readdirSync(out).filter((f) => f.endsWith(".docx"))).toHaveLength(4);
  });
});
