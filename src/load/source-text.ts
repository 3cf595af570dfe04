import { t, type LocalText } from "../i18n/text.js";

/** A text file as read and cleaned by the load stage: UTF-8, no BOM, LF line ends, NFC. */
export interface SourceText {
  readonly file: string;
  readonly text: string;
  /** What was cleaned, so the user can be told (a notice, never an error). */
  readonly cleaned: readonly LocalText[];
}

export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; source: SourceText } | { ok: false; reason: LocalText };

/** Why a file of this size cannot be a plan, or undefined when the size is fine. */
export function sizeProblem(byteLength: number, stoppedReading = false): LocalText | undefined {
  if (byteLength <= MAX_PLAN_BYTES) return undefined;
  const limit = MAX_PLAN_BYTES / 1024 / 1024;
  if (stoppedReading) {
    return t(
      `tệp quá lớn (đã dừng đọc sau ${limit} MB); một kế hoạch không vượt quá ${limit} MB`,
      `file too large (stopped reading after ${limit} MB); a plan is at most ${limit} MB`,
    );
  }
  const mb = (byteLength / 1024 / 1024).toFixed(1);
  return t(`tệp quá lớn (${mb} MB); một kế hoạch không vượt quá ${limit} MB`, `file too large (${mb} MB); a plan is at most ${limit} MB`);
}

/**
 * Bytes → clean text. Refuses what cannot be a plan (too large, binary, not UTF-8) with a
 * reason, rather than letting the YAML parser choke on it.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodeResult {
  const tooLarge = sizeProblem(bytes.byteLength);
  if (tooLarge) return { ok: false, reason: tooLarge };
  if (bytes.includes(0)) {
    return { ok: false, reason: t("tệp nhị phân, không phải văn bản YAML", "binary file, not YAML text") };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: t(
        "tệp không phải mã UTF-8 (có thể là TCVN3/VNI); hãy lưu lại với bảng mã Unicode UTF-8",
        "file is not UTF-8 (perhaps TCVN3/VNI); save it again as Unicode UTF-8",
      ),
    };
  }
  const cleaned: LocalText[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    cleaned.push(t("đã bỏ dấu BOM ở đầu tệp", "removed the byte-order mark"));
  }
  if (text.includes("\r")) {
    text = text.replace(/\r\n?/g, "\n");
    cleaned.push(t("đã đổi xuống dòng CRLF thành LF", "converted CRLF line ends to LF"));
  }
  const nfc = text.normalize("NFC");
  if (nfc !== text) {
    text = nfc;
    cleaned.push(
      t(
        "văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã chuẩn hóa",
        "text was not in Unicode NFC (precomposed) form; normalised",
      ),
    );
  }
  return { ok: true, source: { file, text, cleaned } };
}
