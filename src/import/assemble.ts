import { t } from "../i18n/text.js";
import type { AppendixOut } from "./appendices.js";
import { escapeTemplates } from "./inline-text.js";
import type { HeaderResult } from "./header.js";
import type { Notes } from "./notes.js";
import type { ContentResult, SectionNode } from "./sections.js";
import { archiveField, type SignatureResult } from "./signature.js";

/**
 * The pieces read from the document put together as a plan object, keys in the README's order
 * ("Cấu trúc tệp kế hoạch"), empty fields left out. Fields a tier would print by default anyway
 * are written only when the document says something else (see repair.ts for the pruning).
 */
export interface Pieces {
  header: HeaderResult;
  titleLines: string[];
  content: ContentResult;
  signature: SignatureResult;
  appendices: AppendixOut[];
  notes: Notes;
  schema: { organization: boolean; below: boolean; rules: boolean };
  fallbackYear: string;
}

type Obj = Record<string, unknown>;

function section(s: SectionNode): Obj {
  const out: Obj = {};
  if (s.title !== "") out.title = s.title;
  if (s.label !== undefined) out.label = s.label;
  if (s.text !== undefined) out.text = s.text;
  if (s.numbering !== undefined) out.numbering = s.numbering;
  if (s.body.length) out.body = s.body.join("\n");
  if (s.sections.length) out.sections = s.sections.map(section);
  return out;
}

function appendix(a: AppendixOut): Obj {
  const out: Obj = {};
  // "untitled" is the import's own mark (see appendices.ts), not a plan field.
  if (a.label !== undefined) out.label = a.label;
  out.title = a.title;
  if (a.reference !== undefined) out.reference = a.reference;
  if (a.orientation) out.orientation = a.orientation;
  if (a.body.length) out.body = a.body.join("\n");
  if (a.table) out.table = a.table;
  if (a.content?.length) out.content = a.content;
  return out;
}

export function assemblePlan(p: Pieces): Obj {
  const { header, content, signature, notes } = p;
  const plan: Obj = {};
  let tier = header.tier;
  if (tier === "organization" && !p.schema.organization) {
    // Until the plan format has an organisation tier, a commune plan with the lines as written
    // (issuer.header, symbol, signer and closing all given) prints the same page.
    tier = "commune";
  }
  plan.tier = tier;
  plan.issuer = header.issuer;
  // "03" is how kehoach prints 3; a number written with more zeros is kept as typed (see repair.ts).
  if (header.number !== undefined) plan.number = /^[1-9]\d*$|^0[1-9]$/.test(header.number) ? Number(header.number) : header.number;
  if (header.symbol !== undefined) plan.symbol = header.symbol;
  if (header.place !== undefined) plan.place = header.place;
  if (tier === "organization") {
    // The organization tier has no defaults: what could not be read is left visible to fill in.
    if (plan.symbol === undefined && header.issuer.code === undefined) {
      plan.symbol = "KH-…";
      notes.add("guessed", ["symbol"], t("không đọc được ký hiệu văn bản; ghi tạm KH-…", "could not read the document symbol; wrote KH-… for now"));
    }
    if (plan.place === undefined) {
      plan.place = "…";
      notes.add("guessed", ["place"], t("không đọc được địa danh; ghi tạm …", "could not read the place name; wrote … for now"));
    }
  }
  if (header.date) plan.date = header.date;
  else {
    plan.date = p.fallbackYear;
    notes.add("guessed", ["date"], t(`không đọc được ngày ban hành; ghi năm ${p.fallbackYear}`, `could not read the issue date; wrote the year ${p.fallbackYear}`));
  }
  plan.title = p.titleLines.join("\n") || "Kế hoạch";
  if (content.basis.length) plan.basis = content.basis.length === 1 ? content.basis[0] : content.basis;
  if (content.preamble.length) plan.preamble = content.preamble.join("\n");
  if (content.numbering === "arabic") plan.numbering = "arabic";
  if (content.parts) plan.parts = content.parts.map((p) => ({ ...(p.label === undefined ? {} : { label: p.label }), title: p.title, sections: p.sections.map(section) }));
  else plan.sections = content.sections.map(section);
  if (content.closing !== undefined) plan.closing = content.closing;
  if (signature.recipients.length) plan.recipients = signature.recipients;
  const archive = signature.archive === undefined ? undefined : archiveField(signature.archive);
  if (archive !== undefined) plan.archive = archive;
  const signer: Obj = {};
  signer.authority = signature.signer.authority ?? [];
  signer.title = signature.signer.title ?? "";
  signer.name = signature.signer.name;
  if (signature.signer.below?.length) {
    if (p.schema.below) signer.below = signature.signer.below;
    else {
      notes.add("text", ["signer", "name"], t(`các dòng dưới họ tên người ký chưa có chỗ trong kế hoạch: ${signature.signer.below.join(" / ")}`, `the lines under the signer's name have no field yet: ${signature.signer.below.join(" / ")}`));
    }
  }
  plan.signer = signer;
  if (p.appendices.length) plan.appendices = p.appendices.map(appendix);
  const untitled = p.appendices.findIndex((a) => a.untitled);
  if (untitled >= 0 && p.schema.rules) {
    // The source has an appendix without a title: kept so, and the rule says so rather than fail.
    plan.rules = { "ND30-appendix-title": "warning" };
    notes.add("rule", ["rules", "ND30-appendix-title"], t("phụ lục không có tên (trái ND30-appendix-title, hạ xuống cảnh báo)", "an appendix has no title (breaks ND30-appendix-title, downgraded to a warning)"));
  }
  const marks = header.marks;
  if (marks.urgency) plan.urgency = marks.urgency;
  if (marks.confidentiality) plan.confidentiality = marks.confidentiality;
  if (marks.circulation) plan.circulation = marks.circulation;
  return escapeTemplates(plan);
}
