import { describe, expect, it } from "vitest";
import { lintPlan } from "../../src/lint/lint-plan.js";
import { resolvePrepared } from "../../src/pipeline.js";
import { REGISTRY } from "../../src/rules/registry-entries.js";
import { diskTemplates } from "../../src/templates-provider.js";
import { MINIMAL_PLAN, prepareYaml } from "../helpers/build.js";

/**
 * Issue 9, item 7: every plan-side rule's hint is actionable and right. For each rule id, a
 * fixture plan triggers it; the fix below does what the hint says (and the hint must name the
 * fix's key token in both languages); after the fix the finding is gone and no other rule finds
 * anything new. Rules with no plan side (registry entries without `plan`, i.e. sides = ["docx"])
 * cannot be triggered from a plan and are exempt.
 */
interface HintCase {
  readonly name: string;
  readonly yaml: string;
  /** What the hint must mention, in each language: the value to write or the field to edit. */
  readonly tokens: { readonly vi: readonly string[]; readonly en: readonly string[] };
  /** The plan after doing what the hint says. */
  readonly fix: (yaml: string) => string;
}

const templates = diskTemplates();
const TODAY = new Date(2026, 4, 12);

function lintAll(yaml: string) {
  const prepared = prepareYaml(yaml);
  return lintPlan(prepared, resolvePrepared(prepared, { templates }), { today: TODAY });
}

const replace = (from: string, to: string) => (yaml: string) => {
  expect(yaml, `fixture contains ${from}`).toContain(from);
  return yaml.replace(from, to);
};
const both = (...tokens: string[]) => ({ vi: tokens, en: tokens });
const plan = (from: string, to: string) => replace(from, to)(MINIMAL_PLAN);
const withSigner = (...lines: string[]) => plan("signer:\n  name: Nguyễn Văn An\n", `signer:\n${lines.map((l) => `  ${l}\n`).join("")}`);
const withHeader = (line: string) => plan("  name: Ủy ban nhân dân xã Thất Khê\n", `  name: Ủy ban nhân dân xã Thất Khê\n  header: [${JSON.stringify(line)}]\n`);
const withAppendix = (reference: string) => `${MINIMAL_PLAN}appendices:\n  - title: Danh sách\n    body: Nội dung.\n    reference: "${reference}"\n`;
const OWN_REFERENCE = "(Kèm theo Kế hoạch số 03/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân xã Thất Khê)";

