import { isMap, isNode, isScalar, isSeq, Scalar, type Node, type Pair } from "yaml";
import { errorDiagnostic, type Diagnostic } from "../errors.js";
import { t, type LocalText } from "../i18n/text.js";
import type { PlanSource } from "../load/plan-source.js";
import { quoteYaml } from "../load/yaml-messages.js";
import { acceptsText, objectKeys, schemaAt } from "./schema-shape.js";
import { closest } from "./suggest.js";

type Path = readonly (string | number)[];

/** `noi_dung`, `ghi_chu`: a name meant as a field, not text that happens to hold ": ". */
const looksLikeFieldName = (key: string): boolean => /^[a-z][a-z0-9_]*$/.test(key);

interface Misread {
  readonly pair: Pair<Scalar, unknown>;
  readonly key: string;
}

/**
 * A line of text that YAML read as a one-entry mapping: `- Thường trực Đảng ủy xã: để b/c`
 * (": " inside), `- Nội dung:` (a colon at the end), `- Nội dung:` with lines indented below
 * it. Only where the plan format wants text, and only when the key is no field name of a
 * mapping also accepted there (`- nam: …` under recipients is a typo of `name`, not text).
 */
function misreadAt(plan: PlanSource, path: Path): Misread | undefined {
  const node = plan.doc.getIn(path, true) as Node | undefined;
  if (!isMap(node) || node.flow || node.items.length !== 1) return undefined;
  const pair = node.items[0]!;
  if (!isScalar(pair.key) || pair.key.type !== Scalar.PLAIN || !pair.key.range) return undefined;
  const schema = schemaAt(path);
  if (!schema || !acceptsText(schema)) return undefined;
  const key = String(pair.key.value);
  const fields = objectKeys(schema);
  if (fields.includes(key) || closest(key, fields) !== undefined) return undefined;
  return { pair: pair as Pair<Scalar, unknown>, key };
}

/** The shortest prefix of `path` that is such a misread line (an issue below it is its consequence). */
export function findMisread(plan: PlanSource, path: Path): Path | undefined {
  for (let depth = 1; depth <= path.length; depth++) {
    const sub = path.slice(0, depth);
    if (misreadAt(plan, sub)) return sub;
  }
  return undefined;
}

const lineOfOffset = (plan: PlanSource, offset: number): number => plan.lineCounter.linePos(offset).line;

/** The located error for a misread line at `path` (found by findMisread). */
export function misreadDiagnostic(plan: PlanSource, path: Path): Diagnostic {
  const { pair, key } = misreadAt(plan, path)!;
  const text = plan.source.text;
  const keyStart = pair.key.range![0];
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  // "- " for a list item, "" for a mapping written where one line of text belongs.
  const prefix = text.slice(lineStart, keyStart).trimStart();
  const keyLine = lineOfOffset(plan, keyStart);
  const value = pair.value;
  const valueRange = isNode(value) ? value.range : undefined;
  const valueIsEmpty = value === null || (isScalar(value) && value.value === null && (!valueRange || valueRange[0] === valueRange[1]));
  const keyText = text.slice(keyStart, pair.key.range![1]);
  const position = plan.lineCounter.linePos(keyStart);
  const at = { file: plan.source.file, path, position: { line: position.line, column: position.col } };
  const what = t("ở đây cần một dòng văn bản", "a line of text is expected here");
  const isRecipient = objectKeys(schemaAt(path)!).includes("note");

  if (valueIsEmpty) {
    const fixed = `${prefix}${quoteYaml(`${keyText}:`)}`;
    return errorDiagnostic(
      "schema-misread-text",
      t(`dòng này kết thúc bằng dấu hai chấm nên YAML đọc nó thành khóa "${key}" không có giá trị; ${what.vi}`, `this line ends with a colon, so YAML read it as the key "${key}" with no value; ${what.en}`),
      { ...at, hint: t(`đặt cả dòng trong dấu nháy kép: ${fixed}`, `put the whole line in double quotes: ${fixed}`) },
    );
  }
  const valueLine = valueRange ? lineOfOffset(plan, valueRange[0]) : keyLine;
  if (valueLine > keyLine || isSeq(value) || isMap(value)) {
    const lastLine = valueRange ? lineOfOffset(plan, Math.max(valueRange[0], valueRange[1] - 1)) : valueLine;
    const lines = lastLine > valueLine ? t(`các dòng ${valueLine}–${lastLine}`, `lines ${valueLine}–${lastLine}`) : t(`dòng ${valueLine}`, `line ${valueLine}`);
    const below: LocalText = isSeq(value) ? t("một danh sách con", "a nested list") : isMap(value) ? t("một nhóm trường", "a mapping") : t("giá trị", "the value");
    const fixed = `${prefix}${quoteYaml(`${keyText}:`)}`;
    return errorDiagnostic(
      "schema-misread-text",
      t(
        `dòng này kết thúc bằng dấu hai chấm nên YAML đọc nó thành khóa "${key}" chứa ${below.vi} ở ${lines.vi} bên dưới; ${what.vi}`,
        `this line ends with a colon, so YAML read it as the key "${key}" holding ${below.en} on ${lines.en} below; ${what.en}`,
      ),
      {
        ...at,
        hint: t(
          `đặt dòng này trong dấu nháy kép (${fixed}) và viết mỗi dòng bên dưới thành một mục riêng, thụt lề bằng dòng này`,
          `put this line in double quotes (${fixed}) and write each line below as an item of its own, indented like this one`,
        ),
      },
    );
  }
  const valueText = valueRange ? text.slice(valueRange[0], valueRange[1]) : String(isScalar(value) ? value.value : "");
  const whole = valueRange ? text.slice(keyStart, valueRange[1]) : `${keyText}: ${valueText}`;
  const fixed = `${prefix}${quoteYaml(whole)}`;
  if (looksLikeFieldName(key)) {
    const parent = path[path.length - 1];
    const direct = typeof parent === "number" ? `- ${valueText}` : `${String(parent)}: ${valueText}`;
    return errorDiagnostic("schema-misread-text", t(`${what.vi}; không có trường "${key}"`, `${what.en}; there is no field "${key}"`), {
      ...at,
      hint: t(
        `bỏ "${key}:" và ghi thẳng nội dung (${direct}); nếu "${key}: …" chính là văn bản, đặt cả dòng trong dấu nháy kép: ${fixed}`,
        `drop "${key}:" and write the text itself (${direct}); if "${key}: …" is the text, put the whole line in double quotes: ${fixed}`,
      ),
    });
  }
  const noteForm = isRecipient && isScalar(value) ? `${prefix}{ name: ${quoteYaml(keyText)}, note: ${quoteYaml(valueText)} }` : undefined;
  return errorDiagnostic(
    "schema-misread-text",
    t(
      `YAML đọc dòng này thành cặp "khóa: giá trị" (khóa "${key}") vì có ": " (dấu hai chấm rồi dấu cách); ${what.vi}`,
      `YAML read this line as a "key: value" pair (key "${key}") because of ": " (a colon followed by a space); ${what.en}`,
    ),
    {
      ...at,
      hint: noteForm
        ? t(
            `đặt cả dòng trong dấu nháy kép: ${fixed} (in đúng như viết); hoặc tách phần ghi chú: ${noteForm} (in ra "${keyText} (${valueText})")`,
            `put the whole line in double quotes: ${fixed} (printed as written); or split off the note: ${noteForm} (printed "${keyText} (${valueText})")`,
          )
        : t(`đặt cả dòng trong dấu nháy kép: ${fixed}`, `put the whole line in double quotes: ${fixed}`),
    },
  );
}
