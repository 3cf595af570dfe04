import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { TEMPLATE_NAMES, type TemplateOrigin, type TemplateRef, type TemplateSet } from "./template-set.js";

/** Built-in templates ship with the package; found from this file, never from the cwd. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL("../../templates/", import.meta.url));

interface Root {
  readonly dir: string;
  readonly origin: TemplateOrigin;
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new KehoachError("io", errorDiagnostic("io-read", t(`không đọc được mẫu: ${String(err)}`, `cannot read template: ${String(err)}`), { file }));
  }
};

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
      partials.set(name, { name, file, origin: root.origin, source: readText(file)!.replace(/\n$/, ""), tried: [file] });
    }
  }
  return partials;
}

/**
 * Stage 1 (disk): the tier's templates. `--templates DIR` folders come first, in the order
 * given, then the built-in ones; any single template or partial can be overridden alone.
 */
export function loadTemplates(tier: string, templateDirs: readonly string[] = []): TemplateSet {
  const roots: Root[] = [
    ...templateDirs.map((dir) => ({ dir: path.resolve(dir), origin: "templates-dir" as const })),
    { dir: BUILTIN_TEMPLATES, origin: "builtin" },
  ];
  const templates = new Map(TEMPLATE_NAMES.map((name) => [name, findTemplate(roots, tier, name)] as const));
  return { tier, templates, partials: listPartials(roots) };
}
