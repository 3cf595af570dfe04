import * as z from "zod";
import { PlanSchema } from "./plan-schema.js";

/**
 * What the plan schema expects at a path, for messages that explain a mismatch in the clerk's
 * terms ("a line of text is expected here", "did you mean …"). Read-only walks of the zod tree.
 */

type Path = readonly (string | number)[];

/** The schema under wrappers that do not change what a value must look like. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema as z.ZodType & { def?: Record<string, unknown> };
  for (let i = 0; i < 10; i++) {
    const def = (s as { def: { type: string; innerType?: z.ZodType; getter?: () => z.ZodType; in?: z.ZodType } }).def;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") s = def.innerType as typeof s;
    else if (def.type === "lazy" && def.getter) s = def.getter() as typeof s;
    else if (def.type === "pipe" && def.in) s = def.in as typeof s;
    else break;
  }
  return s;
}

/** Field names a mapping may hold (every option of a union). */
export function objectKeys(schema: z.ZodType): string[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) return Object.keys(s.shape);
  if (s instanceof z.ZodUnion) return s.options.flatMap((o) => objectKeys(o as z.ZodType));
  return [];
}

export function childSchema(schema: z.ZodType, key: string | number): z.ZodType | undefined {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject && typeof key === "string") return s.shape[key] as z.ZodType | undefined;
  if (s instanceof z.ZodArray && typeof key === "number") return s.element as z.ZodType;
  if (s instanceof z.ZodUnion) {
    for (const option of s.options) {
      const child = childSchema(option as z.ZodType, key);
      if (child) return child;
    }
  }
  return undefined;
}

/** The schema at a path of the plan, or undefined where the plan format has no such place. */
export function schemaAt(path: Path): z.ZodType | undefined {
  let schema: z.ZodType | undefined = PlanSchema;
  for (const key of path) schema = schema ? childSchema(schema, key) : undefined;
  return schema;
}

/** Keys the schema accepts at a path, for "did you mean" hints. */
export const knownKeys = (path: Path): string[] => {
  const schema = schemaAt(path);
  return schema ? objectKeys(schema) : [];
};

/** A line of text is one of the shapes accepted here. */
export function acceptsText(schema: z.ZodType): boolean {
  const s = unwrap(schema);
  if (s instanceof z.ZodString) return true;
  if (s instanceof z.ZodUnion) return s.options.some((o) => acceptsText(o as z.ZodType));
  return false;
}

/** A list of lines of text is one of the shapes accepted here. */
export function acceptsTextList(schema: z.ZodType): boolean {
  const s = unwrap(schema);
  if (s instanceof z.ZodArray) return acceptsText(s.element as z.ZodType);
  if (s instanceof z.ZodUnion) return s.options.some((o) => acceptsTextList(o as z.ZodType));
  return false;
}
