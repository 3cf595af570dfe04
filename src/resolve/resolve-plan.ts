import { memoByText } from "../cache/text-memo.js";
import { KehoachError, type Diagnostic } from "../errors.js";
import type { TemplateName, TemplateSet } from "../load/template-set.js";
import { dateWords, isoDate, parseIssueDate, type IssueDate } from "../render/date-line.js";
import { numberText } from "../render/document-number.js";
import type { TemplateEngine } from "../render/handlebars-env.js";
import { renderField, type LocateField } from "../render/render-field.js";
import { t } from "../i18n/text.js";
import type { Plan, Recipient, Section } from "../schema/plan-schema.js";
import { FootnoteRefs } from "./footnote-refs.js";
import { mixedHeaderWarnings, organizationRequirements } from "./issuer-defaults.js";
import { resolveAppendix } from "./resolve-appendix.js";
import type { ResolvedPart, ResolvedPlan, ResolvedSection } from "./resolved-plan.js";

type Path = readonly (string | number)[];

/** Per-unit data in a batch ({{unit.name}}, {{unit.code}}…); empty for a single plan. */
export type UnitRecord = Readonly<Record<string, string>>;

export interface ResolveInput {
  readonly plan: Plan;
  readonly templates: TemplateSet;
  readonly engine: TemplateEngine;
  readonly locateField: LocateField;
  readonly unit?: UnitRecord;
}

/**
 * A text's non-empty lines, trimmed. Remembered by text (cache/text-memo.ts): a batch gets the
 * same lines, as the same strings, for every unit whose field renders the same, so what reads
 * them later (lint, layout) finds them in its own caches without hashing them again. The array
 * is shared: frozen.
 */
const lines = memoByText((text: string): readonly string[] =>
  Object.freeze(
    text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== ""),
  ),
);

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === "";

/** The archive fields a template may read, every key present (templates run in strict mode). */
function archiveContext(plan: Plan): Record<string, unknown> {
  const a = typeof plan.archive === "object" ? plan.archive : undefined;
  return {
    units: a?.units ?? [],
    copies: a?.copies ?? null,
    copiesText: a?.copies === undefined ? "" : String(a.copies).padStart(2, "0"),
    drafter: a?.drafter ?? "",
    issued: a?.issued ?? null,
  };
}

