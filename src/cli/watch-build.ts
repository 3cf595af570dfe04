import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { t } from "../i18n/text.js";
import { diskTemplates } from "../templates-provider.js";
import { buildOne, reportBuildError, type BuildRun } from "./build-one.js";

/**
 * `build --watch`: rebuilds a plan each time it, or a file in a --templates folder, is saved.
 * Editors save in bursts (write, rename, chmod), so changes are gathered for a short quiet
 * period before one rebuild. Outputs are written atomically and only after a successful
 * build, so a save with an error leaves the last good DOCX/PDF in place (a PDF viewer that
 * reloads keeps showing it). Stops on Ctrl-C (or `signal`).
 */

const QUIET_MS = 150;

const clock = (): string => new Date().toTimeString().slice(0, 8);

export async function watchBuild(run: BuildRun, plans: readonly string[], templateDirs: readonly string[], signal?: AbortSignal): Promise<void> {
  const { ctx } = run;
  const files = plans.map((p) => path.resolve(ctx.io.cwd, p));
  const dirty = new Set<number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const rebuild = async (index: number, fresh: boolean): Promise<void> => {
    if (fresh) run.templates = diskTemplates(templateDirs);
    const started = performance.now();
    const plan = plans[index]!;
    const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
    try {
      const written = await buildOne(run, plan);
      const out = written.map((f) => path.relative(ctx.io.cwd, f) || f).join(", ");
      ctx.io.stderr.write(`[${clock()}] ${ctx.color.green("✔")} ${plan} → ${out} (${seconds()} s)\n`);
    } catch (err) {
      reportBuildError(ctx, err, files[index]!);
      ctx.io.stderr.write(
        `[${clock()}] ${ctx.color.red("✘")} ${plan} (${seconds()} s): ${ctx.say(t("có lỗi, giữ nguyên tệp kết quả trước", "failed, the previous output is kept"))}\n`,
      );
    }
  };

  const schedule = (indexes: readonly number[]): void => {
    for (const i of indexes) dirty.add(i);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const batch = [...dirty].sort((a, b) => a - b);
      dirty.clear();
      running = running.then(async () => {
        for (const [k, i] of batch.entries()) await rebuild(i, k === 0);
      });
    }, QUIET_MS);
  };

  // Folders, not files: editors save by writing a new file and renaming it over the old one,
  // which ends a watch on the file itself.
  const watchers: FSWatcher[] = [];
  const byDir = new Map<string, number[]>();
  files.forEach((f, i) => byDir.set(path.dirname(f), [...(byDir.get(path.dirname(f)) ?? []), i]));
  for (const [dir, indexes] of byDir) {
    watchers.push(
      watch(dir, (_event, name) => {
        const hit = indexes.filter((i) => name === null || path.basename(files[i]!) === name.toString());
        if (hit.length) schedule(hit);
      }),
    );
  }
  for (const dir of templateDirs) {
    watchers.push(watch(dir, { recursive: true }, () => schedule(files.map((_, i) => i))));
  }

  for (let i = 0; i < plans.length; i++) await rebuild(i, false);
  ctx.io.stderr.write(
    `${ctx.say(t(`đang theo dõi ${plans.length} kế hoạch${templateDirs.length ? ` và ${templateDirs.length} thư mục mẫu` : ""}; Ctrl-C để dừng`, `watching ${plans.length} plan(s)${templateDirs.length ? ` and ${templateDirs.length} template folder(s)` : ""}; Ctrl-C to stop`))}\n`,
  );

  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    signal?.addEventListener("abort", stop, { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await running;
}


