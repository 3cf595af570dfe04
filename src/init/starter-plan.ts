import { stringify } from "yaml";
import type { Tier } from "../schema/tier.js";
import { placeOfUnit } from "../render/vietnamese.js";
import type { UnitMatch } from "./find-unit.js";

/** The issuer a starter plan is written for: filled from the bundled list, or an example. */
interface Issuer {
  /** "Ủy ban nhân dân xã Thất Khê", "Sở Văn hóa, Thể thao và Du lịch". */
  readonly name: string;
  readonly code?: string;
  /** Bare province name: "Lạng Sơn". */
  readonly province: string;
  /** "tỉnh" or "thành phố", for wording like "Thường trực Tỉnh ủy". */
  readonly provinceType: string;
  readonly place: string;
  /** "xã", "phường", "đặc khu" for communes; the unit's own name for the closing sentences. */
  readonly unitType: string;
}

export interface StarterOptions {
  readonly tier: Tier;
  readonly unit?: UnitMatch | undefined;
  /** Value of the `$schema=` modeline: a path relative to the plan, or an absolute one. */
  readonly schemaRef: string;
  readonly today: Date;
}

const EXAMPLE_PROVINCE = { name: "Lạng Sơn", type: "Tỉnh" };

function issuerFor(tier: Tier, unit: UnitMatch | undefined): Issuer {
  const province = unit?.province ?? EXAMPLE_PROVINCE;
  const provinceType = province.type.toLowerCase();
  const provinceFull = `${provinceType} ${province.name}`;
  switch (tier) {
    case "province":
      return { name: `Ủy ban nhân dân ${provinceFull}`, province: province.name, provinceType, place: placeOfUnit(provinceFull), unitType: provinceType };
    case "department":
      return { name: "Sở Văn hóa, Thể thao và Du lịch", code: "SVHTTDL", province: province.name, provinceType, place: placeOfUnit(provinceFull), unitType: "sở" };
    case "commune": {
      const commune = unit?.kind === "commune" ? unit.commune : { type: "Xã", name: "Thất Khê" };
      const full = `${commune.type.toLowerCase()} ${commune.name}`;
      return { name: `Ủy ban nhân dân ${full}`, province: province.name, provinceType, place: placeOfUnit(full), unitType: commune.type.toLowerCase() };
    }
    case "district":
      return { name: "Ủy ban nhân dân huyện Tràng Định", province: province.name, provinceType, place: "Tràng Định", unitType: "huyện" };
    case "organization": {
      const commune = unit?.kind === "commune" ? unit.commune : { type: "Xã", name: "Thất Khê" };
      const full = `${commune.type.toLowerCase()} ${commune.name}`;
      return { name: `Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam ${full}`, code: "MTTQ", province: province.name, provinceType, place: placeOfUnit(full), unitType: commune.type.toLowerCase() };
    }
  }
}

/** A YAML scalar, quoted only when YAML needs it. */
const y = (value: string): string => stringify(value, { lineWidth: 0 }).trimEnd();

const TIER_NOTE: Record<Tier, string> = {
  province: "province = Ủy ban nhân dân tỉnh / thành phố trực thuộc Trung ương",
  department: "department = Sở và cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh",
  commune: "commune = Ủy ban nhân dân xã / phường / đặc khu (từ 01/7/2025)",
  district: "district = Ủy ban nhân dân huyện; CHỈ cho văn bản ban hành trước 01/7/2025",
  organization: "organization = cơ quan, tổ chức khác (Mặt trận, Ban, Đoàn kiểm tra…): ký hiệu, người ký lấy từ kế hoạch",
};

