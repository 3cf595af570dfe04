import path from "node:path";
import { errorDiagnostic, KehoachError } from "../errors.js";
import { t } from "../i18n/text.js";
import { decodeXmlPart, XmlBudget, XmlTooComplex } from "./xml-budget.js";
import { kids, parseXml, type XmlElement } from "./xml.js";
import { listZip, MAX_INFLATED_BYTES, MAX_PART_BYTES, MAX_RATIO, ZipBudget, ZipProblem, type ZipEntry } from "./zip-budget.js";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/**
 * A DOCX whose parts are inflated and parsed only when asked for, within a budget (bytes
 * inflated, XML depth and elements): a hostile package is refused early with a clear "io"
 * error instead of exhausting time or memory.
 */
export class DocxPackage {
  private readonly parsed = new Map<string, XmlElement | undefined>();
  private readonly xmlBudget = new XmlBudget();

  constructor(
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly zip: ZipBudget,
    private readonly file?: string,
  ) {}

  has(part: string): boolean {
    return this.entries.has(part);
  }

  /** A part's text (UTF-8 or UTF-16, as its byte-order mark or first bytes say). */
  text(part: string): string | undefined {
    const entry = this.entries.get(part);
    if (!entry) return undefined;
    try {
      return decodeXmlPart(this.zip.read(entry));
    } catch (err) {
      throw err instanceof ZipProblem ? zipError(err, this.file) : err;
    }
  }

  xml(part: string): XmlElement | undefined {
    if (!this.parsed.has(part)) {
      const text = this.text(part);
      if (text !== undefined) {
        try {
          this.xmlBudget.admit(text);
        } catch (err) {
          if (err instanceof XmlTooComplex) throw tooComplexError(err, part, this.file);
          throw err;
        }
      }
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

const MB = (n: number): string => `${n / 1048576} MB`;

function zipError(err: ZipProblem, file: string | undefined): KehoachError {
  const part = err.part ?? "";
  switch (err.kind) {
    case "part-too-large":
      return ioError("docx-part-too-large", t(`phần ${part} giải nén ra quá ${MB(MAX_PART_BYTES)}; kehoach không đọc phần lớn hơn`, `the part ${part} inflates to more than ${MB(MAX_PART_BYTES)}; kehoach reads no larger part`), file);
    case "total-too-large":
      return ioError("docx-too-large", t(`các phần cần đọc giải nén ra quá ${MB(MAX_INFLATED_BYTES)}`, `the parts to read inflate to more than ${MB(MAX_INFLATED_BYTES)}`), file);
    case "ratio":
      return ioError("docx-zip-bomb", t(`phần ${part} nén hơn ${MAX_RATIO} lần (dấu hiệu "bom zip"); không đọc`, `the part ${part} is compressed more than ${MAX_RATIO} times (a "zip bomb"); not read`), file);
    case "unsupported":
      return ioError("docx-unsupported-zip", t(`phần ${part} được nén bằng cách kehoach không đọc được (mã hóa hoặc phương pháp nén lạ)`, `the part ${part} is compressed in a way kehoach cannot read (encrypted or unusual method)`), file, t("mở bằng Word và lưu lại dạng .docx", "open it in Word and save it again as .docx"));
    default:
      return ioError("docx-not-zip", t(`tệp zip bị hỏng${part ? ` (phần ${part})` : ""}`, `the zip archive is damaged${part ? ` (part ${part})` : ""}`), file);
  }
}

function tooComplexError(err: XmlTooComplex, part: string, file: string | undefined): KehoachError {
  return err.kind === "depth"
    ? ioError("docx-xml-too-deep", t(`phần ${part} lồng thẻ XML quá ${err.limit} cấp; văn bản Word không sâu như vậy`, `the part ${part} nests XML elements more than ${err.limit} deep; no Word document does`), file)
    : ioError("docx-xml-too-large", t(`văn bản có quá ${err.limit.toLocaleString("vi-VN")} thẻ XML; kehoach không kiểm tra văn bản lớn như vậy`, `the document has more than ${err.limit.toLocaleString("en-US")} XML elements; kehoach does not check a document that large`), file);
}

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
  let entries: Map<string, ZipEntry>;
  try {
    entries = listZip(bytes);
  } catch {
    throw ioError("docx-not-zip", t("tệp không phải DOCX (không đọc được dạng nén zip)", "not a DOCX file (not a readable zip archive)"), file);
  }
  const pkg = new DocxPackage(entries, new ZipBudget(bytes), file);
  const main = pkg.mainPart();
  if (!pkg.has(main)) {
    throw ioError("docx-no-document", t("tệp zip không chứa văn bản Word (thiếu word/document.xml)", "the zip holds no Word document (no word/document.xml)"), file);
  }
  if (!pkg.xml(main)) {
    throw ioError("docx-bad-xml", t(`phần văn bản ${main} bị hỏng (không phải XML hợp lệ)`, `the document part ${main} is damaged (not well-formed XML)`), file);
  }
  // The parts Word opens with the document must be well-formed too (a U+FFFE in core.xml makes
  // Word refuse the file); parts nothing refers to are never inflated.
  const used = ["[Content_Types].xml", ...pkg.relationships("").map((r) => r.target), ...pkg.relationships(main).map((r) => r.target)];
  for (const part of new Set(used)) {
    if (/\.(xml|rels)$/i.test(part) && pkg.has(part) && !pkg.xml(part)) {
      throw ioError("docx-bad-xml", t(`phần ${part} bị hỏng (không phải XML hợp lệ)`, `the part ${part} is damaged (not well-formed XML)`), file);
    }
  }
  return pkg;
}
