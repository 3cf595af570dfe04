import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from "yaml";

/**
 * The imported plan as YAML for a person to edit: built with the yaml library's Document API
 * (never by pasting strings), keys in the order the README documents them, long and multi-line
 * text as block scalars, a blank line between top-level fields, the schema modeline on top and a
 * comment at each field the import guessed. Same plan in → same text out.
 */
export interface YamlComment {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

export interface YamlOptions {
  /** `$schema=` target of the modeline. */
  readonly schemaRef: string;
  /** Comment lines under the modeline. */
  readonly header: readonly string[];
  readonly comments: readonly YamlComment[];
}

const LONG = 100;

/** The node whose comment sits above the field at `path`: the key of a map entry, or a list item. */
function commentTarget(doc: Document, path: readonly (string | number)[]): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1]!;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  // A list item: the comment goes above its "- " line.
  if (isSeq(parent) && typeof last === "number") return parent.items[last] as Node | undefined;
  return undefined;
}

export function planToYaml(plan: Record<string, unknown>, options: YamlOptions): string {
  const doc = new Document(plan);
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === "string" && (node.value.includes("\n") || node.value.length > LONG)) node.type = Scalar.BLOCK_LITERAL;
    },
  });
  const root = doc.contents;
  if (isMap(root)) {
    // Blank lines between the groups a person reads: issuer, identity, title, content, closing…
    const firstOf = (keys: string[]) => root.items.find((p) => isScalar(p.key) && keys.includes(String(p.key.value)));
    const starts = [["issuer"], ["number", "symbol", "place", "date"], ["title"], ["basis", "basis_style", "preamble", "numbering"], ["sections", "parts"], ["closing"], ["recipients", "archive"], ["signer"], ["appendices"], ["urgency", "confidentiality", "circulation"], ["footnotes"], ["rules"]].map(firstOf);
    for (const pair of starts) if (pair && pair !== root.items[0] && isScalar(pair.key)) pair.key.spaceBefore = true;
  }
  // Short { name, note } recipients and table columns read best on one line.
  for (const path of [["recipients"], ["appendices"]]) {
    const seq = doc.getIn(path, true);
    if (!isSeq(seq)) continue;
    visit(seq, {
      Map(_key, node) {
        const keys = node.items.map((p) => (isScalar(p.key) ? p.key.value : undefined));
        const small = node.items.every((p) => isScalar(p.value) && String(p.value.value).length < 60 && !String(p.value.value).includes("\n"));
        if (small && (keys.includes("note") || keys.includes("width") || keys.includes("group"))) node.flow = true;
      },
      Seq(_key, node) {
        const cells = node.items.map((c) => (isScalar(c) ? String(c.value) : undefined));
        if (cells.every((c) => c !== undefined && !c.includes("\n")) && cells.join(", ").length < 80 && cells.length > 1) node.flow = true;
      },
    });
  }
  const byTarget = new Map<Node, string[]>();
  for (const c of options.comments) {
    const target = commentTarget(doc, c.path) ?? commentTarget(doc, c.path.slice(0, -1));
    if (!target) continue;
    const list = byTarget.get(target) ?? [];
    if (!list.includes(c.text)) list.push(c.text);
    byTarget.set(target, list);
  }
  for (const [node, texts] of byTarget) {
    const lines = texts.flatMap((t) => t.split("\n")).map((l) => ` ${l}`.trimEnd());
    node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${lines.join("\n")}` : lines.join("\n");
  }
  doc.commentBefore = [` yaml-language-server: $schema=${options.schemaRef}`, ...options.header.map((l) => ` ${l}`)].join("\n");
  const text = doc.toString({ lineWidth: 0, indentSeq: true });
  return text
    .normalize("NFC")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n");
}
