/**
 * The built-in templates and partials (templates/), compiled by Handlebars when the CLI is
 * bundled (scripts/bundle.mjs replaces this module), keyed by their source text. The engine
 * uses one only for exactly that text (an override or a plan's own template is compiled as
 * usual), which spares a build compiling them: about 10–15 ms of CPU (docs/performance.md).
 * Empty in the library (tsc's output), which compiles every template at run time.
 */
export const PRECOMPILED_TEMPLATES: ReadonlyMap<string, object> = new Map();