const CASES: Record<string, readonly HintCase[]> = {
  "ND30-district-after-reform": [
    { name: "district tier after 1 July 2025", yaml: plan("tier: commune", "tier: district"), tokens: both("tier: commune"), fix: replace("tier: district", "tier: commune") },
  ],
  "ND30-ten-co-quan": [
    { name: "UBND abbreviated", yaml: plan("name: Ủy ban nhân dân xã", "name: UBND xã"), tokens: both("name: Ủy ban nhân dân xã Thất Khê"), fix: replace("name: UBND xã", "name: Ủy ban nhân dân xã") },
  ],
  "ND30-viet-hoa": [
    {
      name: "title case name",
      yaml: plan("name: Ủy ban nhân dân xã Thất Khê", "name: Ủy Ban Nhân Dân Xã Thất Khê"),
      tokens: both("name: Ủy ban nhân dân xã Thất Khê"),
      fix: replace("name: Ủy Ban Nhân Dân Xã Thất Khê", "name: Ủy ban nhân dân xã Thất Khê"),
    },
  ],
  "ND30-ten-co-quan-vua-cot": [
    {
      name: "fits at 12 pt",
      yaml: withHeader("ĐOÀN KIỂM TRA SỞ NỘI VỤ"),
      tokens: both("issuer.header_size: 12"),
      fix: replace("  header: [", "  header_size: 12\n  header: ["),
    },
    {
      name: "too wide even at 12 pt",
      yaml: withHeader("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ VÀ THÔNG TIN TUYÊN TRUYỀN XÃ"),
      tokens: both("issuer.header", "60 mm"),
      fix: replace('"BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ VÀ THÔNG TIN TUYÊN TRUYỀN XÃ"', '"BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ VÀ", "THÔNG TIN", "TUYÊN TRUYỀN XÃ"'),
    },
  ],
  "ND30-so-ky-hieu": [
    { name: "extra leading zeros", yaml: plan("number: 3", 'number: "0129"'), tokens: both("number: 129"), fix: replace('number: "0129"', "number: 129") },
    { name: "number zero", yaml: plan("number: 3", "number: 0"), tokens: { vi: ["xóa dòng number:"], en: ["remove the number: line"] }, fix: replace("number: 0\n", "") },
  ],
  "ND30-ky-hieu": [
    { name: "lower case", yaml: plan("number: 3", "number: 3\nsymbol: KH-ubnd"), tokens: both("KH-UBND"), fix: replace("symbol: KH-ubnd", "symbol: KH-UBND") },
    { name: "number inside", yaml: plan("number: 3", "number: 3\nsymbol: 3/KH-UBND"), tokens: both("KH-UBND", "number:"), fix: replace("symbol: 3/KH-UBND", "symbol: KH-UBND") },
    { name: "spaces", yaml: plan("number: 3", "number: 3\nsymbol: KH - UBND"), tokens: both("KH-UBND"), fix: replace("symbol: KH - UBND", "symbol: KH-UBND") },
  ],
  "ND30-dia-danh": [
    { name: "unit type in the place", yaml: plan("number: 3", "number: 3\nplace: xã Thất Khê"), tokens: both("place: Thất Khê"), fix: replace("place: xã Thất Khê", "place: Thất Khê") },
  ],
  "ND30-ngay-ban-hanh": [
    { name: "swapped year digits", yaml: plan("date: 2026-01-09", "date: 2062-01-09"), tokens: both("2062", "2026", "date:"), fix: replace("date: 2062-01-09", "date: 2026-01-09") },
  ],
  "ND30-trich-yeu-in-hoa": [
    {
      name: "title in capitals",
      yaml: plan("title: Tổ chức các hoạt động văn hóa, thể thao năm 2026", "title: TỔ CHỨC CÁC HOẠT ĐỘNG VĂN HÓA, THỂ THAO NĂM 2026"),
      tokens: { vi: ["một câu", "chữ đầu"], en: ["sentence", "first letter"] },
      fix: replace("title: TỔ CHỨC CÁC HOẠT ĐỘNG VĂN HÓA, THỂ THAO NĂM 2026", "title: Tổ chức các hoạt động văn hóa, thể thao năm 2026"),
    },
  ],
  "ND30-can-cu": [
    {
      name: "a Thực hiện line",
      yaml: plan("title:", "basis:\n  - Căn cứ Luật Tổ chức chính quyền địa phương\n  - Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh\ntitle:"),
      tokens: both("preamble:", "basis:"),
      fix: replace("  - Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh\n", "preamble: Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh.\n"),
    },
    {
      name: "lower-case căn cứ",
      yaml: plan("title:", "basis:\n  - căn cứ Luật Tổ chức chính quyền địa phương\ntitle:"),
      tokens: both('"Căn cứ'),
      fix: replace("  - căn cứ", "  - Căn cứ"),
    },
    {
      name: "two căn cứ on one line",
      yaml: plan("title:", "basis:\n  - Căn cứ Luật Tổ chức chính quyền địa phương; Căn cứ Luật Ngân sách nhà nước\ntitle:"),
      tokens: both('"- Căn cứ …"', "basis:"),
      fix: replace("; Căn cứ Luật Ngân sách", "\n  - Căn cứ Luật Ngân sách"),
    },
  ],
  "ND30-danh-so-muc": [
    { name: "typed number", yaml: plan("- title: Mục đích", "- title: I. Mục đích"), tokens: both('"I."', "title"), fix: replace("- title: I. Mục đích", "- title: Mục đích") },
    {
      name: "keep a hand-written number",
      yaml: plan("- title: Mục đích", "- title: I. Mục đích"),
      tokens: both('label: "I."'),
      fix: replace("- title: I. Mục đích", '- label: "I."\n    title: I. Mục đích'),
    },
  ],
  "ND30-chu-viet-tat-ky": [
    {
      name: "T/M",
      yaml: withSigner("name: Nguyễn Văn An", 'authority: ["T/M ỦY BAN NHÂN DÂN"]', "title: CHỦ TỊCH"),
      tokens: both('"TM. ỦY BAN NHÂN DÂN"'),
      fix: replace('"T/M ỦY BAN NHÂN DÂN"', '"TM. ỦY BAN NHÂN DÂN"'),
    },
  ],
  "ND30-tham-quyen-ky": [
    {
      name: "deputy without KT.",
      yaml: withSigner("name: Nguyễn Văn An", 'authority: ["TM. ỦY BAN NHÂN DÂN"]', "title: PHÓ CHỦ TỊCH"),
      tokens: both("signer.authority:", "KT. CHỦ TỊCH"),
      fix: replace('authority: ["TM. ỦY BAN NHÂN DÂN"]', 'authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]'),
    },
    {
      name: "KT. followed by the head's own title",
      yaml: withSigner("name: Nguyễn Văn An", 'authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]', "title: CHỦ TỊCH"),
      tokens: both('"PHÓ CHỦ TỊCH"'),
      fix: replace("title: CHỦ TỊCH", "title: PHÓ CHỦ TỊCH"),
    },
    {
      name: "TM. before a person's title",
      yaml: withSigner("name: Nguyễn Văn An", 'authority: ["TM. CHỦ TỊCH"]', "title: PHÓ CHỦ TỊCH"),
      tokens: both("TM. ỦY BAN NHÂN DÂN", "KT."),
      fix: replace('authority: ["TM. CHỦ TỊCH"]', 'authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]'),
    },
  ],
  "ND30-hoc-ham-hoc-vi": [
    { name: "TS.", yaml: plan("name: Nguyễn Văn An", "name: TS. Nguyễn Văn An"), tokens: both("name: Nguyễn Văn An"), fix: replace("name: TS. Nguyễn Văn An", "name: Nguyễn Văn An") },
  ],
  "ND30-ho-ten-nguoi-ky": [
    { name: "capitals", yaml: plan("name: Nguyễn Văn An", "name: NGUYỄN VĂN AN"), tokens: both("Nguyễn Văn An"), fix: replace("name: NGUYỄN VĂN AN", "name: Nguyễn Văn An") },
  ],
  "ND30-noi-nhan": [
    { name: "Như trên", yaml: plan("  - UBND tỉnh Lạng Sơn", "  - UBND tỉnh Lạng Sơn\n  - Như trên"), tokens: { vi: ["tên các cơ quan"], en: ["name the bodies"] }, fix: replace("  - Như trên", "  - Các ban, ngành, đoàn thể xã") },
    {
      name: "no recipients",
      yaml: plan("recipients:\n  - UBND tỉnh Lạng Sơn\n", ""),
      tokens: { vi: ['"- …"'], en: ['"- …"'] },
      fix: replace("signer:", "recipients:\n  - UBND tỉnh Lạng Sơn\nsigner:"),
    },
  ],
  "ND30-luu": [
    { name: "no VT", yaml: plan("signer:", 'archive: "Lưu: VP."\nsigner:'), tokens: both('"Lưu: VT, '), fix: replace('"Lưu: VP."', '"Lưu: VT, VP."') },
    { name: "no Lưu:", yaml: plan("signer:", 'archive: "VT, VP."\nsigner:'), tokens: both('archive: "Lưu: VT, VHXH."'), fix: replace('"VT, VP."', '"Lưu: VT, VHXH."') },
    {
      name: "Lưu under recipients",
      yaml: plan("  - UBND tỉnh Lạng Sơn", "  - UBND tỉnh Lạng Sơn\n  - \"Lưu: VT, VP.\""),
      tokens: both("recipients", 'archive: "Lưu: VT, …"'),
      fix: (y) => replace("signer:", 'archive: "Lưu: VT, VP."\nsigner:')(replace('  - "Lưu: VT, VP."\n', "")(y)),
    },
  ],
  "ND30-appendix-reference": [
    {
      name: "write the line the hint gives",
      yaml: withAppendix("(Kèm theo Kế hoạch số: 03/KH-UBND ngày 9/1/2026)"),
      tokens: both(`reference: "${OWN_REFERENCE}"`),
      fix: replace('reference: "(Kèm theo Kế hoạch số: 03/KH-UBND ngày 9/1/2026)"', `reference: "${OWN_REFERENCE}"`),
    },
    {
      name: "or remove the line",
      yaml: withAppendix("(Kèm theo Kế hoạch số 04/KH-UBND ngày 09 tháng 01 năm 2026 của Ủy ban nhân dân xã Thất Khê)"),
      tokens: { vi: ["xóa dòng reference:"], en: ["remove the reference: line"] },
      fix: (y) => y.replace(/    reference: .*\n/u, ""),
    },
  ],
  "ND30-chinh-ta-thong-nhat": [
    {
      name: "two spellings in the plan",
      yaml: plan("- Tổ chức tốt các hoạt động.", "- Giữ gìn hòa bình, tổ chức hoà giải."),
      tokens: both('"hòa"', '"hoà"'),
      fix: replace("tổ chức hoà giải", "tổ chức hòa giải"),
    },
    {
      name: "the plan against the template",
      yaml: plan("name: Ủy ban nhân dân xã Thất Khê", "name: Uỷ ban nhân dân xã Thất Khê"),
      tokens: both('"ủy"'),
      fix: replace("name: Uỷ ban", "name: Ủy ban"),
    },
    {
      name: "the plan against itself",
      yaml: plan("- Tổ chức tốt các hoạt động.", "- Đề nghị Uỷ ban Mặt trận Tổ quốc xã phối hợp."),
      tokens: both('"ủy"', '"uỷ"'),
      fix: replace("Uỷ ban Mặt trận", "Ủy ban Mặt trận"),
    },
  ],
  "yaml-merged-list-item": [
    {
      name: "a deeper dash",
      yaml: plan("  - UBND tỉnh Lạng Sơn\n", "  - UBND tỉnh Lạng Sơn\n    - Đảng ủy xã\n"),
      tokens: both('"-"'),
      fix: replace("    - Đảng ủy xã", "  - Đảng ủy xã"),
    },
  ],
};

