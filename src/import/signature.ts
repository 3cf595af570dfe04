import type { Placed, SignatureParts } from "../check/anatomy.js";
import { t } from "../i18n/text.js";
import { plainOf, styledRuns } from "./inline-text.js";
import { isCapitals } from "./letter-case.js";
import type { Notes } from "./notes.js";
import { quote } from "./notes.js";

/**
 * Ô 9 and 7: the Nơi nhận list ("- X;" lines, a line without a dash continues the one above,
 * "(b/c)" notes), the "Lưu: …" line as written, and the signer: authority lines (TM./KT./TL./
 * TUQ./Q.), the position, the name (last line of the signature space), lines under the name.
 */
export interface SignatureResult {
  recipients: (string | { name: string; note: string })[];
  archive?: string;
  signer: { authority?: string[]; title?: string; name: string; below?: string[] };
}

const lineText = (x: Placed): string => plainOf(styledRuns(x.p.runs)).trim();
const HEADING = /^nơi nhận\s*:?/iu;
const ARCHIVE = /^[-–—•+]?\s*lưu(?!\p{L})/iu;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\s*\./u;

function recipientOf(line: string): string | { name: string; note: string } {
  const text = line.replace(/^[-–—•+]\s*/u, "").replace(/[;,.\s]+$/u, "").trim();
  const m = /^(.*\S)\s*\(([^()]{1,30})\)$/u.exec(text);
  return m ? { name: m[1]!, note: m[2]! } : text;
}

export function readSignature(parts: SignatureParts, notes: Notes): SignatureResult {
  const lines: string[] = [];
  let archive: string | undefined;
  for (const x of parts.recipients) {
    const text = lineText(x);
    if (!text) continue;
    if (HEADING.test(text)) {
      const rest = text.replace(HEADING, "").trim();
      if (rest) lines.push(rest);
      continue;
    }
    if (ARCHIVE.test(text)) {
      archive = text.replace(/^[-–—•+]\s*/u, "").trim();
      continue;
    }
    if (archive !== undefined) {
      // Text after the Lưu line belongs to it (a drafter's initials on the next line).
      archive = `${archive} ${text}`;
      continue;
    }
    if (lines.length > 0 && !/^[-–—•+]/u.test(text)) lines[lines.length - 1] += ` ${text}`;
    else lines.push(text);
  }
  const recipients = lines.map(recipientOf).filter((r) => (typeof r === "string" ? r : r.name) !== "");
  if (recipients.length) notes.add("recognised", ["recipients"], t(`${recipients.length} nơi nhận`, `${recipients.length} recipients`));
  if (archive !== undefined) notes.add("recognised", ["archive"], t(`dòng lưu "${archive}"`, `the file-copy line "${archive}"`));

  // Signer: the lines of the signature cell, empty ones marking the signing space.
  const cell = parts.signer.map((x) => lineText(x));
  const filled = cell.map((s, i) => ({ s, i })).filter((l) => l.s !== "");
  const authority: string[] = [];
  let title: string | undefined;
  let k = 0;
  while (k < filled.length && AUTHORITY.test(filled[k]!.s)) authority.push(filled[k++]!.s);
  // The position: capitals right after the authority lines, before the signing space.
  if (k < filled.length - 1 && isCapitals(filled[k]!.s) && (filled[k + 1]!.i > filled[k]!.i + 1 || isCapitals(filled[k]!.s))) title = filled[k++]!.s;
  // The name: the first line after the signing space (an empty line or more), else the next line.
  const rest = filled.slice(k);
  let nameAt = rest.findIndex((l, j) => j > 0 && l.i > rest[j - 1]!.i + 1);
  if (nameAt < 0) nameAt = rest.length > 1 && /ký|đã ký|\(ký/iu.test(rest[0]!.s) ? 1 : 0;
  const before = rest.slice(0, nameAt).map((l) => l.s);
  const name = rest[nameAt]?.s ?? "";
  const below = rest.slice(nameAt + 1).map((l) => l.s);
  const signer: SignatureResult["signer"] = { name };
  if (authority.length) signer.authority = authority;
  if (title !== undefined) signer.title = title;
  if (before.length) {
    // Lines in the signing space ("(Đã ký)", a seal note) are kept above the name with the position.
    signer.title = [signer.title, ...before].filter(Boolean).join(" ");
    notes.add("guessed", ["signer", "title"], t(`dòng trong khoảng ký được ghép vào chức vụ: ${before.join(" / ")}`, `lines in the signing space joined to the position: ${before.join(" / ")}`));
  }
  if (below.length) signer.below = below;
  if (name) notes.add("recognised", ["signer"], t(`người ký: ${[...authority, title ?? "", name].filter(Boolean).join(" / ")}`, `signer: ${[...authority, title ?? "", name].filter(Boolean).join(" / ")}`));
  else notes.add("guessed", ["signer", "name"], t("không tìm thấy họ tên người ký", "no signer's name found"));
  return { recipients, ...(archive !== undefined ? { archive } : {}), signer };
}

/**
 * The Lưu line as the plan's archive field: "Lưu: VT." is kehoach's default (left out), "Lưu:
 * VT, KGVX." lists units; anything else is kept as a written line.
 */
export function archiveField(line: string): string | { units: string[] } | undefined {
  if (/^lưu\s*:\s*VT\s*\.?$/iu.test(line)) return undefined;
  const m = /^[Ll]ưu\s*:\s*VT\s*,\s*([\p{Lu}\d&]+(?:\s*,\s*[\p{Lu}\d&]+)*)\s*\.?$/u.exec(line);
  return m ? { units: m[1]!.split(/\s*,\s*/u) } : line;
}
