import { errorDiagnostic, KehoachError, type Diagnostic, type Position } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import { lineColumnOf, offsetOfLineColumn } from "../load/locate-in-value.js";
import type { TemplateRef } from "../load/template-set.js";
import { closest } from "../schema/suggest.js";
import type { TemplateEngine } from "./handlebars-env.js";
import { HelperRangeError } from "./helper-numbers.js";
import { HELPERS, HelperValueError } from "./helpers.js";
import { TemplateLimitError } from "./template-budget.js";

/** Where a template text came from, to point errors at it. */
export type FieldOrigin =
  | { readonly kind: "plan"; readonly path: readonly (string | number)[] }
  | { readonly kind: "template"; readonly ref: TemplateRef };

/**
 * Finds a plan field in its source file (supplied by the caller; keeps rendering pure). With
 * `valueOffset`, the position of that character of the field's value rather than of the field.
 */
export type LocateField = (path: readonly (string | number)[], valueOffset?: number) => { file: string; position?: Position };

interface HandlebarsErrorShape {
  message: string;
  lineNumber?: number;
  column?: number;
}

/** Line and column (1-based) inside the template text; Handlebars gives a 0-based column. */
function templatePosition(err: HandlebarsErrorShape): { line: number; column: number } | undefined {
  if (typeof err.lineNumber === "number") return { line: err.lineNumber, column: (err.column ?? 0) + 1 };
  const m = /on line (\d+)/.exec(err.message);
  return m ? { line: Number(m[1]), column: 1 } : undefined;
}

const HINT_SYNTAX = t("kiểm tra các cặp {{ }} và {{#if}} … {{/if}}", "check the {{ }} pairs and {{#if}} … {{/if}} blocks");

/** Handlebars' own wording, in plain words for the clerk. */
function syntaxMessage(message: string): LocalText {
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) {
    return t(
      `khối {{#${mismatch[1]}}} lại được đóng bằng {{/${mismatch[2]}}}`,
      `block {{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}`,
    );
  }
  if (/got 'EOF'/.test(message)) {
    return t("mẫu kết thúc khi một {{…}} hoặc khối {{#…}} chưa được đóng", "the template ends before a {{…}} or {{#…}} block is closed");
  }
  if (/Expecting [^\n]*'CLOSE'[^\n]*got 'INVALID'/.test(message)) {
    return t("biểu thức {{…}} không được đóng đúng bằng \"}}\"", "a {{…}} expression is not closed by \"}}\"");
  }
  const partial = /^The partial (\S+) could not be found/.exec(message);
  if (partial) return t(`không có mẫu con (partial) "${partial[1]}"`, `no partial named "${partial[1]}"`);
  if (/^Lexical error/.test(message)) return t("ký tự không hợp lệ trong {{…}}", "invalid character inside {{…}}");
  const firstLine = message.split("\n")[0] ?? message;
  if (/^Parse error/.test(firstLine)) return t("cú pháp {{…}} không hợp lệ ở đây", "invalid {{…}} syntax here");
  return t(`mẫu Handlebars sai cú pháp (${firstLine})`, `Handlebars template syntax error (${firstLine})`);
}

/**
 * A better place than Handlebars' for an unclosed template: its error points at the end of the
 * text; the clerk needs the "{{" or "{{#…}}" that was left open.
 */
function openingOffset(source: string, message: string): number | undefined {
  if (!/got 'EOF'/.test(message)) return undefined;
  const lastOpen = source.lastIndexOf("{{");
  if (lastOpen >= 0 && !source.slice(lastOpen).includes("}}")) return lastOpen;
  const block = source.lastIndexOf("{{#");
  return block >= 0 ? block : undefined;
}

/** Names the template could have meant: keys of the object the missing name was looked up in, and helpers. */
function candidates(source: string, offset: number | undefined, context: unknown): string[] {
  const expr = offset === undefined ? undefined : /^[\w.@/-]+/.exec(source.slice(offset))?.[0];
  const parents = (expr ?? "").split(/[./]/).slice(0, -1);
  let scope: unknown = context;
  for (const key of parents) scope = scope && typeof scope === "object" ? (scope as Record<string, unknown>)[key] : undefined;
  const keys = scope && typeof scope === "object" ? Object.keys(scope) : [];
  return parents.length === 0 ? [...keys, ...Object.keys(HELPERS)] : keys;
}

/** The text of the call at `offset`: "{{lower vars.x}}" or, inside another call, "(unitOf issuer.name)". */
function callText(source: string, offset: number | undefined): string | undefined {
  if (offset === undefined) return undefined;
  const rest = source.slice(offset);
  if (rest.startsWith("(")) {
    let depth = 0;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === "(") depth++;
      else if (rest[i] === ")" && --depth === 0) return rest.slice(0, i + 1);
    }
    return undefined;
  }
  const end = rest.indexOf("}}");
  return end < 0 ? undefined : rest.slice(0, end + 2).replace(/^(\{\{[^}]*\}\})\}$/u, "$1");
}

/** The expression written for argument `index` of a call ("vars.x" in "{{lower vars.x}}"), when it is a plain path. */
function argumentText(call: string | undefined, index: number): string | undefined {
  if (!call) return undefined;
  const inner = call.replace(/^\{\{~?\s*|\s*~?\}\}$|^\(|\)$/gu, "");
  const token = inner.split(/\s+/u)[index + 1];
  return token && /^[\w.@/-]+$/u.test(token) ? token : undefined;
}

