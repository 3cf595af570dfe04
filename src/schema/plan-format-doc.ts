import type { Lang } from "../i18n/text.js";
import { planJsonSchemaBilingual } from "./json-schema.js";

/**
 * docs/plan-format.md, generated from the plan's JSON Schema (itself generated from the zod
 * schema), so the reference lists every field with the help and examples written next to it in
 * src/schema/plan-schema.ts. `npm run docs` writes it; a test keeps the committed page equal.
 */

type Node = Record<string, unknown>;

export interface FieldRow {
  readonly path: string;
  readonly type: { vi: string; en: string };
  readonly required: boolean;
  readonly description: { vi: string; en: string | undefined };
  readonly examples: readonly unknown[] | undefined;
}

const TEXT = { vi: "chữ", en: "text" };
const OTHER_SPELLING = { vi: "cách viết khác (xem ý nghĩa)", en: "another spelling (see meaning)" };

function resolveRef(node: Node, root: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const name = ref.replace(/^#\/definitions\//, "");
  return ((root.definitions as Record<string, Node> | undefined)?.[name] ?? node) as Node;
}

const isTextNode = (n: Node): boolean => Array.isArray(n.type) && (n.type as string[]).includes("string");

function typeOf(raw: Node, root: Node): { vi: string; en: string } {
  const node = resolveRef(raw, root);
  if (Array.isArray(node.enum)) {
    const values = (node.enum as unknown[]).map((v) => `\`${String(v)}\``).join(" \\| ");
    return { vi: values, en: values };
  }
  if (Array.isArray(node.anyOf)) {
    const branches = node.anyOf as Node[];
    // Beside a list of values, a patterned text is other spellings of them (tier: xã), not any text.
    const spellings = branches.some((n) => Array.isArray(n.enum));
    const parts = branches.map((n) => (spellings && n.type === "string" && typeof n.pattern === "string" ? OTHER_SPELLING : typeOf(n, root)));
    const unique = (lang: Lang) => [...new Set(parts.map((p) => p[lang]))].join(lang === "vi" ? " hoặc " : " or ");
    return { vi: unique("vi"), en: unique("en") };
  }
  if (isTextNode(node)) return TEXT;
  switch (node.type) {
    case "string":
      return TEXT;
    case "integer":
      return { vi: "số nguyên", en: "integer" };
    case "number":
      return { vi: "số", en: "number" };
    case "null":
      return { vi: "trống (`null`)", en: "empty (`null`)" };
    case "boolean":
      return { vi: "`true` \\| `false`", en: "`true` \\| `false`" };
    case "array": {
      const item = typeOf((node.items ?? {}) as Node, root);
      return { vi: `danh sách ${item.vi}`, en: `list of ${item.en}` };
    }
    case "object":
      return node.properties ? { vi: "nhóm trường", en: "group of fields" } : { vi: "bảng tên → giá trị", en: "map of names → values" };
    default:
      return { vi: "bất kỳ", en: "any" };
  }
}

/** The object shapes reachable from a node: itself, its list items, the object variants of a union. */
function objectsIn(raw: Node, root: Node, suffix = ""): { node: Node; suffix: string }[] {
  const node = resolveRef(raw, root);
  if (node.type === "object" && node.properties) return [{ node, suffix }];
  if (node.type === "array" && node.items) return objectsIn(node.items as Node, root, `${suffix}[]`);
  if (Array.isArray(node.anyOf)) return (node.anyOf as Node[]).flatMap((n) => objectsIn(n, root, suffix));
  return [];
}

function collect(object: Node, root: Node, prefix: string, rows: FieldRow[], seen: Set<Node>): void {
  if (seen.has(object)) return;
  seen.add(object);
  const required = new Set((object.required as string[] | undefined) ?? []);
  for (const [name, raw] of Object.entries((object.properties ?? {}) as Record<string, Node>)) {
    const node = resolveRef(raw, root);
    const described = typeof raw.description === "string" ? raw : node;
    const path = `${prefix}${name}`;
    rows.push({
      path,
      type: typeOf(raw, root),
      required: required.has(name),
      description: { vi: String(described.description ?? ""), en: described.descriptionEn as string | undefined },
      examples: (raw.inputExamples ?? raw.examples ?? node.inputExamples ?? node.examples) as unknown[] | undefined,
    });
    for (const child of objectsIn(raw, root)) collect(child.node, root, `${path}${child.suffix}.`, rows, seen);
  }
}

/** Every field of the plan, depth first, as the schema declares them. */
export function planFields(): FieldRow[] {
  const root = planJsonSchemaBilingual();
  const rows: FieldRow[] = [];
  collect(root, root, "", rows, new Set());
  return rows;
}

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const inline = (v: unknown): string => {
  const json = JSON.stringify(v);
  return typeof v === "string" ? `\`${v}\`` : `\`${json}\``;
};

function table(rows: readonly FieldRow[], lang: Lang): string {
  const head =
    lang === "vi" ? "| trường | kiểu | bắt buộc | ý nghĩa | ví dụ |\n|---|---|---|---|---|" : "| field | type | required | meaning | example |\n|---|---|---|---|---|";
  const yes = lang === "vi" ? "có" : "yes";
  const lines = rows.map((r) => {
    const text = lang === "vi" ? r.description.vi : (r.description.en ?? r.description.vi);
    const example = r.examples?.[0] === undefined ? "" : cell(inline(r.examples[0]));
    return `| \`${r.path}\` | ${r.type[lang]} | ${r.required ? yes : ""} | ${cell(text)} | ${example} |`;
  });
  return [head, ...lines].join("\n");
}

const EXAMPLE = `\`\`\`yaml
tier: commune                       # province | department | commune | district
issuer:
  name: Ủy ban nhân dân xã Na Dương
date: 2026-05                       # 2026-05-12; 2026-05 / 2026
title: Tuyên truyền, quảng bá ASEAN trên địa bàn xã Na Dương năm 2026
preamble: Thực hiện Kế hoạch số 153/KH-UBND ngày 23/4/2026 của Ủy ban nhân dân tỉnh Lạng Sơn …
sections:
  - title: Mục đích, yêu cầu         # I., 1., 1.1., a)
    sections:
      - title: Mục đích
        body: |
          - Tuyên truyền sâu rộng đến cán bộ, công chức …
recipients:
  - Sở Văn hóa, Thể thao và Du lịch
  - { name: UBND tỉnh, note: b/c }
signer:
  name: Lê Văn Hưởng                # TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
\`\`\``;

/** The whole page. */
export function planFormatMarkdown(): string {
  const rows = planFields();
  return `# Định dạng kế hoạch (\`plan.yaml\`) — Plan format

<!-- Generated by \`npm run docs\` from src/schema/plan-schema.ts (src/schema/plan-format-doc.ts); do not edit. -->

*Tiếng Việt trước, [English](#english) sau.*

## Tệp kế hoạch

Tệp YAML, mã UTF-8 (kehoach tự bỏ BOM, đổi CRLF và chuẩn hóa về Unicode dựng sẵn NFC, rồi báo
lại). Mọi trường văn bản đều là một mẫu Handlebars (\`{{…}}\`, xem [templates.md](templates.md)),
nên một kế hoạch có thể dùng cho nhiều đơn vị. Ví dụ đầy đủ: thư mục [\`examples/\`](../examples/);
kế hoạch khởi đầu cho từng cấp: [\`plans/\`](../plans/) hoặc \`kehoach init\`.

${EXAMPLE}

## Các trường

Bảng này sinh từ lược đồ (\`kehoach schema\`); \`a[].b\` là trường \`b\` của mỗi phần tử trong danh
sách \`a\`. "chữ" nhận cả số (\`2026\`). Một trường không có trong bảng là lỗi (mã thoát 4).

${table(rows, "vi")}

## Trình bày

**Trình bày theo Nghị định 30** (Phụ lục I) do kehoach bảo đảm, không phụ thuộc tệp kế hoạch hay
mẫu: khổ A4 dọc, lề trên/dưới 20 mm, trái 30 mm, phải 15 mm; Times New Roman, màu đen; bảng đầu
văn bản hai cột không viền (tên cơ quan với gạch dưới dài 1/3–1/2 dòng chữ | Quốc hiệu 13 đậm,
Tiêu ngữ 14 đậm với gạch dưới dài bằng dòng chữ); "Số: …/KH-…" 13 và địa danh, ngày tháng 14
nghiêng trên cùng một dòng (13 khi cỡ 14 không vừa cột; dài hơn nữa thì xuống dòng sau dấu phẩy
của địa danh); "KẾ HOẠCH" và trích yếu 14 đậm với gạch dưới; nội dung 14, căn đều
hai lề, lùi đầu dòng 1 cm, cách đoạn 6 pt, dòng 1,15; số trang 14 giữa lề trên từ trang 2; "Nơi
nhận:" 12 đậm nghiêng, các dòng 11, đặt cạnh khối chữ ký; đề mục luôn đi cùng đoạn sau, chữ ký
không bị tách khỏi đoạn cuối. Mọi con số nằm trong một mô-đun duy nhất
([\`src/layout/nd30.ts\`](../src/layout/nd30.ts)), mỗi số kèm khoảng cho phép và điều khoản.

## English

### The plan file

A YAML file in UTF-8 (kehoach removes a BOM, converts CRLF and normalises to precomposed Unicode
NFC, and says so). Every text field is a Handlebars template (\`{{…}}\`, see
[templates.md](templates.md#english)), so one plan can serve many units. Complete examples: the
[\`examples/\`](../examples/) folder; a starter plan per tier: [\`plans/\`](../plans/) or
\`kehoach init\`. The example above is a commune plan: tier, issuing body, date, summary line,
opening paragraph, nested sections (kehoach numbers them I., 1., 1.1., a)), recipients with a
note, and the signer (the default authority chain for a commune is TM. ỦY BAN NHÂN DÂN /
KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).

### Fields

This table is generated from the schema (\`kehoach schema --lang en\`); \`a[].b\` is field \`b\`
of each element of list \`a\`. "text" also accepts numbers (\`2026\`). A field not in the table is
an error (exit code 4).

${table(rows, "en")}

### Layout

**The Decree 30 layout** (Appendix I) is kehoach's job, whatever the plan or templates say: A4
portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman in black; a
borderless two-column header table (issuing body with a rule 1/3–1/2 of the text's length |
national title 13 pt bold, motto 14 pt bold with a rule as long as the text); "Số: …/KH-…" 13 pt
and the italic 14 pt place and date on one line (13 pt when 14 pt does not fit the column; longer
still, it breaks after the place's comma); "KẾ HOẠCH" and the summary line 14 pt bold with
a rule below; body 14 pt, justified, 1 cm first-line indent, 6 pt between paragraphs, 1.15 line
spacing; page numbers 14 pt centred in the top margin from page 2; "Nơi nhận:" 12 pt bold italic,
its lines 11 pt, beside the signature block; headings always stay with the next paragraph, the
signature never parts from the last paragraph. Every number lives in one module
([\`src/layout/nd30.ts\`](../src/layout/nd30.ts)) with its allowed range and clause.
`;
}