/** Stage 3: plan + tier templates (+ unit) → every text rendered, every default applied. */
export function resolvePlan(input: ResolveInput): ResolvedPlan {
  const { plan, templates, engine, locateField } = input;
  const warnings: Diagnostic[] = [];
  const unit = input.unit ?? {};
  const date: IssueDate = parseIssueDate(plan.date);

  // Context grows as fields are resolved; later fields may use earlier ones.
  const ctx: Record<string, unknown> = {
    tier: plan.tier,
    unit,
    vars: plan.vars ?? {},
    date: { year: date.year, month: date.month ?? null, day: date.day ?? null, iso: isoDate(date), words: dateWords(date) },
    archive: archiveContext(plan),
  };
  // A failing field is recorded and resolving goes on, so one run reports every template
  // error; the plan is thrown out at the end if any field failed.
  const failures: KehoachError[] = [];
  const attempt = (render: () => string): string => {
    try {
      return render();
    } catch (err) {
      if (!(err instanceof KehoachError)) throw err;
      failures.push(err);
      return "";
    }
  };
  const notes = new FootnoteRefs();
  const field = (source: string, path: Path): string =>
    attempt(() => {
      const out = renderField(engine, source, ctx, { kind: "plan", path }, locateField);
      notes.record(source, out, path);
      return out;
    });
  const template = (name: TemplateName): string => {
    const ref = templates.templates.get(name)!;
    return attempt(() => renderField(engine, ref.source, ctx, { kind: "template", ref }, locateField));
  };
  const orTemplate = (value: string | undefined, path: Path, name: TemplateName): string =>
    value === undefined ? template(name) : field(value, path);

  // 1. Identity of the issuer and of the document.
  const issuer: Record<string, unknown> = {
    name: field(plan.issuer.name, ["issuer", "name"]),
    province: plan.issuer.province === undefined ? "" : field(plan.issuer.province, ["issuer", "province"]),
    code: "",
  };
  ctx.issuer = issuer;
  issuer.code = orTemplate(plan.issuer.code, ["issuer", "code"], "issuer-code").trim();
  const number = plan.number === undefined ? "" : plan.number;
  ctx.number = number;
  ctx.numberText = numberText(number);
  const symbol = orTemplate(plan.symbol, ["symbol"], "symbol").trim();
  ctx.symbol = symbol;
  const title = lines(field(plan.title, ["title"])).join("\n");
  ctx.title = title;
  ctx.titleText = title.replace(/\n/g, " ");
  const place = orTemplate(plan.place, ["place"], "place").trim();
  ctx.place = place;

  const headerLines = plan.issuer.header
    ? plan.issuer.header.flatMap((l, i) => lines(field(l, ["issuer", "header", i])))
    : lines(template("issuer-header"));
  const parentLines = plan.issuer.parent_header
    ? plan.issuer.parent_header.flatMap((l, i) => lines(field(l, ["issuer", "parent_header", i])))
    : plan.issuer.parent !== undefined
      ? lines(field(plan.issuer.parent, ["issuer", "parent"]))
      : lines(template("issuer-parent"));

  // 2. Content.
  const textList = (list: readonly string[] | undefined, path: Path): string[] =>
    (list ?? []).flatMap((item, i) => lines(field(item, [...path, i])));

  const section = (s: Section, path: Path): ResolvedSection => ({
    title: s.title === undefined ? "" : field(s.title, [...path, "title"]).replace(/\s*\n\s*/g, " ").trim(),
    label: s.label === undefined ? null : field(s.label, [...path, "label"]).trim(),
    numbering: s.numbering ?? null,
    text: s.text === undefined ? "" : field(s.text, [...path, "text"]).trim(),
    body: textList(s.body, [...path, "body"]),
    sections: (s.sections ?? []).map((child, i) => section(child, [...path, "sections", i])),
  });

  const recipient = (r: Recipient, i: number): string =>
    typeof r === "string"
      ? field(r, ["recipients", i]).trim()
      : `${field(r.name, ["recipients", i, "name"]).trim()}${r.note === undefined ? "" : ` (${field(r.note, ["recipients", i, "note"]).trim()})`}`;

  const signerName = field(plan.signer.name, ["signer", "name"]).trim();
  if (signerName.includes("\n")) failures.push(nameOnTwoLines(locateField));
  const signer = {
    authority: plan.signer.authority ? textList(plan.signer.authority, ["signer", "authority"]) : lines(template("signer-authority")),
    title: orTemplate(plan.signer.title, ["signer", "title"], "signer-title").trim(),
    name: signerName.replace(/\s+/g, " "),
    below: textList(plan.signer.below, ["signer", "below"]),
  };
  ctx.signer = signer;

  const parts: ResolvedPart[] = plan.parts
    ? plan.parts.map((p, i) => ({
        label: p.label === undefined ? null : field(p.label, ["parts", i, "label"]).trim(),
        title: field(p.title, ["parts", i, "title"]).replace(/\s*\n\s*/g, " ").trim(),
        sections: p.sections.map((s, j) => section(s, ["parts", i, "sections", j])),
      }))
    : [{ label: "", title: "", sections: (plan.sections ?? []).map((s, i) => section(s, ["sections", i])) }];
  if (plan.parts && plan.sections) failures.push(partsAndSections(locateField));
  if (!plan.parts && !plan.sections) failures.push(noSections(locateField));
  const footnotes = new Map(Object.entries(plan.footnotes ?? {}).map(([id, note]) => [id, field(note, ["footnotes", id]).replace(/\s*\n\s*/g, " ").trim()]));
  const closing = plan.closing === false ? null : lines(orTemplate(plan.closing, ["closing"], "closing")).join(" ");

  const resolved: ResolvedPlan = {
    tier: plan.tier,
    issuer: {
      name: issuer.name as string,
      code: issuer.code as string,
      parentLines,
      headerLines,
      headerAsWritten: plan.issuer.header !== undefined,
      parentAsWritten: plan.issuer.parent_header !== undefined,
      headerSizePt: plan.issuer.header_size ?? 13,
    },
    number,
    symbol,
    place,
    date,
    title,
    basis: textList(plan.basis, ["basis"]),
    basisItalic: plan.basis_style !== "upright",
    preamble: textList(plan.preamble, ["preamble"]),
    numbering: plan.numbering ?? "roman",
    parts,
    closing,
    footnotes,
    recipients: (plan.recipients ?? []).map(recipient).filter((r) => !isBlank(r)),
    archive:
      typeof plan.archive === "string" ? field(plan.archive, ["archive"]).trim() : lines(template("archive")).join(" "),
    signer,
    appendices: (plan.appendices ?? []).map((a, i) => resolveAppendix(a, i, field, () => template("appendix-reference").trim())),
    marks: {
      urgency: plan.urgency ?? "",
      confidentiality: plan.confidentiality ?? "",
      circulation: plan.circulation ?? "",
    },
    warnings,
  };
  const problems = [...notes.check(footnotes, locateField), ...organizationRequirements(plan, place, locateField)];
  if (problems.length > 0) failures.push(new KehoachError("schema", problems));
  warnings.push(...mixedHeaderWarnings(plan, { symbol, authority: signer.authority, closing }, locateField));
  if (failures.length > 0) throw collectFailures(failures);
  return resolved;
}

const at = (locateField: LocateField, path: Path) => {
  const where = locateField(path);
  return { file: where.file, path, ...(where.position ? { position: where.position } : {}) };
};

function nameOnTwoLines(locateField: LocateField): KehoachError {
  return new KehoachError("schema", {
    severity: "error",
    code: "signer-name-line-break",
    message: t("họ tên người ký có dấu xuống dòng", "the signer's name has a line break"),
    hint: t(
      "họ tên in trên một dòng; các dòng in dưới họ tên (chức vụ thứ hai…) ghi ở signer.below",
      "the name prints on one line; lines under the name (a second position…) go in signer.below",
    ),
    ...at(locateField, ["signer", "name"]),
  });
}

function partsAndSections(locateField: LocateField): KehoachError {
  return new KehoachError("schema", {
    severity: "error",
    code: "schema-parts-and-sections",
    message: t("kế hoạch có cả parts và sections", "the plan has both parts and sections"),
    hint: t("khi có các Phần, đặt mọi mục vào parts[].sections", "with parts, put every section under parts[].sections"),
    ...at(locateField, ["sections"]),
  });
}

function noSections(locateField: LocateField): KehoachError {
  return new KehoachError("schema", {
    severity: "error",
    code: "schema-missing-field",
    message: t('thiếu trường bắt buộc "sections" (hoặc "parts")', 'required field "sections" (or "parts") is missing'),
    ...at(locateField, []),
  });
}

/** Every failed field in one error, each reported once; the first failure names the error class. */
function collectFailures(failures: readonly KehoachError[]): KehoachError {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const d of failures.flatMap((f) => f.diagnostics)) {
    const key = JSON.stringify([d.code, d.file, d.position, d.message.en]);
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(d);
  }
  return new KehoachError(failures[0]!.code, diagnostics);
}
