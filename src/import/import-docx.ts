import { locateParts, type DocParts } from "../check/anatomy.js";
import { isLineOnly } from "../check/drawn-line.js";
import { KehoachError, type Diagnostic } from "../errors.js";
import { t } from "../i18n/text.js";
import { readDocModel, type DocBlock, type DocModel } from "../ooxml/model.js";
import { relinkRepeatedNotes } from "./repeated-notes.js";
import { readDocxPackage } from "../ooxml/package.js";
import { PlanSchema } from "../schema/plan-schema.js";
import { readAppendices, tableParas } from "./appendices.js";
import { readNoteTexts } from "./footnotes.js";
import { placeFootnotes } from "./place-footnotes.js";
import { findLeftovers } from "./leftovers.js";
import { reportDrawings } from "./drawings.js";
import { readHeader } from "./header.js";
import { markupOf, styledRuns } from "./inline-text.js";
import { CaseDictionary, isCapitals } from "./letter-case.js";
import { ListLabels } from "./list-labels.js";
import { noteDiagnostic, Notes, quote, type ImportNote } from "./notes.js";
import { ParaReader } from "./para.js";
import { plainPlan } from "./plain-plan.js";
import { assemblePlan } from "./assemble.js";
import { repairForBuild } from "./repair.js";
import { readContent, type ContentItem } from "./sections.js";
import { readSignature } from "./signature.js";
import { planToYaml } from "./write-yaml.js";

/**
 * `kehoach import`: a Word Kế hoạch → a plan that rebuilds it. Reads with the same OOXML reader
 * and ND30 anatomy as `check`, maps each element to the plan format, keeps every paragraph and
 * table cell (what cannot be mapped stays as plain text, with a note), and writes YAML for a
 * person. The library entry: bytes in, plan + YAML + diagnostics out; nothing touches the disk.
 */
export interface ImportOptions {
  /** Source file name, for messages and the YAML's header comment. */
  readonly file?: string;
  /** `$schema=` target of the modeline (see init/schema-link.ts). */
  readonly schemaRef?: string;
}

export interface ImportResult {
  readonly plan: Record<string, unknown>;
  readonly yaml: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly notes: readonly ImportNote[];
}

/** The plan format's optional features, looked up once so the import writes only fields the schema has. */
export const SCHEMA_HAS = {
  rules: "rules" in PlanSchema.shape,
  organization: PlanSchema.shape.tier.options.includes("organization" as never),
  below: "below" in (PlanSchema.shape.signer.shape as object),
  closingFalse: (PlanSchema.shape.closing as unknown as { safeParse(v: unknown): { success: boolean } }).safeParse(false).success,
};

function allParagraphs(blocks: readonly DocBlock[], read: ParaReader): void {
  for (const b of blocks) {
    if (b.kind === "paragraph") read.read(b);
    else for (const row of b.rows) for (const cell of row.cells) allParagraphs(cell.blocks, read);
  }
}

/** Block index where the content starts: after the trích yếu (and its rule), else after the header. */
function contentStart(parts: DocParts): number {
  const last = parts.title.rule?.holder ?? parts.title.trichYeu[parts.title.trichYeu.length - 1] ?? parts.title.type;
  if (last) return last.block + 1;
  return parts.header.tableBlock !== undefined ? parts.header.tableBlock + 1 : 0;
}

/** Block range of the signature: [start, end). */
function signatureRange(model: DocModel, parts: DocParts, from: number): [number, number] {
  const s = parts.signature;
  if (s.tableBlock !== undefined) return [s.tableBlock, s.tableBlock + 1];
  const blocks = [...s.recipients, ...s.signer].map((x) => x.block).filter((b) => b >= from);
  if (blocks.length) return [Math.min(...blocks), Math.max(...blocks) + 1];
  const label = parts.appendices[0]?.label.block;
  return [label ?? model.body.length, label ?? model.body.length];
}

