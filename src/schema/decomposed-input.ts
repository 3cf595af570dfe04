/**
 * The load stage normalises a plan to NFC before anything checks it (with a notice), so a plan
 * typed in decomposed Unicode (NFD — Unikey's "Unicode tổ hợp", some macOS tools) is read
 * like any other. An editor checks the text as typed: without this, it would underline
 * `urgency: KHẨN` in such a file. So, in the editor schema only:
 * - a list of values with Vietnamese letters (urgency, confidentiality, circulation) also takes
 *   their other spellings (NFD, part-composed), as a pattern beside the list: completion still
 *   offers each value once;
 * - a pattern that takes letters (\p{L}, footnote ids) also takes combining marks (\p{M}).
 */

type Node = Record<string, unknown>;

/** Regex source for a literal: special characters escaped, non-ASCII as \uXXXX (marks stay visible). */
const literal = (s: string): string =>
  s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * The ways one letter is typed that NFC reads as it: precomposed ("ậ"), fully decomposed
 * ("a" + dot + hat), and part-composed in any order of marks — Unikey's "Unicode tổ hợp"
 * writes "â" + dot below.
 */
function letterSpellings(letter: string): string[] {
  const [base, ...marks] = [...letter.normalize("NFD")];
  if (marks.length === 0) return [letter];
  const forms = new Set<string>();
  for (const order of permutations(marks)) {
    for (let composed = 0; composed <= order.length; composed++) {
      const head = (base! + order.slice(0, composed).join("")).normalize("NFC");
      const form = head + order.slice(composed).join("");
      if (form.normalize("NFC") === letter) forms.add(form);
    }
  }
  return [...forms];
}

/** Regex source for every spelling of `value` that NFC reads as `value`. */
const equivalentSpellings = (value: string): string =>
  [...value.normalize("NFC")].map((letter) => {
    const forms = letterSpellings(letter);
    return forms.length === 1 ? literal(letter) : `(?:${forms.map(literal).join("|")})`;
  }).join("");

function withDecomposedValues(node: Node): Node {
  const values = node.enum as unknown[];
  const composedOnly = values.filter((v): v is string => typeof v === "string" && v.normalize("NFD") !== v);
  if (composedOnly.length === 0 || node.anyOf !== undefined) return node;
  const { type, enum: _enum, ...rest } = node;
  return { ...rest, anyOf: [{ type, enum: values }, { type: "string", pattern: `^(?:${composedOnly.map(equivalentSpellings).join("|")})$` }] };
}

/** The schema (draft 7, as planJsonSchema builds it) with every check also passing NFD input. */
export function acceptDecomposed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(acceptDecomposed);
  if (node === null || typeof node !== "object") return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    // Help and sample values are text to show, not checks.
    if (key === "examples" || key === "description" || key === "$comment") out[key] = value;
    else if (key === "pattern" && typeof value === "string" && value.includes("\\p{L}") && !value.includes("\\p{M}")) out[key] = value.replaceAll("\\p{L}", "\\p{L}\\p{M}");
    else out[key] = acceptDecomposed(value);
  }
  return Array.isArray(out.enum) ? withDecomposedValues(out) : out;
}