const PLAN_RULE_IDS = REGISTRY.filter((e) => e.plan !== undefined).map((e) => e.id);

describe("every plan-side rule has a hint that fixes its finding", () => {
  it("has a fixture for every rule the registry checks on the plan (DOCX-only rules are exempt)", () => {
    expect(PLAN_RULE_IDS.length).toBeGreaterThan(15);
    expect(PLAN_RULE_IDS.filter((id) => !(id in CASES)), "plan-side rules without a hint fixture").toEqual([]);
    expect(Object.keys(CASES).filter((id) => !PLAN_RULE_IDS.includes(id)), "fixtures for unknown or DOCX-only ids").toEqual([]);
  });

  it("starts from a plan no rule finds anything in", () => {
    expect(lintAll(MINIMAL_PLAN)).toEqual([]);
  });

  for (const [id, cases] of Object.entries(CASES)) {
    for (const c of cases) {
      it(`${id}: ${c.name}`, () => {
        const before = lintAll(c.yaml);
        const found = before.filter((d) => d.code === id);
        expect(found.length, `${id} finds the fixture: ${JSON.stringify(before.map((d) => d.code))}`).toBeGreaterThan(0);
        for (const d of found) {
          expect(d.hint?.vi.trim(), "a hint in Vietnamese").toBeTruthy();
          expect(d.hint?.en.trim(), "a hint in English").toBeTruthy();
        }
        const hint = found[0]!.hint!;
        for (const token of c.tokens.vi) expect(hint.vi).toContain(token);
        for (const token of c.tokens.en) expect(hint.en).toContain(token);
        const after = lintAll(c.fix(c.yaml));
        expect(after.filter((d) => d.code === id).map((d) => d.message.en), "the finding is gone once the hint is followed").toEqual([]);
        const key = (d: (typeof after)[number]) => `${d.code} ${d.message.en}`;
        const earlier = new Set(before.map(key));
        expect(after.filter((d) => !earlier.has(key(d))).map(key), "following the hint makes no new finding").toEqual([]);
      });
    }
  }
});
