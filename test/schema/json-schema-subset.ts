/**
 * A JSON Schema (draft 7) checker for exactly the keywords `z.toJSONSchema` emits for the plan
 * schema — enough to test that the committed schema accepts the examples and rejects what it
 * should. Any other keyword throws, so the schema cannot silently outgrow this checker.
 * (Ajv, a dev dependency, compiles the schema in strict mode in json-schema.test.ts as well.)
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["$schema", "$id", "$comment", "description", "x-description-en", "title", "definitions", "examples"]);
const KNOWN = new Set([
  ...ANNOTATIONS,
  "$ref", "type", "properties", "required", "additionalProperties", "propertyNames", "items",
  "anyOf", "enum", "pattern", "minItems", "minimum", "maximum", "exclusiveMinimum",
]);

function typeOf(value: unknown): string[] {
  if (value === null) return ["null"];
  if (Array.isArray(value)) return ["array"];
  if (typeof value === "number") return Number.isInteger(value) ? ["integer", "number"] : ["number"];
  return [typeof value];
}

/** Problems found, as "path: reason" strings; empty when the value is valid. */
export function check(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const visit = (schema: Schema, v: unknown, at: string): void => {
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${at}`);
    if (typeof schema.$ref === "string") {
      const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1];
      const target = name ? (root.definitions as Record<string, Schema>)[name] : undefined;
      if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
      visit(target, v, at);
    }
    if (schema.type !== undefined) {
      const allowed = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!typeOf(v).some((t) => allowed.includes(t))) {
        errors.push(`${at}: expected ${allowed.join("|")}`);
        return;
      }
    }
    if (schema.enum && !(schema.enum as unknown[]).includes(v)) errors.push(`${at}: not one of ${(schema.enum as unknown[]).join(", ")}`);
    if (typeof v === "string" && typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(v)) errors.push(`${at}: does not match ${schema.pattern}`);
    if (typeof v === "number") {
      if (typeof schema.minimum === "number" && v < schema.minimum) errors.push(`${at}: below minimum`);
      if (typeof schema.maximum === "number" && v > schema.maximum) errors.push(`${at}: above maximum`);
      if (typeof schema.exclusiveMinimum === "number" && v <= schema.exclusiveMinimum) errors.push(`${at}: not above ${schema.exclusiveMinimum}`);
    }
    if (Array.isArray(v)) {
      if (typeof schema.minItems === "number" && v.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
      if (schema.items) v.forEach((item, i) => visit(schema.items as Schema, item, `${at}[${i}]`));
    }
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const req of (schema.required ?? []) as string[]) if (!(req in obj)) errors.push(`${at}: missing ${req}`);
      for (const [k, child] of Object.entries(obj)) {
        if (schema.propertyNames) visit(schema.propertyNames as Schema, k, `${at}.${k}(name)`);
        if (props[k]) visit(props[k], child, `${at}.${k}`);
        else if (schema.additionalProperties === false) errors.push(`${at}: unknown key ${k}`);
        else if (schema.additionalProperties && typeof schema.additionalProperties === "object") visit(schema.additionalProperties as Schema, child, `${at}.${k}`);
      }
    }
    if (schema.anyOf) {
      const options = schema.anyOf as Schema[];
      const before = errors.length;
      const fits = options.some((o) => {
        const mark = errors.length;
        visit(o, v, at);
        const ok = errors.length === mark;
        errors.length = mark;
        return ok;
      });
      errors.length = before;
      if (!fits) errors.push(`${at}: matches none of ${options.length} shapes`);
    }
  };
  visit(root, value, "$");
  return errors;
}
