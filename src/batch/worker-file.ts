import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";

/**
 * The worker thread's entry. The bundled one (dist/bundle/worker.js, scripts/bundle.mjs) when
 * it is there: one file to load instead of ~300 modules, which takes a worker's start from about
 * 200 to about 80 ms of CPU. Else worker.js next to this module when running compiled; from the
 * sources (vitest runs src/*.ts) the compiled copies in dist/, which the test setup builds.
 */
export function workerFile(): string {
  const here = import.meta.url;
  const candidates = here.endsWith(".ts")
    ? [new URL("../../dist/bundle/worker.js", here), new URL("../../dist/batch/worker.js", here)]
    : [new URL("../bundle/worker.js", here), new URL("./worker.js", here)];
  const files = candidates.map((url) => fileURLToPath(url));
  const file = files.find((f) => existsSync(f)) ?? files.at(-1)!;
  if (!existsSync(file)) {
    throw new KehoachError(
      "internal",
      errorDiagnostic("batch-worker-missing", t(`không tìm thấy ${file}`, `${file} not found`), {
        hint: t("chạy `npm run build`, hoặc dùng --jobs 1", "run `npm run build`, or use --jobs 1"),
      }),
    );
  }
  return file;
}
