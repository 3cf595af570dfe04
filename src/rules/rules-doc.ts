import type { Lang } from "../i18n/text.js";
import { REGISTRY, type RegistryEntry } from "./registry-entries.js";

/**
 * docs/rules.md, generated from the registry (a test keeps the committed file equal to this):
 * how to set a rule's level, then every rule id with its level, sides, clause and summary.
 */

const cell = (s: string): string => s.replace(/\|/gu, "\\|").replace(/\n/gu, " ");

const WORDS = {
  vi: { error: "lỗi", warning: "cảnh báo", plan: "kế hoạch", docx: "DOCX" },
  en: { error: "error", warning: "warning", plan: "plan", docx: "DOCX" },
} as const;

function levelText(e: RegistryEntry, lang: Lang): string {
  const w = WORDS[lang];
  const plan = e.plan?.severity;
  const docx = e.docx ? (e.docx.level === "E" ? "error" : "warning") : undefined;
  if (plan && docx && plan !== docx) return `${w[plan]} (${w.plan}) / ${w[docx]} (${w.docx})`;
  return w[e.level];
}

function table(lang: Lang): string {
  const w = WORDS[lang];
  const head = lang === "vi" ? "| Mã | Mức mặc định | Kiểm tra trên | Căn cứ | Nội dung |" : "| Id | Default level | Checked on | Clause | What it checks |";
  const rows = REGISTRY.map((e) => {
    const sides = e.sides.map((s) => w[s]).join(" + ");
    const summary = lang === "vi" ? e.summary.vi : e.summary.en;
    return `| \`${e.id}\` | ${levelText(e, lang)} | ${sides} | ${cell(e.clause || "—")} | ${cell(summary)} |`;
  });
  return [head, "|---|---|---|---|---|", ...rows].join("\n");
}

const VI = `# Quy tắc thể thức (rules)

> Tệp này được tạo tự động từ danh mục quy tắc (\`src/rules/registry.ts\`); đừng sửa tay. Cập nhật: \`npm run docs:rules\`.

Mỗi quy tắc có một mã cố định. Một mã là một quy tắc của Nghị định 30 dù kiểm tra ở đâu: trên **kế hoạch**
(\`validate\`, \`build\`, \`batch\`, báo tại \`tệp:dòng:cột\` của trường) hay trên **DOCX** (\`check\`, \`build --check\`).
Quy tắc có cả hai phía được một thiết lập áp dụng cho cả hai, nên \`validate\` và \`check\` không bao giờ nói ngược nhau.

## Đổi mức của quy tắc

Mức: \`error\` (lỗi: không ghi tệp, mã thoát 9), \`warning\` (cảnh báo: vẫn in ra, vẫn ghi tệp; \`--strict\` coi là lỗi)
hoặc \`off\` (tắt hẳn).

- Trong kế hoạch, nhóm \`rules:\` ở cấp trên cùng — dùng khi sao lại đúng một văn bản đã ban hành:

  \`\`\`yaml
  rules:
    ND30-so-ky-hieu: warning      # số "0129" như văn bản gốc
    ND30-luu: warning             # "Lưu: MTTQ." không có VT
    ND30-trich-yeu-in-hoa: warning
  \`\`\`

  Áp dụng cho \`validate\`, \`build\`, \`batch\` và cả bước \`build --check\`. Mã không tồn tại là lỗi có vị trí, kèm gợi ý mã gần nhất.
- Trên dòng lệnh: \`--rule MÃ=MỨC\` (lặp lại được) cho \`validate\`, \`build\`, \`batch\`, \`check\`; ghi đè \`rules:\` của kế hoạch.
- \`kehoach check --config quy-tac.yaml\`: một tệp YAML có nhóm \`rules:\` như trên (cờ \`--rule\` ghi đè tệp này).

Quy tắc bị hạ mức vẫn in phát hiện của nó thành cảnh báo: bản sao trung thực vẫn nói rõ chỗ khác Nghị định 30.
Các mã thoát khác không đổi.

## Danh sách quy tắc

`;

const EN = `# Layout rules

> Generated from the rule registry (\`src/rules/registry.ts\`); do not edit. Update: \`npm run docs:rules\`.

Every rule has a stable id. An id is one rule of Decree 30 wherever it is checked: on the **plan** (\`validate\`,
\`build\`, \`batch\`, reported at the field's \`file:line:col\`) or on the **DOCX** (\`check\`, \`build --check\`). A rule checked
on both sides is governed by one setting, so \`validate\` and \`check\` never disagree about it.

## Changing a rule's level

Levels: \`error\` (fails: nothing written, exit code 9), \`warning\` (printed, the file is still written; \`--strict\`
makes it fail) or \`off\` (silenced).

- In the plan, a top-level \`rules:\` map — for a faithful copy of an issued document:

  \`\`\`yaml
  rules:
    ND30-so-ky-hieu: warning      # number "0129" as issued
    ND30-luu: warning             # "Lưu: MTTQ." without VT
    ND30-trich-yeu-in-hoa: warning
  \`\`\`

  Honoured by \`validate\`, \`build\`, \`batch\` and the \`build --check\` step. An unknown id is a located error with the
  closest id suggested.
- On the command line: \`--rule ID=LEVEL\` (repeatable) on \`validate\`, \`build\`, \`batch\`, \`check\`; it overrides the plan's \`rules:\`.
- \`kehoach check --config rules.yaml\`: a YAML file with a \`rules:\` map as above (\`--rule\` flags override it).

A downgraded rule still prints its finding as a warning: a faithful copy stays honest about where it departs from
Decree 30. Other exit codes are unchanged.

## Rule list

`;

export function rulesDoc(): string {
  return `${VI}${table("vi")}\n\n---\n\n${EN}${table("en")}\n`;
}
