import { errorDiagnostic, KehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import type { UnitRecord } from "../resolve/resolve-plan.js";
import { PlanSchema, type Plan } from "../schema/plan-schema.js";

/**
 * Columns of the unit list that replace a field of the model plan for that unit (README,
 * "Cột ghi đè"). An empty cell keeps the plan's value, so one list can give a signer for some
 * communes and leave the others to the plan's placeholder. Values are taken literally, not as
 * templates: a "{{" in the data prints as typed. List columns separate items with "|".
 */
export interface OverrideColumn {
  readonly column: string;
  /** The plan field it replaces, as written in plan.yaml. */
  readonly field: string;
  readonly description: LocalText;
}

export const OVERRIDE_COLUMNS: readonly OverrideColumn[] = [
  { column: "number", field: "number", description: t("số văn bản (chỉ chữ số)", "document number (digits only)") },
  { column: "date", field: "date", description: t("ngày ban hành: 2026-05-12, 2026-05 hoặc 2026", "issue date: 2026-05-12, 2026-05 or 2026") },
  { column: "place", field: "place", description: t("địa danh trước ngày tháng", "place name before the date") },
  { column: "issuer_name", field: "issuer.name", description: t("tên đầy đủ của cơ quan ban hành", "issuing body's full name") },
  { column: "signer_name", field: "signer.name", description: t("họ và tên người ký", "signer's full name") },
  { column: "signer_title", field: "signer.title", description: t("chức vụ người ký, ví dụ PHÓ CHỦ TỊCH", "signer's title, e.g. PHÓ CHỦ TỊCH") },
  {
    column: "signer_authority",
    field: "signer.authority",
    description: t("các dòng thẩm quyền ký, cách nhau bởi |, ví dụ TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH", "authority lines separated by |, e.g. TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH"),
  },
  { column: "recipients", field: "recipients", description: t("nơi nhận thay cho danh sách của kế hoạch, cách nhau bởi |", "recipients replacing the plan's list, separated by |") },
];

/** Handlebars prints `\{{` as `{{`: data is text, never a template. */
const literal = (value: string): string => value.replace(/\{\{/g, "\\{{");

const items = (value: string): string[] =>
  value
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");

function invalid(column: string, value: string, reason: LocalText | undefined): KehoachError {
  const why = reason ?? t("giá trị không hợp lệ", "invalid value");
  return new KehoachError(
    "batch",
    errorDiagnostic("batch-override", t(`cột ${column} = "${value}": ${why.vi}`, `column ${column} = "${value}": ${why.en}`), { path: [column] }),
  );
}

/** The reason a field schema gives (the plan schema's bilingual refine messages). */
function parseField<K extends "number" | "date">(key: K, column: string, value: string): NonNullable<Plan[K]> {
  const result = PlanSchema.shape[key].safeParse(value);
  if (result.success && result.data !== undefined) return result.data as NonNullable<Plan[K]>;
  const params = result.success ? undefined : (result.error.issues[0] as { params?: { vi?: string; en?: string } } | undefined)?.params;
  throw invalid(column, value, params?.vi && params.en ? t(params.vi, params.en) : undefined);
}

/** The override columns this record fills (non-empty cells only). */
export const usedOverrides = (record: UnitRecord): string[] =>
  OVERRIDE_COLUMNS.map((c) => c.column).filter((c) => (record[c] ?? "").trim() !== "");

/** The model plan with this unit's override columns applied; the plan itself is not changed. */
export function applyOverrides(plan: Plan, record: UnitRecord): Plan {
  const cell = (column: string): string | undefined => {
    const v = record[column]?.trim();
    return v === undefined || v === "" ? undefined : v;
  };
  let out: Plan = plan;
  const set = (patch: Partial<Plan>): void => {
    out = { ...out, ...patch };
  };
  const number = cell("number");
  if (number !== undefined) set({ number: parseField("number", "number", number) });
  const date = cell("date");
  if (date !== undefined) set({ date: parseField("date", "date", date) });
  const place = cell("place");
  if (place !== undefined) set({ place: literal(place) });
  const issuerName = cell("issuer_name");
  if (issuerName !== undefined) set({ issuer: { ...out.issuer, name: literal(issuerName) } });
  const signerName = cell("signer_name");
  if (signerName !== undefined) set({ signer: { ...out.signer, name: literal(signerName) } });
  const signerTitle = cell("signer_title");
  if (signerTitle !== undefined) set({ signer: { ...out.signer, title: literal(signerTitle) } });
  const authority = cell("signer_authority");
  if (authority !== undefined) {
    const lines = items(authority);
    if (lines.length === 0) throw invalid("signer_authority", authority, t("không có dòng nào", "no lines"));
    set({ signer: { ...out.signer, authority: lines.map(literal) } });
  }
  const recipients = cell("recipients");
  if (recipients !== undefined) set({ recipients: items(recipients).map(literal) });
  return out;
}
