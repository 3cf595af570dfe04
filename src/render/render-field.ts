import { errorDiagnostic, KehoachError, type Diagnostic, type Position } from "../errors.js";
import { t } from "../i18n/text.js";
import type { TemplateRef } from "../load/template-set.js";
import type { TemplateEngine } from "./handlebars-env.js";

/** Where a template text came from, to point errors at it. */
export type FieldOrigin =
  | { readonly kind: "plan"; readonly path: readonly (string | number)[] }
  | { readonly kind: "template"; readonly ref: TemplateRef };

/** Finds a plan field in its source file (supplied by the caller; keeps rendering pure). */
export type LocateField = (path: readonly (string | number)[]) => { file: string; position?: Position };

interface HandlebarsErrorShape {
  message: string;
  lineNumber?: number;
  column?: number;
}

function templatePosition(err: HandlebarsErrorShape): { line: number; column: number } | undefined {
  if (typeof err.lineNumber === "number") return { line: err.lineNumber, column: (err.column ?? 0) + 1 };
  const m = /on line (\d+)/.exec(err.message);
  return m ? { line: Number(m[1]), column: 1 } : undefined;
}

const pathText = (path: readonly (string | number)[]): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

function describe(err: HandlebarsErrorShape): { code: "template" | "render"; diag: Diagnostic } {
  const missing = /^"([^"]+)" not defined in/.exec(err.message);
  if (missing) {
    return {
      code: "render",
      diag: errorDiagnostic("template-missing-value", t(`mẫu dùng "${missing[1]}" nhưng không có giá trị này`, `the template uses "${missing[1]}", which has no value`), {
        hint: t(
          "kiểm tra chính tả tên biến, hoặc thêm giá trị vào kế hoạch (vars:, issuer:…) hay cột tương ứng của danh sách đơn vị",
          "check the variable's spelling, or add the value to the plan (vars:, issuer:…) or the unit list column",
        ),
      }),
    };
  }
  const firstLine = err.message.split("\n")[0] ?? err.message;
  return {
    code: "template",
    diag: errorDiagnostic("template-syntax", t(`mẫu Handlebars sai cú pháp (${firstLine})`, `Handlebars template syntax error (${firstLine})`), {
      hint: t("kiểm tra các cặp {{ }} và {{#if}} … {{/if}}", "check the {{ }} pairs and {{#if}} … {{/if}} blocks"),
    }),
  };
}

/** Renders one template text; a Handlebars error becomes a located KehoachError. */
export function renderField(engine: TemplateEngine, source: string, context: unknown, origin: FieldOrigin, locateField: LocateField): string {
  try {
    return engine.compile(source)(context).normalize("NFC");
  } catch (raw) {
    const err = raw as HandlebarsErrorShape;
    const { code, diag } = describe(err);
    const inTemplate = templatePosition(err);
    if (origin.kind === "template") {
      throw new KehoachError(code, { ...diag, file: origin.ref.file, ...(inTemplate ? { position: inTemplate } : {}) });
    }
    const where = locateField(origin.path);
    // A field's own line 1 is the line of its YAML key; a block scalar starts one line lower.
    const position =
      where.position && inTemplate && inTemplate.line > 1
        ? { line: where.position.line + inTemplate.line - 1, column: inTemplate.column }
        : where.position;
    const detail = inTemplate ? ` [${pathText(origin.path)} ${inTemplate.line}:${inTemplate.column}]` : ` [${pathText(origin.path)}]`;
    throw new KehoachError(code, {
      ...diag,
      message: t(diag.message.vi + detail, diag.message.en + detail),
      file: where.file,
      path: origin.path,
      ...(position ? { position } : {}),
    });
  }
}
