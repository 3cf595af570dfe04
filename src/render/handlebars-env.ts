import Handlebars from "handlebars";
import { HELPERS } from "./helpers.js";

export type CompiledTemplate = (context: unknown) => string;

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
  private readonly hb = Handlebars.create();
  private readonly cache = new Map<string, CompiledTemplate>();

  constructor(partials: ReadonlyMap<string, string> = new Map()) {
    for (const [name, helper] of Object.entries(HELPERS)) this.hb.registerHelper(name, helper);
    for (const [name, source] of partials) this.hb.registerPartial(name, source);
  }

  /** Compiles (or reuses) a template; throws Handlebars' own errors, which callers locate. */
  compile(source: string): CompiledTemplate {
    let compiled = this.cache.get(source);
    if (!compiled) {
      // Plain text needs no template machinery: most plan fields have no "{{".
      if (!source.includes("{{")) {
        compiled = () => source;
      } else {
        // Parse now so a syntax error surfaces here, with its line, not at first render.
        this.parse(source);
        compiled = this.hb.compile(source, { strict: true, noEscape: true });
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
