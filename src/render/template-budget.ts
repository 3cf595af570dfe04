import { t, type LocalText } from "../i18n/text.js";

/**
 * Bounds on template work. A template is data from the plan or a templates folder, and a few
 * bytes of it can ask for exponential work (partials that call themselves twice, three nested
 * {{#each}} over a long list) or a compile the size of the text (200,000 {{tier}}). Each
 * bound below is far above what a plan needs; they are listed in docs/limits.md.
 */
export const TEMPLATE_LIMITS = {
  /**
   * {{…}} expressions in one template text (a long model plan field: a few dozen), and in the
   * texts compiled for one document. Compiling costs about 0.3 ms per expression.
   */
  expressionsPerText: 2_000,
  expressionsPerDocument: 5_000,
  /** {{#…}} blocks open inside one another. */
  blockDepth: 64,
  /** {{> partial}} calls inside one another (a partial that calls itself). */
  partialDepth: 32,
  /** Helper calls, block bodies and partials run for one field. */
  expansionsPerField: 100_000,
  /** … and for the whole document. */
  expansionsPerDocument: 1_000_000,
  /** Characters one field may produce. */
  charsPerField: 1_000_000,
  /** Characters all fields of one document may produce (a 5 MB plan: about 5 million). */
  charsPerDocument: 6_000_000,
} as const;

/** A template asked for more work than a limit allows; renderField locates it. */
export class TemplateLimitError extends Error {
  constructor(
    readonly limit: keyof typeof TEMPLATE_LIMITS,
    readonly text: LocalText,
  ) {
    super(text.en);
  }
}

const n = (v: number, lang: "vi" | "en"): string => v.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");

export function limitText(limit: keyof typeof TEMPLATE_LIMITS): LocalText {
  const v = TEMPLATE_LIMITS[limit];
  switch (limit) {
    case "expressionsPerText":
      return t(`mẫu có hơn ${n(v, "vi")} biểu thức {{…}} (giới hạn một trường)`, `the template has more than ${n(v, "en")} {{…}} expressions (the limit for one field)`);
    case "expressionsPerDocument":
      return t(`các mẫu của văn bản có hơn ${n(v, "vi")} biểu thức {{…}}`, `the document's templates have more than ${n(v, "en")} {{…}} expressions`);
    case "blockDepth":
      return t(`mẫu lồng hơn ${v} khối {{#…}} vào nhau`, `the template nests more than ${v} {{#…}} blocks`);
    case "partialDepth":
      return t(`mẫu con (partial) gọi lồng nhau quá ${v} cấp (có thể tự gọi chính nó)`, `partials call each other more than ${v} deep (perhaps one calls itself)`);
    case "expansionsPerField":
      return t(`mẫu chạy quá ${n(v, "vi")} lượt trợ giúp, khối hoặc mẫu con trong một trường`, `the template runs more than ${n(v, "en")} helpers, blocks or partials in one field`);
    case "expansionsPerDocument":
      return t(`các mẫu chạy quá ${n(v, "vi")} lượt trợ giúp, khối hoặc mẫu con trong một văn bản`, `templates run more than ${n(v, "en")} helpers, blocks or partials in one document`);
    case "charsPerField":
      return t(`mẫu sinh ra hơn ${n(v, "vi")} ký tự trong một trường`, `the template produces more than ${n(v, "en")} characters in one field`);
    case "charsPerDocument":
      return t(`các mẫu sinh ra hơn ${n(v, "vi")} ký tự trong một văn bản`, `templates produce more than ${n(v, "en")} characters in one document`);
  }
}

const fail = (limit: keyof typeof TEMPLATE_LIMITS): never => {
  throw new TemplateLimitError(limit, limitText(limit));
};

