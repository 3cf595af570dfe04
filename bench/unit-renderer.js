/**
 * The batch's rendering path of one built checkout, without writing files: the library's own
 * per-unit renderer (src/batch/render-unit.ts, `returnBytes`), which `kehoach batch` runs in
 * every thread (resolve with render reuse, lint, layout, the block-cache packer, sha256).
 * Shared by bench/render-compare.js and bench/thread-scaling.js.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** A function rendering a list of unit records with the build in `root` (a checkout with dist/). */
export async function batchRenderer(root, plan) {
  const load = (p) => import(pathToFileURL(path.join(path.resolve(root), "dist", p)).href);
  const { decodeSource } = await load("load/source-text.js");
  const { createUnitRenderer } = await load("batch/render-unit.js");
  const render = createUnitRenderer({ source: decodeSource(plan, readFileSync(plan)).source, templateDirs: [], outDir: path.dirname(plan), mode: "write", strict: false, returnBytes: true });
  let index = 0;
  return async (records) => {
    for (const record of records) {
      const outcome = await render({ index: index++, record, file: `${record.code}.docx` });
      if (outcome.status !== "written") throw new Error(`unit ${record.code}: ${outcome.error?.message.en ?? outcome.status}`);
    }
  };
}

/** The unit records of a unit list (the country's: data/communes-2025.csv), read by the build in `root`. */
export async function unitRecords(root, file) {
  const { readUnits } = await import(pathToFileURL(path.join(path.resolve(root), "dist", "batch/read-units.js")).href);
  return (await readUnits(file)).rows.map((r) => r.record);
}
