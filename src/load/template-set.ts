/** Where a template came from, in the order they are searched (first hit wins). */
export type TemplateOrigin = "templates-dir" | "builtin";

export interface TemplateRef {
  /** Template name without extension, e.g. "closing", or "partials/unit-line". */
  readonly name: string;
  readonly file: string;
  readonly origin: TemplateOrigin;
  readonly source: string;
  /** Every place looked at, in order, for `kehoach templates` and "not found" messages. */
  readonly tried: readonly string[];
}

/** The templates one tier uses, after overrides: defaults for wording, and partials. */
export interface TemplateSet {
  readonly tier: string;
  readonly templates: ReadonlyMap<string, TemplateRef>;
  readonly partials: ReadonlyMap<string, TemplateRef>;
}

/** The default templates every tier must provide (templates/<tier>/ or templates/common/). */
export const TEMPLATE_NAMES = [
  "issuer-header",
  "issuer-parent",
  "issuer-code",
  "symbol",
  "place",
  "signer-authority",
  "signer-title",
  "closing",
  "archive",
  "appendix-reference",
] as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[number];
