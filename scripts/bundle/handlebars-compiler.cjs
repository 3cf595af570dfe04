/**
 * Handlebars' compiler for the CLI's bundle, built by scripts/bundle.mjs into
 * dist/bundle/handlebars-compiler.cjs and required by the bundle's createHandlebars
 * (src/render/handlebars-instance.ts) on the first template that was not precompiled.
 * `install(hb)` gives a runtime environment what Handlebars' own `create()` adds to it
 * (node_modules/handlebars/dist/cjs/handlebars.js), from the same package version.
 */
const compiler = require("handlebars/dist/cjs/handlebars/compiler/compiler.js");
const base = require("handlebars/dist/cjs/handlebars/compiler/base.js");
// These two set `module.exports` to their default export, as Babel's interop expects.
const defaultExport = (m) => (m && m.__esModule ? m.default : m);
const JavaScriptCompiler = defaultExport(require("handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"));
const AST = defaultExport(require("handlebars/dist/cjs/handlebars/compiler/ast.js"));

module.exports = function install(hb) {
  hb.compile = (input, options) => compiler.compile(input, options, hb);
  hb.precompile = (input, options) => compiler.precompile(input, options, hb);
  hb.AST = AST;
  hb.Compiler = compiler.Compiler;
  hb.JavaScriptCompiler = JavaScriptCompiler;
  hb.Parser = base.parser;
  hb.parse = base.parse;
  hb.parseWithoutProcessing = base.parseWithoutProcessing;
  return hb;
};
