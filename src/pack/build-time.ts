import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";

/**
 * The time written into docProps/core.xml. Never "now": SOURCE_DATE_EPOCH when set (the
 * reproducible-builds convention, as pandoc honours it), else the plan's issue date.
 */
export function buildTimeIso(planIsoDate: string, sourceDateEpoch: string | undefined): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== "") {
    const seconds = Number(sourceDateEpoch);
    if (!Number.isInteger(seconds) || seconds < 0) {
      throw new KehoachError(
        "usage",
        errorDiagnostic("source-date-epoch", t(`SOURCE_DATE_EPOCH không hợp lệ: "${sourceDateEpoch}"`, `invalid SOURCE_DATE_EPOCH: "${sourceDateEpoch}"`), {
          hint: t("cần số giây kể từ 1970-01-01 UTC, ví dụ 1767225600", "expects seconds since 1970-01-01 UTC, e.g. 1767225600"),
        }),
      );
    }
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return `${planIsoDate}T00:00:00Z`;
}
