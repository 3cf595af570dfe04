import Handlebars from "handlebars";
import { HELPERS } from "./helpers.js";

export type CompiledTemplate = (context: unknown) => string;

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
    try {
      this.hb.parse(source);
    } catch (err) {
      const where = (this.hb as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
      if (err instanceof Error && where && (err as { lineNumber?: number }).lineNumber === undefined) {
        Object.assign(err, { lineNumber: where.first_line, column: where.first_column });
      }
      throw err;
    }
  }
}
