import Handlebars from "handlebars";

/**
 * A new, isolated Handlebars environment: the full Handlebars in the library (tsc's output).
 * The CLI's bundle replaces this module (scripts/bundle.mjs) with one that starts from
 * Handlebars' runtime and loads its compiler (parser, compiler, source maps: about 190 KB of
 * code) on the first template that was not precompiled, so a build whose templates are all
 * built-in never loads it (docs/performance.md).
 */
export const createHandlebars = (): typeof Handlebars => Handlebars.create();
