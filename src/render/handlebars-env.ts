import { createHandlebars } from "./handlebars-instance.js";
import { HELPERS } from "./helpers.js";
import { PRECOMPILED_TEMPLATES } from "./precompiled-templates.js";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { checkTemplateShape, TemplateBudget, TemplateLimitError } from "./template-budget.js";
import { RenderMemo } from "./render-memo.js";

export type CompiledTemplate = (context: unknown) => string;

/** How every template is compiled (scripts/bundle.mjs precompiles the built-in ones with the same). */
export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

/** Names every object inherits ("toString", "constructor", "__proto__"…): never a plan value. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

interface AstNode {
  readonly type?: string;
  readonly parts?: readonly unknown[];
  readonly original?: string;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
}

/**
 * Handlebars checks `name in object` in strict mode, which an inherited name passes, then
 * refuses to read it and prints "": `{{toString}}` would render empty. Such a path is a
 * missing value, reported as Handlebars reports one (message, line, 0-based column).
 */
function rejectInherited(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) rejectInherited(child);
    return;
  }
  if (!node || typeof node !== "object") return;
  const n = node as AstNode;
  if (n.type === "PathExpression") {
    const bad = n.parts?.find((p) => typeof p === "string" && INHERITED.has(p));
    if (typeof bad === "string") {
      throw Object.assign(new Error(`"${n.original ?? bad}" not defined in the plan`), { lineNumber: n.loc?.start.line, column: n.loc?.start.column });
    }
  }
  for (const [key, value] of Object.entries(node)) if (key !== "loc" && value && typeof value === "object") rejectInherited(value);
}

/**
 * An isolated Handlebars instance: strict (a missing field is an error, not an empty string),
 * no HTML escaping (the output is document text, not HTML). Compiled templates are cached by
 * source, so a batch compiles each distinct text once.
 */
export class TemplateEngine {
  private readonly hb = createHandlebars();
  private readonly cache = new Map<string, CompiledTemplate>();
  /** Work done by templates, per field and per document (template-budget.ts). */
  readonly budget = new TemplateBudget();
  private memo: RenderMemo | undefined;

  constructor(partials: ReadonlyMap<string, string> = new Map()) {
    for (const [name, helper] of Object.entries(HELPERS)) this.hb.registerHelper(name, helper);
    for (const [name, source] of partials) {
      try {
        checkTemplateShape(source);
      } catch (err) {
        if (!(err instanceof TemplateLimitError)) throw err;
        throw new KehoachError("template", errorDiagnostic("template-limit", t(`mẫu con "${name}": ${err.text.vi}`, `partial "${name}": ${err.text.en}`)));
      }
      const precompiled = PRECOMPILED_TEMPLATES.get(source);
      this.hb.registerPartial(name, precompiled ? this.hb.template(precompiled as never) : source);
    }
    // Every helper (ours and Handlebars' own: each, if, with, lookup…) and every partial call
    // is counted, so no template can run away. The VM object is copied, not changed: it is
    // shared by every Handlebars instance in the process.
    const helpers = this.hb.helpers as Record<string, (...a: unknown[]) => unknown>;
    for (const name of Object.keys(helpers)) helpers[name] = this.budget.wrapHelper(helpers[name]!);
    const vm = this.hb.VM as unknown as Record<string, unknown>;
    (this.hb as unknown as { VM: unknown }).VM = { ...vm, invokePartial: this.budget.wrapPartial(vm.invokePartial as (...a: unknown[]) => unknown) };
  }

  /** Starts a new document's count (a batch renders many with one engine). */
  beginDocument(): void {
    this.budget.beginDocument();
  }

  /**
   * Batch: reuse a field's text for every unit that gives the values the template reads the
   * same (render-memo.ts). Not for a single build: finding what a built-in template reads
   * means parsing it, which the precompiled templates otherwise spare.
   */
  reuseRenders(): void {
    this.memo ??= new RenderMemo((source) => this.hb.parse(source), new Set(Object.keys(HELPERS)));
  }

  /** Renders one field's text within the budget; throws TemplateLimitError past a limit. */
  render(source: string, context: unknown): string {
    const compiled = this.compile(source);
    const key = this.memo && source.includes("{{") ? this.memo.keyOf(source, context) : undefined;
    const reused = key === undefined ? undefined : this.memo!.get(source, key);
    if (reused) {
      this.budget.replayField(reused.expansions, reused.text, reused.text === source);
      return reused.text;
    }
    this.budget.beginField();
    const text = compiled(context);
    this.budget.endField(text, text === source);
    if (key !== undefined) this.memo!.set(source, key, { text, expansions: this.budget.fieldWork });
    return text;
  }

  /** Compiles (or reuses) a template; throws Handlebars' own errors, which callers locate. */
  compile(source: string): CompiledTemplate {
    let compiled = this.cache.get(source);
    if (!compiled) {
      // Plain text needs no template machinery: most plan fields have no "{{".
      if (!source.includes("{{")) {
        compiled = () => source;
      } else {
        // Bounded first (a text of 200,000 {{…}} compiles to a function V8 cannot hold), then
        // parsed now so a syntax error surfaces here, with its line, not at first render.
        this.budget.compiling(source);
        const precompiled = PRECOMPILED_TEMPLATES.get(source);
        if (precompiled) {
          compiled = this.hb.template(precompiled as never);
        } else {
          this.parse(source);
          compiled = this.hb.compile(source, COMPILE_OPTIONS);
        }
      }
      this.cache.set(source, compiled);
    }
    return compiled;
  }

  /**
   * Handlebars' parser reports a syntax error as a bare Error whose text names the line only;
   * the column is in its lexer's last location. Copy both onto the error, as Handlebars does
   * for its own compile errors (lineNumber 1-based, column 0-based).
   */
  private parse(source: string): void {
    let ast: unknown;
    try {
      ast = this.hb.parse(source);
    } catch (err) {
      const where = (this.hb as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
      if (err instanceof Error && where && (err as { lineNumber?: number }).lineNumber === undefined) {
        Object.assign(err, { lineNumber: where.first_line, column: where.first_column });
      }
      throw err;
    }
    rejectInherited(ast);
  }
}