/** Checks a template text before it is compiled (number of expressions, block nesting); returns the number of expressions. */
export function checkTemplateShape(source: string): number {
  let expressions = 0;
  let depth = 0;
  for (let i = source.indexOf("{{"); i >= 0; i = source.indexOf("{{", i + 2)) {
    if (++expressions > TEMPLATE_LIMITS.expressionsPerText) fail("expressionsPerText");
    let at = i + 2;
    while (source[at] === "{" || source[at] === "~") at++;
    const c = source[at];
    // {{^}} alone is an {{else}}, not a block.
    if (c === "#" || (c === "^" && source[at + 1] !== "}")) {
      if (++depth > TEMPLATE_LIMITS.blockDepth) fail("blockDepth");
    } else if (c === "/") depth--;
  }
  return expressions;
}

type AnyFn = (this: unknown, ...a: unknown[]) => unknown;

/** Counts the work of rendering: per field and per document. One per TemplateEngine. */
export class TemplateBudget {
  private fieldExpansions = 0;
  private documentExpansions = 0;
  private documentChars = 0;
  private partialDepth = 0;
  private compiledExpressions = 0;

  beginDocument(): void {
    this.compiledExpressions = 0;
    this.documentExpansions = 0;
    this.documentChars = 0;
  }

  beginField(): void {
    this.fieldExpansions = 0;
    this.partialDepth = 0;
  }

  /** A text about to be compiled (cached texts are free). */
  compiling(source: string): void {
    this.compiledExpressions += checkTemplateShape(source);
    if (this.compiledExpressions > TEMPLATE_LIMITS.expressionsPerDocument) fail("expressionsPerDocument");
  }

  /**
   * A field's output: its size counts once toward the document. Plain text (no {{…}}) is the
   * plan's own text, bounded by the plan's size: only templates have a per-field limit.
   */
  endField(output: string, plain: boolean): void {
    if (!plain && output.length > TEMPLATE_LIMITS.charsPerField) fail("charsPerField");
    this.documentChars += output.length;
    if (this.documentChars > TEMPLATE_LIMITS.charsPerDocument) fail("charsPerDocument");
  }

  /** Helper calls and blocks run so far by the current field. */
  get fieldWork(): number {
    return this.fieldExpansions;
  }

  /** A field whose text was reused (render-memo.ts): its work and its output count toward the document as if it ran. */
  replayField(expansions: number, output: string, plain: boolean): void {
    this.beginField();
    this.documentExpansions += expansions;
    if (this.documentExpansions > TEMPLATE_LIMITS.expansionsPerDocument) fail("expansionsPerDocument");
    this.endField(output, plain);
  }

  private tick(): void {
    if (++this.fieldExpansions > TEMPLATE_LIMITS.expansionsPerField) fail("expansionsPerField");
    if (++this.documentExpansions > TEMPLATE_LIMITS.expansionsPerDocument) fail("expansionsPerDocument");
  }

  /** Any piece of output on its way: a piece over the field's limit means the field is. */
  private measure(value: unknown): unknown {
    if (typeof value === "string" && value.length > TEMPLATE_LIMITS.charsPerField) fail("charsPerField");
    return value;
  }

  /** A helper that counts each call, and each run of its block bodies (options.fn / inverse). */
  wrapHelper(helper: AnyFn): AnyFn {
    const budget = this;
    const wrapBody = (body: AnyFn): AnyFn =>
      Object.assign(function (this: unknown, ...a: unknown[]) {
        budget.tick();
        return budget.measure(body.apply(this, a));
      }, body);
    return function (this: unknown, ...a: unknown[]) {
      budget.tick();
      const options = a[a.length - 1] as { fn?: AnyFn; inverse?: AnyFn } | undefined;
      if (options && typeof options === "object") {
        if (typeof options.fn === "function") options.fn = wrapBody(options.fn);
        if (typeof options.inverse === "function") options.inverse = wrapBody(options.inverse);
      }
      return budget.measure(helper.apply(this, a));
    };
  }

  /** Handlebars' partial call, counted and bounded in depth. */
  wrapPartial(invoke: AnyFn): AnyFn {
    const budget = this;
    return function (this: unknown, ...a: unknown[]) {
      budget.tick();
      if (++budget.partialDepth > TEMPLATE_LIMITS.partialDepth) fail("partialDepth");
      try {
        return budget.measure(invoke.apply(this, a));
      } finally {
        budget.partialDepth--;
      }
    };
  }
}
