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

  /** The main document part named by the package relationships (word/document.xml normally). */
  mainPart(): string {
    // The package's own relationships (_rels/.rels) belong to the empty part name.
    const office = this.relationships("").find((r) => r.type.endsWith("/officeDocument"));
    return office && this.has(office.target) ? office.target : "word/document.xml";
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

/** The first bytes of an OLE2 compound file: a legacy .doc, or a password-protected DOCX. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ioError = (code: string, message: ReturnType<typeof t>, file: string | undefined, hint?: ReturnType<typeof t>) =>
  new KehoachError("io", errorDiagnostic(code, message, { ...(file ? { file } : {}), ...(hint ? { hint } : {}) }));

/**
 * Bytes → package. Anything that is not a readable DOCX (a legacy .doc, an encrypted file, a
 * broken zip, a zip without a main document, a main document that is not XML) is a clear
 * "io" error naming what is wrong, never a crash.
 */
export function readDocxPackage(bytes: Uint8Array, file?: string): DocxPackage {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw ioError(
      "docx-ole",
      t("tệp là văn bản Word cũ (.doc) hoặc DOCX có đặt mật khẩu, không phải DOCX đọc được", "the file is a legacy Word .doc or a password-protected DOCX, not a readable DOCX"),
      file,
      t("mở bằng Word và lưu lại dạng .docx, không đặt mật khẩu", "open it in Word and save it as .docx without a password"),
    );
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw ioError("docx-not-zip", t("tệp không phải DOCX (không đọc được dạng nén zip)", "not a DOCX file (not a readable zip archive)"), file);
  }
  const pkg = new DocxPackage(new Map(Object.entries(entries)));
  const main = pkg.mainPart();
  if (!pkg.has(main)) {
    throw ioError("docx-no-document", t("tệp zip không chứa văn bản Word (thiếu word/document.xml)", "the zip holds no Word document (no word/document.xml)"), file);
  }
  if (!pkg.xml(main)) {
    throw ioError("docx-bad-xml", t(`phần văn bản ${main} bị hỏng (không phải XML hợp lệ)`, `the document part ${main} is damaged (not well-formed XML)`), file);
  }
  return pkg;
}
