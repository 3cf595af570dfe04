/**
 * What a template reads, found from its Handlebars syntax tree, so a batch can reuse a field's
 * text for every unit that gives those values the same (render-memo.ts). A batch renders the
 * same model plan 3,321 times and most of its fields read nothing of the unit, or only
 * unit.type (three values in the country) or unit.province_name (34).
 *
 * The answer is a list of context paths (["unit", "type"], ["issuer", "name"]) when the
 * output is a function of their values alone, and undefined whenever that cannot be shown
 * from the syntax: a partial (its text is not here), a block that changes the context
 * ({{#each}}, {{#with}}), a helper other than the pure ones listed by the caller and
 * Handlebars' if/unless, @data variables, ../ and {{this}}. undefined only means "render every
 * time", never a wrong text.
 */

interface Node {
  readonly type: string;
  readonly body?: readonly Node[];
  readonly path?: Node;
  readonly params?: readonly Node[];
  readonly hash?: { readonly pairs: readonly { readonly value: Node }[] };
  readonly program?: Node | null;
  readonly inverse?: Node | null;
  readonly parts?: readonly unknown[];
  readonly data?: boolean;
  readonly depth?: number;
}

/** Built-in block helpers that only read their argument and keep the context. */
const CONTEXT_KEEPING_BLOCKS = new Set(["if", "unless"]);

const LITERALS = new Set(["StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral"]);

class Unknowable extends Error {}

const give_up = (): never => {
  throw new Unknowable();
};

/** The name of a path that calls a helper: one plain part, no @, no ../ */
function helperName(path: Node | undefined): string | undefined {
  if (path?.type !== "PathExpression" || path.data || path.depth || path.parts?.length !== 1) return undefined;
  const name = path.parts[0];
  return typeof name === "string" ? name : undefined;
}

export function templateReads(ast: unknown, pureHelpers: ReadonlySet<string>): string[][] | undefined {
  const reads: string[][] = [];
  const value = (node: Node): void => {
    if (LITERALS.has(node.type)) return;
    if (node.type === "SubExpression") return call(node, false);
    if (node.type !== "PathExpression" || node.data || node.depth || !node.parts || node.parts.length === 0) give_up();
    if (!node.parts!.every((p): p is string => typeof p === "string")) give_up();
    reads.push(node.parts as string[]);
  };
  const args = (node: Node): void => {
    for (const p of node.params ?? []) value(p);
    for (const pair of node.hash?.pairs ?? []) value(pair.value);
  };
  /** A mustache, sub-expression or block: a helper call, or (a mustache without arguments) a value. */
  const call = (node: Node, block: boolean): void => {
    const name = helperName(node.path);
    const hasArgs = (node.params?.length ?? 0) > 0 || (node.hash?.pairs.length ?? 0) > 0;
    if (block) {
      if (name === undefined || !CONTEXT_KEEPING_BLOCKS.has(name)) give_up();
      args(node);
      if (node.program) program(node.program);
      if (node.inverse) program(node.inverse);
      return;
    }
    if (name !== undefined && pureHelpers.has(name)) return args(node);
    if (hasArgs || node.path?.type !== "PathExpression") {
      // A literal in mustache position ({{"text"}}) prints itself; anything else with
      // arguments is a helper we do not know to be pure.
      if (!hasArgs && node.path && LITERALS.has(node.path.type)) return;
      give_up();
    }
    value(node.path!);
  };
  const program = (node: Node): void => {
    for (const statement of node.body ?? []) {
      if (statement.type === "ContentStatement" || statement.type === "CommentStatement") continue;
      if (statement.type === "MustacheStatement") call(statement, false);
      else if (statement.type === "BlockStatement") call(statement, true);
      else give_up();
    }
  };
  try {
    const root = ast as Node;
    if (root?.type !== "Program") give_up();
    program(root);
    return reads;
  } catch (err) {
    if (err instanceof Unknowable) return undefined;
    throw err;
  }
}