export function importDocx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const pkg = readDocxPackage(bytes, options.file);
  const model = relinkRepeatedNotes(readDocModel(pkg));
  const notes = new Notes();
  const noteTexts = readNoteTexts(pkg, pkg.mainPart());
  const read = new ParaReader(new ListLabels(model.numbering));
  allParagraphs(model.body, read);
  const year = yearIn(read.all().map((x) => x.text));
  let assembled: Record<string, unknown>;
  let recase = (s: string): string => s;
  const noted = notes.list.length;
  try {
    const mapped = mapDocument(model, read, notes);
    assembled = mapped.plan;
    recase = mapped.recase;
  } catch (err) {
    if (err instanceof KehoachError) throw err;
    // A document the mapping does not expect: keep every word as plain text rather than fail.
    notes.list.length = noted;
    notes.add("text", ["sections", 0], t(`không nhận ra cấu trúc văn bản (${String(err)}); mọi đoạn được giữ thành văn bản thường`, `could not read the document's structure (${String(err)}); every paragraph is kept as plain text`));
    assembled = plainPlan(read.all(), year, SCHEMA_HAS.organization ? "organization" : "commune");
  }
  // Footnotes keep their place as [^id] markers; a note that found no place becomes a comment.
  const paragraphOf = (marker: string): number | undefined => read.all().find((x) => x.runs.some((r) => r.note && r.text === marker))?.number;
  const footnotes = placeFootnotes(assembled, noteTexts, notes, paragraphOf);
  const drawings = reportDrawings(read.all(), assembled, notes);
  if (assembled.rules !== undefined) {
    // rules: stays the last field, after footnotes:.
    const rules = assembled.rules;
    delete assembled.rules;
    assembled.rules = rules;
  }
  const { plan: repaired, resolved } = repairForBuild(assembled, notes, SCHEMA_HAS, recase);
  const leftovers = resolved ? findLeftovers(read.all(), resolved) : [];
  for (const x of leftovers) {
    notes.add("text", [], t(`chưa có chỗ trong kế hoạch, chép nguyên văn ở đầu tệp YAML: ${quote(x.text)}`, `found no place in the plan, copied at the top of the YAML: ${quote(x.text)}`), x.number);
  }
  const comments = notes.list
    .filter((n) => n.kind !== "recognised")
    .map((n) => ({ path: n.path, text: `${n.kind === "text" ? "Giữ nguyên văn bản" : n.kind === "rule" ? "Giữ như bản gốc" : "Đoán"}: ${n.paragraph !== undefined ? `(đoạn ${n.paragraph}) ` : ""}${n.message.vi}` }));
  const yaml = planToYaml(repaired, {
    schemaRef: options.schemaRef ?? "../data/plan.schema.json",
    header: [
      `Nhập từ ${baseName(options.file) ?? "văn bản Word"} bằng "kehoach import"; xem lại các chỗ ghi "Đoán".`,
      ...leftovers.map((x) => `Đoạn ${x.number} chưa có chỗ trong kế hoạch (chép nguyên văn): ${x.text}`),
      ...footnotes.map((f) => `Chú thích ${f.kind === "footnote" ? "cuối trang" : "cuối văn bản"} [${f.number}] (chưa đặt được): ${f.text}`),
      ...drawings.filter((d) => !d.path).map((d) => `Đoạn ${d.paragraph} có ${d.kind === "picture" ? "hình ảnh" : "hình vẽ"} không nhập được; chèn lại sau khi dựng.`),
    ],
    comments,
  });
  const diagnostics = notes.list.map((n) => noteDiagnostic(n, options.file));
  return { plan: repaired, yaml, diagnostics, notes: notes.list };
}

/** The structured mapping: header, title, content, signature, appendices → a plan object. */
function mapDocument(model: DocModel, read: ParaReader, notes: Notes): { plan: Record<string, unknown>; recase: (s: string) => string } {
  const parts = locateParts(model);
  const texts: string[] = [];
  const collect = (blocks: readonly DocBlock[]) => {
    for (const b of blocks) {
      if (b.kind === "paragraph") {
        const x = read.read(b);
        if (x.text && !isCapitals(x.text)) texts.push(x.text);
      } else for (const row of b.rows) for (const cell of row.cells) collect(cell.blocks);
    }
  };
  collect(model.body);
  const words = new CaseDictionary(texts);

  // Without a header table or a "KẾ HOẠCH" line there is no header to read: it is all content.
  const headerless = parts.header.table === undefined && parts.title.type === undefined;
  const header = readHeader(headerless ? { ...parts, header: { ...parts.header, loose: [] } } : parts, words, notes);
  const titleLines = parts.title.trichYeu.map((x) => markupOf(styledRuns(x.p.runs), { bold: true })).filter(Boolean);
  if (!parts.title.type) notes.add("guessed", ["title"], t("không tìm thấy dòng \"KẾ HOẠCH\"; văn bản được đọc như một kế hoạch", "no \"KẾ HOẠCH\" line found; the document is read as a plan"));
  if (titleLines.length) notes.add("recognised", ["title"], t(`trích yếu (${titleLines.length} dòng)`, `trích yếu (${titleLines.length} lines)`));
  if (titleLines.length === 0) notes.add("guessed", ["title"], t("không tìm thấy trích yếu", "no trích yếu found"));

  const start = headerless ? 0 : contentStart(parts);
  const [sigStart, sigEnd] = signatureRange(model, parts, start);
  const items: ContentItem[] = [];
  for (let i = start; i < sigStart; i++) {
    const b = model.body[i]!;
    if (b.kind === "paragraph") {
      const x = read.read(b);
      const placed = { p: b, side: "full" as const, row: 0, width: 0, block: i, boxed: false };
      if (x.text !== "" && !isLineOnly(placed)) items.push({ para: x, inTable: false });
    } else for (const x of tableParas(b, read)) items.push({ para: x, inTable: true });
  }
  const content = readContent(items, words, notes, SCHEMA_HAS.closingFalse);
  const signature = readSignature(parts.signature, notes);
  const appendices = readAppendices(model, sigEnd, read, words, notes);

  const assembled = assemblePlan({ header, titleLines, content, signature, appendices, notes, schema: SCHEMA_HAS, fallbackYear: yearIn(texts) });
  return { plan: assembled, recase: (s) => words.recase(s) };
}

const baseName = (file: string | undefined): string | undefined => file?.split(/[\\/]/).pop();

/** A year mentioned in the document ("năm 2026"), for a plan whose date line could not be read. */
function yearIn(texts: readonly string[]): string {
  for (const s of texts) {
    const m = /năm\s+(20\d\d|19\d\d)/u.exec(s);
    if (m) return m[1]!;
  }
  return "2025";
}

export { quote };
