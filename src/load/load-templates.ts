import { lstatSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { firstXmlIllegalAt } from "./xml-chars.js";
import { readBoundedSync } from "./read-bounded.js";
import { notRegularFile, readFailure } from "./read-source.js";
import { TEMPLATE_NAMES, type TemplateOrigin, type TemplateRef, type TemplateSet } from "./template-set.js";

/** Built-in templates ship with the package; found from this file, never from the cwd. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL("../../templates/", import.meta.url));

interface Root {
  readonly dir: string;
  readonly origin: TemplateOrigin;
}

/** A template bigger than this is not a template (the largest built-in one: ~1 KB). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

const templateError = (file: string, message: LocalText, position?: { line: number; column: number }) =>
  new KehoachError("template", errorDiagnostic("template-file", message, { file, ...(position ? { position } : {}) }));

/**
 * A template file's text, or undefined when there is no such file. Only a regular UTF-8 file
 * of bounded size is read (a FIFO or device is refused, not waited on); a link whose target is
 * missing is an error, not "no template".
 */
const readText = (file: string): string | undefined => {
  let read: ReturnType<typeof readBoundedSync>;
  try {
    read = readBoundedSync(file, MAX_TEMPLATE_BYTES);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      if (!isDanglingLink(file)) return undefined;
      throw templateError(file, t("liên kết (symlink) trỏ tới tệp không tồn tại", "a symbolic link to a file that does not exist"));
    }
    throw new KehoachError("io", errorDiagnostic("io-read", readFailure(err), { file }));
  }
  if (!read.ok && read.problem === "not-regular") throw templateError(file, notRegularFile(read.kind));
  if (!read.ok) throw templateError(file, t(`mẫu quá lớn (hơn ${MAX_TEMPLATE_BYTES / 1048576} MB)`, `template too large (over ${MAX_TEMPLATE_BYTES / 1048576} MB)`));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    throw templateError(file, t("mẫu không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8", "the template is not UTF-8 text; save it again as UTF-8"));
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
  const bad = firstXmlIllegalAt(text);
  if (bad) {
    throw templateError(
      file,
      t(`ký tự ${bad.name} không được phép trong văn bản Word (XML 1.0)`, `the character ${bad.name} is not allowed in a Word document (XML 1.0)`),
      { line: bad.line, column: bad.column },
    );
  }
  return text;
};

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A `--templates` folder that is missing or not a folder is an error, never silently ignored. */
function checkTemplateDir(dir: string): void {
  let problem: LocalText | undefined;
  try {
    if (!statSync(dir).isDirectory()) problem = t("--templates phải là một thư mục, đây là một tệp", "--templates must be a folder; this is a file");
  } catch {
    problem = t("không tìm thấy thư mục mẫu (--templates)", "template folder (--templates) not found");
  }
  if (problem) throw new KehoachError("io", errorDiagnostic("templates-dir", problem, { file: dir }));
}

/** A template's file: <root>/<tier>/<name>.hbs, then <root>/common/<name>.hbs, over every root in order. */
function findTemplate(roots: readonly Root[], tier: string, name: string): TemplateRef {
  const tried: string[] = [];
  for (const root of roots) {
    for (const folder of [tier, "common"]) {
      const file = path.join(root.dir, folder, `${name}.hbs`);
      tried.push(file);
      const source = readText(file);
      if (source !== undefined) return { name, file, origin: root.origin, source: source.replace(/\n$/, ""), tried };
    }
  }
  throw new KehoachError(
    "template",
    errorDiagnostic("template-not-found", t(`không tìm thấy mẫu "${name}" cho cấp ${tier}`, `template "${name}" not found for tier ${tier}`), {
      hint: t(`đã tìm ở: ${tried.join(", ")}`, `looked in: ${tried.join(", ")}`),
    }),
  );
}

function listPartials(roots: readonly Root[]): Map<string, TemplateRef> {
  const partials = new Map<string, TemplateRef>();
  // Later roots have lower priority: walk from the last so earlier roots overwrite.
  for (const root of [...roots].reverse()) {
    const dir = path.join(root.dir, "partials");
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((f) => f.endsWith(".hbs")).sort();
    } catch {
      continue;
    }
    for (const f of names) {
      const file = path.join(dir, f);
      const name = f.slice(0, -4);
      const source = readText(file);
      if (source === undefined) throw templateError(file, t("tệp mẫu con biến mất khi đang đọc", "the partial disappeared while being read"));
      partials.set(name, { name, file, origin: root.origin, source: source.replace(/\n$/, ""), tried: [file] });
    }
  }
  return partials;
}

/**
 * Stage 1 (disk): the tier's templates. `--templates DIR` folders come first, in the order
 * given, then the built-in ones; any single template or partial can be overridden alone.
 */
export function loadTemplates(tier: string, templateDirs: readonly string[] = []): TemplateSet {
  for (const dir of templateDirs) checkTemplateDir(path.resolve(dir));
  const roots: Root[] = [
    ...templateDirs.map((dir) => ({ dir: path.resolve(dir), origin: "templates-dir" as const })),
    { dir: BUILTIN_TEMPLATES, origin: "builtin" },
  ];
  const templates = new Map(TEMPLATE_NAMES.map((name) => [name, findTemplate(roots, tier, name)] as const));
  return { tier, templates, partials: listPartials(roots) };
}