function recipients(tier: Tier, issuer: Issuer): string {
  const p = issuer.provinceType;
  const capital = p === "tỉnh" ? "Tỉnh ủy" : "Thành ủy";
  const lines: (string | { name: string; note: string })[] =
    tier === "province"
      ? [{ name: `Thường trực ${capital}`, note: "b/c" }, `Thường trực HĐND ${p}`, `Chủ tịch, các PCT UBND ${p}`, `Các sở, ban, ngành ${p}`, "UBND các xã, phường"]
      : tier === "department"
        ? [{ name: `UBND ${p} ${issuer.province}`, note: "b/c" }, "Lãnh đạo Sở", "Các phòng, đơn vị thuộc Sở"]
        : tier === "commune"
          ? [{ name: `UBND ${p} ${issuer.province}`, note: "b/c" }, `Thường trực Đảng ủy ${issuer.unitType}`, `CT, các PCT UBND ${issuer.unitType}`, `Các cơ quan, đơn vị trên địa bàn ${issuer.unitType}`]
          : tier === "organization"
            ? [{ name: `Ban Thường trực Ủy ban MTTQ Việt Nam ${p} ${issuer.province}`, note: "b/c" }, `Thường trực Đảng ủy ${issuer.unitType}`, "Các tổ chức thành viên"]
            : [{ name: `UBND ${p} ${issuer.province}`, note: "b/c" }, "Thường trực Huyện ủy", "CT, các PCT UBND huyện", "UBND các xã, thị trấn"];
  return lines
    .map((r) => (typeof r === "string" ? `  - ${y(r)}` : `  - name: ${y(r.name)}\n    note: ${y(r.note)}`))
    .join("\n");
}

const SIGNER_NOTE: Record<Tier, string> = {
  province: "Mặc định: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Chủ tịch ký thì ghi:",
  department: "Mặc định: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC. Giám đốc ký thì ghi:",
  commune: "Mặc định: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Chủ tịch ký thì ghi:",
  district: "Mặc định: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Chủ tịch ký thì ghi:",
  organization: "Không có mặc định: ghi thẩm quyền ký và chức vụ người ký.",
};

const SIGNER_HEAD: Record<Tier, string> = {
  province: "  # authority: [TM. ỦY BAN NHÂN DÂN]\n  # title: CHỦ TỊCH",
  department: "  # authority: []\n  # title: GIÁM ĐỐC",
  commune: "  # authority: [TM. ỦY BAN NHÂN DÂN]\n  # title: CHỦ TỊCH",
  district: "  # authority: [TM. ỦY BAN NHÂN DÂN]\n  # title: CHỦ TỊCH",
  organization: "  authority: [TM. BAN THƯỜNG TRỰC]\n  title: CHỦ TỊCH",
};

const ARCHIVE_UNIT: Record<Tier, string> = { province: "KGVX", department: "VP", commune: "VHXH", district: "VHTT", organization: "MTTQ" };

/**
 * A starter plan for a tier, commented in Vietnamese, that validates and builds as it stands:
 * the usual skeleton of a Kế hoạch (I. Mục đích, yêu cầu … IV. Tổ chức thực hiện), the tier's
 * defaults from the built-in templates, and the issuer filled from the bundled unit list.
 */
