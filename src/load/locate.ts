import { isMap, isNode, isPair, isScalar, type Node } from "yaml";
import type { Position } from "../errors.js";
import type { PlanSource } from "./plan-source.js";

type Path = readonly (string | number)[];

const positionAt = (plan: PlanSource, offset: number): Position => {
  const { line, col } = plan.lineCounter.linePos(offset);
  return { line, column: col };
};

/** The key node of `key` in the map at `path`, for problems about the key itself (unknown key). */
export function locateKey(plan: PlanSource, path: Path, key: string): Position | undefined {
  const parent = path.length === 0 ? plan.doc.contents : plan.doc.getIn(path, true);
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        return positionAt(plan, pair.key.range[0]);
      }
    }
  }
  return locate(plan, path);
}

/**
 * Field path → line:column of its value. A missing field falls back to the nearest
 * existing parent, so "signer.name is required" points at the `signer:` block.
 */
export function locate(plan: PlanSource, path: Path): Position | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = (sub.length === 0 ? plan.doc.contents : plan.doc.getIn(sub, true)) as Node | undefined;
    if (isNode(node) && node.range) {
      if (depth < path.length && isMap(node)) {
        // Point at the key of the parent entry rather than at its first child.
        const parentPath = sub.slice(0, -1);
        const last = sub[sub.length - 1];
        if (typeof last === "string") return locateKey(plan, parentPath, last);
      }
      return positionAt(plan, node.range[0]);
    }
  }
  return undefined;
}