const PROBLEM: Record<HelperValueError["problem"], (arg: string) => ReturnType<typeof t>> = {
  missing: (arg) => t(`${arg} không có giá trị`, `${arg} has no value`),
  "not-scalar": (arg) => t(`${arg} là một nhóm trường hoặc danh sách, không phải một giá trị chữ`, `${arg} is a group of fields or a list, not a text value`),
  "not-number": (arg) => t(`${arg} không phải số nguyên`, `${arg} is not a whole number`),
};

function describeHelper(err: HelperValueError, source: string, offset: number | undefined): Diagnostic {
  const call = callText(source, offset);
  const written = argumentText(call, err.index);
  const arg = written ? `"${written}"` : typeof err.value === "string" ? `"${err.value}"` : `đối số ${err.index + 1}`;
  const argEn = written ? `"${written}"` : typeof err.value === "string" ? `"${err.value}"` : `argument ${err.index + 1}`;
  const what = PROBLEM[err.problem];
  const shown = call ?? `{{${err.helper} …}}`;
  return errorDiagnostic("template-helper-value", t(`${shown}: ${what(arg).vi}`, `${shown}: ${what(argEn).en}`), {
    hint:
      err.problem === "missing"
        ? t(
            "thêm giá trị vào kế hoạch (vars:, issuer:…) hoặc cột tương ứng của danh sách đơn vị; dùng {{default x \"…\"}} nếu được phép để trống",
            "add the value to the plan (vars:, issuer:…) or the unit list's column; use {{default x \"…\"}} where it may be blank",
          )
        : err.problem === "not-scalar"
          ? t("trỏ tới một trường cụ thể, ví dụ issuer.name thay vì issuer", "point at one field, e.g. issuer.name rather than issuer")
          : t("ghi một số nguyên, ví dụ {{day 5}}", "give a whole number, e.g. {{day 5}}"),
  });
}

function describe(err: HandlebarsErrorShape, known: readonly string[], source: string, offset: number | undefined): { code: "template" | "render"; diag: Diagnostic } {
  if (err instanceof HelperValueError) return { code: "render", diag: describeHelper(err, source, offset) };

  if (err instanceof TemplateLimitError) {
    return {
      code: "template",
      diag: errorDiagnostic("template-limit", err.text, {
        hint: t("mẫu đòi quá nhiều việc; xem các giới hạn trong docs/limits.md", "the template asks for too much work; see the limits in docs/limits.md"),
      }),
    };
  }
  if (err instanceof HelperRangeError) return { code: "render", diag: errorDiagnostic("template-helper-value", err.text) };
  // Handlebars' parser and compiler recurse; a template nested past the stack is refused, not a crash.
  if (err instanceof RangeError) {
    return { code: "template", diag: errorDiagnostic("template-limit", t("mẫu lồng nhau quá sâu", "the template nests too deeply"), { hint: HINT_SYNTAX }) };
  }
  const missing = /^"([^"]+)" not defined in/.exec(err.message);
  if (missing) {
    const expr = offset === undefined ? undefined : /^\{\{~?\s*([\w.@/-]+)\s*~?\}\}/u.exec(source.slice(offset))?.[1];
    const name = expr && expr.split(/[./]/u).includes(missing[1]!) ? expr : missing[1]!;
    const helper = closest(missing[1]!, known);
    return {
      code: "render",
      diag: errorDiagnostic("template-missing-value", t(`mẫu dùng "${name}" nhưng không có giá trị này`, `the template uses "${name}", which has no value`), {
        hint:
          helper && helper !== missing[1]
            ? t(`có phải ý bạn là "${helper}"?`, `did you mean "${helper}"?`)
            : t(
                "kiểm tra chính tả tên biến, hoặc thêm giá trị vào kế hoạch (vars:, issuer:…) hay cột tương ứng của danh sách đơn vị",
                "check the variable's spelling, or add the value to the plan (vars:, issuer:…) or the unit list column",
              ),
      }),
    };
  }
  return { code: "template", diag: errorDiagnostic("template-syntax", syntaxMessage(err.message), { hint: HINT_SYNTAX }) };
}

/** Renders one template text; a Handlebars error becomes a located KehoachError. */
export function renderField(engine: TemplateEngine, source: string, context: unknown, origin: FieldOrigin, locateField: LocateField): string {
  try {
    const text = engine.render(source, context);
    // Plain text comes back as it went in, already NFC (the load stage normalised it).
    return text === source ? text : text.normalize("NFC");
  } catch (raw) {
    const err = raw as HandlebarsErrorShape;
    const reported = templatePosition(err);
    const offset = openingOffset(source, err.message) ?? (reported ? offsetOfLineColumn(source, reported.line, reported.column) : undefined);
    const { code, diag } = describe(err, candidates(source, offset, context), source, offset);
    if (origin.kind === "template") {
      const inTemplate = offset === undefined ? undefined : lineColumnOf(source, offset);
      throw new KehoachError(code, { ...diag, file: origin.ref.file, ...(inTemplate ? { position: inTemplate } : {}) });
    }
    // The field's value is the template text: its line and column become a value offset.
    const where = locateField(origin.path, offset);
    throw new KehoachError(code, { ...diag, file: where.file, path: origin.path, ...(where.position ? { position: where.position } : {}) });
  }
}