export function starterPlan(options: StarterOptions): string {
  const { tier } = options;
  const issuer = issuerFor(tier, options.unit);
  const year = tier === "district" ? 2025 : options.today.getFullYear();
  const month = tier === "district" ? 6 : options.today.getMonth() + 1;
  const date = `${year}-${String(month).padStart(2, "0")}`;
  const title = `Tổ chức các hoạt động văn hóa, thể thao năm ${year}`;
  const lowerTitle = `tổ chức các hoạt động văn hóa, thể thao năm ${year}`;
  const where = tier === "department" || tier === "province" ? `${issuer.provinceType} ${issuer.province}` : `${issuer.unitType}`;
  const body = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    `# Kế hoạch của ${issuer.name}${tier === "department" || tier === "province" ? "" : ` (${issuer.provinceType} ${issuer.province})`}: tệp khởi đầu do \`kehoach init\` tạo.`,
    "# Sửa nội dung cho phù hợp rồi chạy: kehoach validate <tệp> && kehoach build <tệp>",
    "# Mỗi dòng là một đoạn văn; dòng bắt đầu bằng \"- \" là gạch đầu dòng. Không gõ số thứ tự mục,",
    "# không gõ dấu \";\" cuối căn cứ, nơi nhận: kehoach tự làm theo Nghị định 30/2020/NĐ-CP.",
    "",
    `# Cấp ban hành: ${TIER_NOTE[tier]}.`,
    `tier: ${tier}`,
    "issuer:",
    "  # Tên đầy đủ của cơ quan ban hành, viết như trong câu (kehoach tự in hoa ở phần tiêu đề).",
    `  name: ${y(issuer.name)}`,
    ...(issuer.code ? ["  # Chữ viết tắt của cơ quan trong ký hiệu văn bản (Số: …/KH-SVHTTDL).", `  code: ${y(issuer.code)}`] : []),
    `  province: ${y(issuer.province)}`,
    "",
    "# Số văn bản do văn thư cấp sau khi ký; để trống thì in \"Số:      /KH-…\". Ví dụ:",
    "# number: 12",
    "# Địa danh trước ngày tháng: tên đơn vị hành chính nơi cơ quan đóng trụ sở.",
    `place: ${y(issuer.place)}`,
    "# Ngày ban hành: NĂM-THÁNG-NGÀY (ví dụ 2026-05-12); ghi NĂM-THÁNG để văn thư điền ngày.",
    `date: ${date}`,
    "",
    "# Trích yếu: viết thường như một câu, không gõ in hoa.",
    `title: ${y(title)}`,
    "",
    "# Căn cứ (nếu có): mỗi căn cứ một dòng bắt đầu bằng \"Căn cứ\"; kehoach tự thêm \";\" và \".\". Ví dụ:",
    "# basis:",
    "#   - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
    "",
    "# Đoạn mở đầu, trước mục I.",
    "preamble: |",
    `  ${issuer.name} ban hành Kế hoạch ${lowerTitle} như sau:`,
    "",
    "# Nội dung: kehoach tự đánh số I., 1., a) và in hoa tên mục lớn.",
    "sections:",
    "  - title: Mục đích, yêu cầu",
    "    sections:",
    "      - title: Mục đích",
    "        body: |",
    `          - Đẩy mạnh phong trào văn hóa, thể thao trên địa bàn ${where}, góp phần nâng cao đời sống tinh thần của Nhân dân.`,
    "      - title: Yêu cầu",
    "        body: |",
    "          - Tổ chức các hoạt động thiết thực, tiết kiệm, hiệu quả, bảo đảm an toàn.",
    "  - title: Nội dung",
    "    body: |",
    "      - Tổ chức các hoạt động văn nghệ, thể thao chào mừng các ngày lễ lớn trong năm.",
    "      - Tuyên truyền, vận động Nhân dân tích cực tham gia rèn luyện thân thể.",
    "  - title: Kinh phí thực hiện",
    "    body: |",
    "      Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán được giao và các nguồn hợp pháp khác.",
    "  - title: Tổ chức thực hiện",
    "    body: |",
    "      - Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai thực hiện Kế hoạch này.",
    "",
    "# Câu kết \"Trên đây là …\": bỏ trống để dùng câu kết mặc định của cấp ban hành; kehoach tự thêm \"./.\".",
    "# closing: …",
    "",
    "# Nơi nhận: không gõ \"-\" đầu dòng và \";\" cuối dòng; ghi chú mục đích (b/c, t/h) ở note.",
    "recipients:",
    recipients(tier, issuer),
    "# Dòng \"Lưu: VT, …\": chữ viết tắt của đơn vị soạn thảo.",
    "archive:",
    `  units: [${ARCHIVE_UNIT[tier]}]`,
    "",
    "signer:",
    `  # ${SIGNER_NOTE[tier]}`,
    SIGNER_HEAD[tier],
    "  # Họ và tên người ký, không ghi học hàm, học vị (TS., ThS.…).",
    "  name: Nguyễn Văn An",
    "",
  ];
  return body.join("\n");
}
