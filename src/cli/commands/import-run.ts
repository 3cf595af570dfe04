import { existsSync } from "node:fs";
import path from "node:path";
import { EXIT_CODES, errorDiagnostic, KehoachError, toKehoachError, type Diagnostic } from "../../errors.js";
import { t, type LocalText } from "../../i18n/text.js";
// The DOCX reader and LibreOffice conversion load only when this command runs.
import type { ImportResult } from "../../import/import-docx.js";
import type { NoteKind } from "../../import/notes.js";
import { schemaRefFor } from "../../init/schema-link.js";
import { readDocxFile } from "../../load/read-docx-file.js";
import { readFailure } from "../../load/read-source.js";
import { writeOutputAtomic } from "../../pack/write-output.js";
import { fail, type CliContext } from "../io.js";
import { diagnosticsJson, reportDiagnostics } from "../report.js";

export interface ImportFlags {
  output?: string;
  force?: boolean;
  format?: string;
}

const FORMATS = ["text", "json"] as const;
const usage = (message: LocalText) => new KehoachError("usage", errorDiagnostic("usage", message));

async function readInput(file: string, env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  const { CONVERTIBLE, convertToDocx } = await import("../../import/convert-office.js");
  if (CONVERTIBLE.includes(path.extname(file).toLowerCase())) {
    if (!existsSync(file)) throw new KehoachError("io", errorDiagnostic("io-read", readFailure(Object.assign(new Error("ENOENT"), { code: "ENOENT" })), { file }));
    return convertToDocx(file, env);
  }
  return readDocxFile(file);
}

const KIND_LABEL: Record<NoteKind, LocalText> = {
  recognised: t("nhận ra", "recognised"),
  guessed: t("đoán", "guessed"),
  text: t("giữ thành văn bản", "kept as text"),
  rule: t("giữ như bản gốc, hạ quy tắc", "kept as written, rule downgraded"),
};

function reportJson(ctx: CliContext, shown: string, output: string, result: ImportResult): object {
  const of = (kind: NoteKind) => result.notes.filter((n) => n.kind === kind).map((n) => ({ path: n.path.join("."), message: ctx.say(n.message), ...(n.paragraph !== undefined ? { paragraph: n.paragraph } : {}) }));
  return { file: shown, output, ok: true, recognised: of("recognised"), guessed: of("guessed"), text: of("text"), rules: of("rule") };
}

/** The action of `kehoach import` (its options: import.ts). */
export async function runImport(ctx: CliContext, files: string[], flags: ImportFlags): Promise<void> {
  const format = flags.format ?? "text";
  const json: object[] = [];
  try {
    if (!(FORMATS as readonly string[]).includes(format)) throw usage(t(`định dạng không hợp lệ: ${format} (text hoặc json)`, `unknown format: ${format} (text or json)`));
    if (flags.output !== undefined && files.length > 1) throw usage(t("-o chỉ dùng được với một văn bản", "-o takes a single input document"));
  } catch (err) {
    const e = toKehoachError(err);
    reportDiagnostics(ctx, e.diagnostics);
    fail(ctx, EXIT_CODES[e.code]);
    return;
  }
  for (const name of files) {
    const file = path.resolve(ctx.io.cwd, name);
    const shown = path.relative(ctx.io.cwd, file) || file;
    const out = flags.output === "-" ? undefined : path.resolve(ctx.io.cwd, flags.output ?? file.replace(/\.[^./\\]*$/, "") + ".yaml");
    const outShown = out === undefined ? "-" : path.relative(ctx.io.cwd, out) || out;
    try {
      if (out !== undefined && existsSync(out) && !flags.force) {
        throw new KehoachError(
          "io",
          errorDiagnostic("import-exists", t(`tệp ${outShown} đã có; không ghi đè`, `${outShown} already exists; not overwritten`), {
            file: out,
            hint: t("dùng --force để ghi đè, hoặc -o <tệp khác>", "use --force to overwrite, or -o <another file>"),
          }),
        );
      }
      const { importDocx } = await import("../../import/import-docx.js");
      const result = importDocx(await readInput(file, ctx.io.env), { file, schemaRef: schemaRefFor(out) });
      if (out === undefined) ctx.io.stdout.write(result.yaml);
      else await writeOutputAtomic(out, new TextEncoder().encode(result.yaml));
      if (format === "json") json.push(reportJson(ctx, shown, outShown, result));
      else reportText(ctx, shown, outShown, result);
    } catch (err) {
      const e = toKehoachError(err);
      const diagnostics: Diagnostic[] = e.diagnostics.map((d) => (d.file ? d : { ...d, file }));
      if (format === "json") json.push({ file: shown, ok: false, error: diagnosticsJson(ctx, diagnostics) });
      else reportDiagnostics(ctx, diagnostics);
      fail(ctx, EXIT_CODES[e.code]);
    }
  }
  if (format === "json") ctx.io.stderr.write(`${JSON.stringify({ files: json }, null, 2)}\n`);
}

function reportText(ctx: CliContext, shown: string, output: string, result: ImportResult): void {
  const count = (kind: NoteKind) => result.notes.filter((n) => n.kind === kind).length;
  const summary = (["recognised", "guessed", "text", "rule"] as const).map((k) => `${count(k)} ${ctx.say(KIND_LABEL[k])}`).join(", ");
  ctx.io.stderr.write(`${ctx.color.green("✔")} ${shown} → ${output} (${summary})\n`);
  for (const n of result.notes.filter((x) => x.kind === "recognised")) ctx.io.stderr.write(ctx.color.dim(`  ✓ ${ctx.say(n.message)}\n`));
  reportDiagnostics(ctx, result.diagnostics.filter((d) => d.severity !== "notice"));
}
