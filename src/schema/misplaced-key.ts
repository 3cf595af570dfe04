import { isMap, isPair, isScalar, isSeq, type Pair, type YAMLMap } from "yaml";
import { errorDiagnostic, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import type { PlanSource } from "../load/plan-source.js";
import { knownKeys, objectKeys, schemaAt } from "./schema-shape.js";

type Path = readonly (string | number)[];

/** A field written at its parent's margin: `signer:` then `name: …` at the left edge. */
export interface MisplacedKey {
  /** The mapping the key sits in by mistake, and the key. */
  readonly path: Path;
  readonly key: string;
  /** The field above it that it belongs to. */
  readonly owner: string;
}

const keyOf = (pair: unknown): string | undefined => (isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined);

/**
 * The field `key` of the mapping at `path` belongs to when it is no field here but one of the
 * mapping just above it (`signer:` with its own fields, or nothing, then `name:` unindented).
 * Keys in between that are misplaced the same way are stepped over (`title:` then `name:`).
 */
export function misplacedOwner(plan: PlanSource, path: Path, key: string): string | undefined {
  const node = path.length === 0 ? plan.doc.contents : plan.doc.getIn(path, true);
  if (!isMap(node)) return undefined;
  const here = knownKeys(path);
  const index = node.items.findIndex((p) => keyOf(p) === key);
  for (let i = index - 1; i >= 0; i--) {
    const above = node.items[i]!;
    const name = keyOf(above);
    if (name === undefined) return undefined;
    if (!here.includes(name)) continue;
    const value = above.value;
    const openMapping = value === null || (isScalar(value) && value.value === null) || (isMap(value) && !value.flow);
    const schema = schemaAt([...path, name]);
    return openMapping && schema && objectKeys(schema).includes(key) ? name : undefined;
  }
  return undefined;
}

function column(plan: PlanSource, offset: number): number {
  return plan.lineCounter.linePos(offset).col;
}

/** The located error: where the line is, which field it belongs to, how many spaces to add. */
export function misplacedDiagnostic(plan: PlanSource, misplaced: MisplacedKey): Diagnostic {
  const { path, key, owner } = misplaced;
  const node = (path.length === 0 ? plan.doc.contents : plan.doc.getIn(path, true)) as YAMLMap;
  const pairOf = (name: string) => node.items.find((p) => keyOf(p) === name) as Pair<{ range?: [number, number, number] }, unknown> | undefined;
  const own = pairOf(key)!;
  const keyRange = own.key.range!;
  const block = (isMap(own.value) || isSeq(own.value)) && !own.value.flow;
  const ownerPair = pairOf(owner)!;
  const ownerColumn = column(plan, ownerPair.key.range![0]);
  const keyPos = plan.lineCounter.linePos(keyRange[0]);
  const children = isMap(ownerPair.value) ? ownerPair.value.items : [];
  const sibling = children.find((p) => isScalar(p.key) && p.key.range);
  const siblingOffset = sibling && isScalar(sibling.key) ? sibling.key.range![0] : undefined;
  const target = siblingOffset === undefined ? ownerColumn + 2 : column(plan, siblingOffset);
  const spaces = Math.max(1, target - keyPos.col);
  const lineText = plan.source.text.split("\n")[keyPos.line - 1]!.trim();
  const where =
    keyPos.col === 1
      ? t("nằm sát lề trái", "starts at the left margin")
      : t(`thẳng cột với "${owner}:"`, `is aligned with "${owner}:"`);
  const like =
    siblingOffset === undefined
      ? t(`để nó nằm dưới "${owner}:"`, `so that it sits under "${owner}:"`)
      : t(
          `cho thẳng hàng với "${keyOf(sibling)}:" ở dòng ${plan.lineCounter.linePos(siblingOffset).line}`,
          `to line up with "${keyOf(sibling)}:" on line ${plan.lineCounter.linePos(siblingOffset).line}`,
        );
  const fixed = `${" ".repeat(target - 1)}${lineText}`;
  return errorDiagnostic(
    "schema-misplaced-key",
    t(
      `"${key}" là trường của "${owner}", nhưng dòng này ${where.vi} nên không thuộc "${owner}:"`,
      `"${key}" is a field of "${owner}", but this line ${where.en}, so it does not belong to "${owner}:"`,
    ),
    {
      file: plan.source.file,
      path: [...path, key],
      position: { line: keyPos.line, column: keyPos.col },
      hint: t(
        `thêm ${spaces} dấu cách ở đầu dòng ${like.vi}${block ? " (và thêm chừng ấy cho các dòng thuộc nó)" : ""}: "${fixed}"`,
        `add ${spaces} space${spaces === 1 ? "" : "s"} at the start of the line ${like.en}${block ? " (and as many to the lines under it)" : ""}: "${fixed}"`,
      ),
    },
  );
}
