import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLAN_SCHEMA_ID } from "../../../src/schema/json-schema.js";
import { TIERS } from "../../../src/schema/tier.js";
import { dumpDocx } from "../../helpers/build.js";
import { runMain, tempDir } from "../../helpers/main-io.js";

describe("kehoach init", () => {
  it.each([...TIERS])("writes a --tier %s starter plan that validates clean (--strict) and builds", async (tier) => {
    const dir = tempDir();
    const init = await runMain(["init", "--tier", tier], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain(`✔ đã tạo plan.yaml (${tier})`);
    const text = readFileSync(path.join(dir, "plan.yaml"), "utf8");
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${PLAN_SCHEMA_ID}`);
    expect(text).toContain(`tier: ${tier}\n`);
    const validate = await runMain(["validate", "--strict", "plan.yaml", "--format", "json"], { cwd: dir });
    expect((JSON.parse(validate.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([]);
    expect(validate.code).toBe(0);
    const build = await runMain(["build", "plan.yaml"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "0" } });
    expect(build.code).toBe(0);
    const dump = dumpDocx(readFileSync(path.join(dir, "plan.docx")));
    for (const heading of ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. KINH PHÍ THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"]) expect(dump).toContain(heading);
  });

  it("defaults to a commune plan in plan.yaml", async () => {
    const dir = tempDir();
    expect((await runMain(["init"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, "plan.yaml"), "utf8")).toContain("tier: commune\nissuer:\n  # Tên đầy đủ");
  });

  it("fills issuer, province and place from the 2025 list, matching names whatever the tone placement", async () => {
    const dir = tempDir();
    const run = await runMain(["init", "--unit", "Phú Hoà, Đồng Nai", "-o", "xa.yaml"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("✔ đã tạo xa.yaml (commune: Xã Phú Hòa, Đồng Nai)");
    const text = readFileSync(path.join(dir, "xa.yaml"), "utf8");
    expect(text).toContain("  name: Ủy ban nhân dân xã Phú Hòa\n  province: Đồng Nai\n");
    expect(text).toContain("\nplace: Phú Hòa\n");
  });

  it("keeps the generic noun in the place of a unit named after a person", async () => {
    const run = await runMain(["init", "--unit", "luong van tri", "-o", "-"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  name: Ủy ban nhân dân phường Lương Văn Tri\n  province: Lạng Sơn\n");
    expect(run.stdout).toContain("\nplace: Phường Lương Văn Tri\n");
  });

  it("takes a province by --code for a department plan, with the full name of a city named after a person", async () => {
    const run = await runMain(["init", "--tier", "department", "--code", "79", "-o", "-"], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  code: SVHTTDL\n  province: Hồ Chí Minh\n");
    expect(run.stdout).toContain("\nplace: Thành phố Hồ Chí Minh\n");
    expect(run.stdout).toContain("  - name: UBND thành phố Hồ Chí Minh\n    note: b/c\n");
  });

  it("refuses an ambiguous commune name, listing the candidates with their codes", async () => {
    const run = await runMain(["init", "--unit", "Tân Hiệp"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        'kehoach  lỗi  init-ambiguous-unit  có 3 đơn vị tên "Tân Hiệp":',
        "  Xã Tân Hiệp (thành phố Đà Nẵng), mã 20434",
        "  Phường Tân Hiệp (thành phố Hồ Chí Minh), mã 25920",
        "  Xã Tân Hiệp (tỉnh An Giang), mã 30850",
        '  gợi ý: chọn một bằng mã: --code 20434, hoặc ghi kèm tỉnh: --unit "Tân Hiệp, Đà Nẵng"',
        "",
      ].join("\n"),
    );
  });

  it("refuses an unknown name, offering the closest ones", async () => {
    const run = await runMain(["--lang", "en", "init", "--unit", "Thất Kê"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no unit "Thất Kê" in the 1 July 2025 list (34 provinces, 3,321 communes); similar names:\n  Xã Thất Khê (tỉnh Lạng Sơn), mã 06040\n');
  });

  it("refuses a unit of the wrong tier and a district unit", async () => {
    const wrong = await runMain(["init", "--tier", "commune", "--code", "20"], { cwd: tempDir() });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("mã 20 là của tỉnh Lạng Sơn, không phải một xã");
    const old = await runMain(["init", "--unit", "huyện Tràng Định"], { cwd: tempDir() });
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("init-old-unit");
    const both = await runMain(["init", "--unit", "Thất Khê", "--code", "06040"], { cwd: tempDir() });
    expect(both.code).toBe(2);
    const tier = await runMain(["init", "--tier", "comune"], { cwd: tempDir() });
    expect(tier.code).toBe(2);
    expect(tier.stderr).toContain(`cấp ban hành không hợp lệ: "comune"`);
    expect(tier.stderr).toContain("gợi ý: có phải ý bạn là commune");
    // The Vietnamese words a plan's `tier:` accepts, here too: the plan written says the id.
    const alias = await runMain(["init", "--tier", "Tinh", "-o", "-"], { cwd: tempDir() });
    expect(alias.code).toBe(0);
    expect(alias.stdout).toMatch(/^tier: province\b/m);
    expect(alias.stderr).toContain('"Tinh" được hiểu là cấp province');
  });

  it("never overwrites without --force (exit 7, file untouched), and does with it", async () => {
    const dir = tempDir();
    const file = path.join(dir, "plan.yaml");
    writeFileSync(file, "bản của tôi\n");
    const refused = await runMain(["init"], { cwd: dir });
    expect(refused.code).toBe(7);
    expect(refused.stderr).toBe("plan.yaml  lỗi  init-exists  tệp plan.yaml đã có; không ghi đè\n  gợi ý: dùng --force để ghi đè, hoặc -o <tệp khác>\n");
    expect(readFileSync(file, "utf8")).toBe("bản của tôi\n");
    const forced = await runMain(["init", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("tier: commune");
  });

  it("writes nothing when the unit is refused", async () => {
    const dir = tempDir();
    await runMain(["init", "--unit", "Tân Hiệp"], { cwd: dir });
    expect(existsSync(path.join(dir, "plan.yaml"))).toBe(false);
  });
});
