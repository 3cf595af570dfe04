import { strFromU8, unzipSync } from "fflate";
import path from "node:path";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { kids, parseXml, type XmlElement } from "./xml.js";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** An unzipped DOCX with lazily parsed XML parts. */
export class DocxPackage {
  private readonly parsed = new Map<string, XmlElement | undefined>();

  constructor(readonly files: ReadonlyMap<string, Uint8Array>) {}

  has(part: string): boolean {
    return this.files.has(part);
  }

  text(part: string): string | undefined {
    const data = this.files.get(part);
    return data ? strFromU8(data) : undefined;
  }

  xml(part: string): XmlElement | undefined {
    if (!this.parsed.has(part)) {
      const text = this.text(part);
      this.parsed.set(part, text === undefined ? undefined : parseXml(text));
    }
    return this.parsed.get(part);
  }

  /** Relationships of a part (word/document.xml → word/_rels/document.xml.rels), targets resolved. */
  relationships(part: string): Relationship[] {
    const rels = this.xml(path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`));
    if (!rels) return [];
    return kids(rels)
      .filter((e) => e.localName === "Relationship")
      .map((e) => {
        const target = e.getAttribute("Target") ?? "";
        const external = e.getAttribute("TargetMode") === "External";
        return {
          id: e.getAttribute("Id") ?? "",
          type: e.getAttribute("Type") ?? "",
          target: external || target.startsWith("/") ? target.replace(/^\//, "") : path.posix.normalize(path.posix.join(path.posix.dirname(part), target)),
        };
      });
  }
}

/** Bytes → package. A broken zip or a zip without word/document.xml is a clear error, not a crash. */
export function readDocxPackage(bytes: Uint8Array, file?: string): DocxPackage {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new KehoachError(
      "io",
      errorDiagnostic("docx-not-zip", t("tệp không phải DOCX (không đọc được dạng nén zip)", "not a DOCX file (not a readable zip archive)"), file ? { file } : {}),
    );
  }
  const pkg = new DocxPackage(new Map(Object.entries(entries)));
  if (!pkg.has("word/document.xml") || !pkg.xml("word/document.xml")) {
    throw new KehoachError(
      "io",
      errorDiagnostic("docx-no-document", t("tệp zip không chứa văn bản Word (thiếu word/document.xml)", "the zip holds no Word document (no word/document.xml)"), file ? { file } : {}),
    );
  }
  return pkg;
}
