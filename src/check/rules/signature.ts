import { t, type LocalText } from "../../i18n/text.js";
import { ND30 } from "../../layout/nd30.js";
import type { Placed } from "../anatomy.js";
import { at, mmText, quote } from "../describe.js";
import { checkFormat } from "../format-check.js";
import { alignment, isEmpty, linesOf, runPt, shownUpper, textOf, TNR_LINE_EM } from "../paragraph.js";
import { failed, judge, notEvaluated, overEach, passed, type CheckedDoc, type Finding, type Rule } from "../rule.js";

/** nd30-spec §18 rules 30–36 (PL I, Phần II, khoản 7 and 9b): Nơi nhận and the signature block. */

const SIGN_CLAUSE = ND30.signerTitle.sizePt.ref;
const RECIPIENTS_CLAUSE = ND30.recipientsHeading.sizePt.ref;
const NO_TABLE = t("không có bảng Nơi nhận | chữ ký sau nội dung", "no Nơi nhận | signature table after the content");
const NO_SIGNER = t("không tìm thấy khối chữ ký (ô 7)", "no signature block found (ô 7)");
const NO_RECIPIENTS = t("không tìm thấy «Nơi nhận:»", "no «Nơi nhận:» found");

const signatureTable: Rule = {
  id: "ND30-signature-table",
  level: "W",
  clause: "PL I, Phần I, mục IV (ô 7, 9b); Mẫu 1.4",
  title: t("Nơi nhận và chữ ký là bảng 2 cột không viền, cột trái ≤ 50 %", "Nơi nhận and signature as a borderless two-column table, left column ≤ 50 %"),
  check: ({ parts }) => {
    const table = parts.signature.table;
    if (!table) return [failed(NO_TABLE)];
    const total = table.grid.reduce((a, b) => a + b, 0);
    const left = table.grid[0] ?? 0;
    const drawn = Object.entries(table.borderSides).filter(([, v]) => !/^(none|nil)$/.test(v));
    return [
      judge(table.grid.length === 2, t(`bảng ${table.grid.length} cột`, `${table.grid.length} columns`), t("2 cột", "2 columns")),
      judge(drawn.length === 0, drawn.length === 0 ? t("không viền", "borderless") : t(`có viền (${drawn.map(([k]) => k).join(", ")})`, `borders (${drawn.map(([k]) => k).join(", ")})`), t("không viền", "borderless")),
      judge(total > 0 && left / total <= 0.5, t(`cột trái ${Math.round((left / (total || 1)) * 100)} % bề rộng`, `left column ${Math.round((left / (total || 1)) * 100)} % of the width`), t("≤ 50 %", "≤ 50 %")),
    ];
  },
};

const alignmentRule: Rule = {
  id: "ND30-signature-alignment",
  level: "E",
  clause: RECIPIENTS_CLAUSE,
  title: t("«Nơi nhận:» ngang hàng với dòng chức vụ người ký (cùng hàng bảng, canh trên)", "«Nơi nhận:» level with the signer's title (same table row, top-aligned)"),
  check: ({ parts }) => {
    const s = parts.signature;
    if (!s.table) return [failed(NO_TABLE)];
    if (!s.recipientsCell || !s.signerCell) return [failed(s.recipientsCell ? NO_SIGNER : NO_RECIPIENTS)];
    const sameRow = s.recipientsRow === s.signerRow;
    const top = [s.recipientsCell, s.signerCell].every((c) => c.vAlign === undefined || c.vAlign === "top");
    return [
      judge(sameRow, sameRow ? t("cùng một hàng", "in one row") : t(`Nơi nhận ở hàng ${(s.recipientsRow ?? 0) + 1}, chữ ký ở hàng ${(s.signerRow ?? 0) + 1}`, `Nơi nhận in row ${(s.recipientsRow ?? 0) + 1}, the signature in row ${(s.signerRow ?? 0) + 1}`), t("cùng một hàng", "the same row")),
      judge(top, top ? t("hai ô canh trên", "both cells top-aligned") : t("ô không canh trên (w:vAlign)", "a cell not top-aligned (w:vAlign)"), t("canh trên", "top-aligned")),
    ];
  },
};

const recipientsHeading: Rule = {
  id: "ND30-recipients-heading",
  level: "E",
  clause: RECIPIENTS_CLAUSE,
  title: t("«Nơi nhận:» đậm nghiêng, cỡ 12, sát lề trái", "«Nơi nhận:» bold italic, 12 pt, flush left"),
  check: ({ parts }) => {
    const heading = parts.signature.recipients[0];
    if (!heading) return [failed(NO_RECIPIENTS)];
    const text = textOf(heading.p);
    const ind = (heading.p.props.indLeft ?? 0) + (heading.p.props.indFirstLine ?? 0);
    return [
      judge(text === "Nơi nhận:", t(`viết ${quote(text)}`, `written ${quote(text)}`), t("«Nơi nhận:» (chữ thường, có dấu hai chấm)", "«Nơi nhận:» (lower case, with a colon)")),
      checkFormat(t("Nơi nhận", "Nơi nhận"), heading, { align: ["left", "both"], bold: true, italic: true, size: ND30.recipientsHeading.sizePt }),
      judge(ind <= 0, ind <= 0 ? t("sát lề trái", "flush left") : t(`thụt lề ${mmText(ind)}`, `indented ${mmText(ind)}`), t("sát lề trái", "flush left")),
    ];
  },
};

/** "- X;" or "- X; (để b/c)" — a parenthetical may follow the semicolon in practice (nd30-spec §10). */
const ITEM_END = /;(\s*\([^)]*\))?$/u;
const ARCHIVE = /^- Lưu: VT(, .+)?\.(\s+\S.*)?$/u;

function recipientLines(x: readonly Placed[]): { at: Placed; line: string }[] {
  return x.flatMap((p) => linesOf(p.p).map((line) => ({ at: p, line })));
}

const recipientsList: Rule = {
  id: "ND30-recipients-list",
  level: "E",
  clause: RECIPIENTS_CLAUSE,
  title: t("Mỗi nơi nhận một dòng «- …;» cỡ 11, đứng (dòng «Lưu»: ND30-luu)", "One recipient per line «- …;», 11 pt upright (the «Lưu» line: ND30-luu)"),
  check: ({ parts }) => {
    const items = parts.signature.recipients.slice(1);
    if (parts.signature.recipients.length === 0) return [notEvaluated(NO_RECIPIENTS)];
    if (items.length === 0) return [failed(t("không có dòng nơi nhận nào dưới «Nơi nhận:», yêu cầu các dòng «- …;» và «- Lưu: VT, ….»", "no recipient lines under «Nơi nhận:», required «- …;» lines and «- Lưu: VT, ….»"))];
    const lines = recipientLines(items);
    const findings: Finding[] = overEach(
      items,
      (x) => {
        const f = checkFormat(t("Dòng nơi nhận", "Recipient line"), x, { bold: false, italic: false, size: ND30.recipientItem.sizePt });
        if (f.status === "FAIL") return f;
        const ind = Math.max(x.p.props.indLeft ?? 0, (x.p.props.indLeft ?? 0) + (x.p.props.indFirstLine ?? 0));
        return ind > 0 ? judge(false, t(`thụt lề ${mmText(ind)}`, `indented ${mmText(ind)}`), t("sát lề trái", "flush left"), at(x.p.text)) : undefined;
      },
      (n) => t(`${n} dòng cỡ 11, đứng, sát lề trái`, `${n} lines at 11 pt, upright, flush left`),
      NO_RECIPIENTS,
    );
    findings.push(
      ...overEach(
        lines.slice(0, -1),
        ({ line }) =>
          !line.startsWith("-")
            ? judge(false, t(`${quote(line)} không bắt đầu bằng «-»`, `${quote(line)} does not start with «-»`), t("mỗi dòng bắt đầu bằng «-»", "each line starting with «-»"))
            : !ITEM_END.test(line)
              ? judge(false, t(`${quote(line)} không kết thúc bằng «;»`, `${quote(line)} does not end with «;»`), t("mỗi dòng kết thúc bằng «;»", "each line ending with «;»"))
              : undefined,
        (n) => t(`${n} dòng «- …;»`, `${n} «- …;» lines`),
        t("chỉ có dòng «Lưu»", "only the «Lưu» line"),
      ).filter((f) => f.status !== "NOT_EVALUATED"),
    );
    return findings;
  },
};

/** The same id as the plan rule: one `rules: { ND30-luu: warning }` covers the plan and the DOCX. */
const archiveLine: Rule = {
  id: "ND30-luu",
  level: "E",
  clause: RECIPIENTS_CLAUSE,
  title: t("Dòng cuối của Nơi nhận là «- Lưu: VT, ….»", "The last line of Nơi nhận is «- Lưu: VT, ….»"),
  check: ({ parts }) => {
    if (parts.signature.recipients.length === 0) return [notEvaluated(NO_RECIPIENTS)];
    const lines = recipientLines(parts.signature.recipients.slice(1));
    const last = lines[lines.length - 1];
    if (!last) return [failed(t("không có dòng «- Lưu: VT, ….» dưới «Nơi nhận:»", "no «- Lưu: VT, ….» line under «Nơi nhận:»"))];
    return [judge(ARCHIVE.test(last.line), t(`dòng cuối ${quote(last.line)}`, `last line ${quote(last.line)}`), t("«- Lưu: VT, <đơn vị>.»", "«- Lưu: VT, <unit>.»"))];
  },
};

/** Title lines: the leading capitals of the signer's cell; the name is its last non-empty line. */
function signerParts(doc: CheckedDoc): { titles: Placed[]; name?: Placed; between: Placed[] } {
  const cell = doc.parts.signature.signer;
  const filled = cell.filter((x) => !isEmpty(x.p));
  let name = filled.length > 1 ? filled[filled.length - 1] : undefined;
  const titles: Placed[] = [];
  for (const x of cell) {
    if (x === name) break;
    if (isEmpty(x.p)) {
      if (titles.length > 0) break;
      continue;
    }
    if (!shownUpper(x.p)) break;
    titles.push(x);
  }
  const last = titles[titles.length - 1];
  // After the signature space, the name is the first line; lines under it (a second position,
  // kehoach's signer.below) follow it.
  const afterTitles = last ? cell.slice(cell.indexOf(last) + 1) : [];
  const firstFilled = afterTitles.findIndex((x) => !isEmpty(x.p));
  if (firstFilled > 0) name = afterTitles[firstFilled];
  const between = last && name ? cell.slice(cell.indexOf(last) + 1, cell.indexOf(name)) : [];
  return { titles, ...(name ? { name } : {}), between };
}

const PREFIX_FORM = /^(TM|KT|TL|TUQ|Q)\. \S/u;
const PREFIX_LIKE = /^(T\/M|K\/T|T\/L|TM|KT|TL|TUQ|Q)(\.|\s|$)/u;
type Kind = "TM" | "KT" | "TL" | "TUQ" | "Q" | "title";
/** Which line may follow which (nd30-spec rule 33); the chain ends on a bare title, or on Q. */
const NEXT: Record<Kind | "start", readonly Kind[]> = {
  start: ["TM", "KT", "TL", "TUQ", "Q", "title"],
  TM: ["KT", "Q", "title"],
  KT: ["title"],
  TL: ["KT", "title"],
  TUQ: ["title"],
  Q: [],
  title: [],
};

/** A loosely written prefix ("T/M", "KT.CHỦ TỊCH") read as the one it stands for, so the order can still be judged. */
function kindOf(line: string): Kind {
  const m = /^(TM|KT|TL|TUQ|Q)\./u.exec(line) ?? (PREFIX_LIKE.test(line) ? /^(T\/M|K\/T|T\/L|TM|KT|TL|TUQ|Q)/u.exec(line) : null);
  return m ? (m[1]!.replace("/", "") as Kind) : "title";
}

function sequenceProblem(lines: readonly string[]): LocalText | undefined {
  let state: Kind | "start" = "start";
  for (const line of lines) {
    const kind = kindOf(line);
    if (!NEXT[state].includes(kind)) return t(`«${kind === "title" ? line : `${kind}.`}» không được đứng sau «${state === "start" ? "—" : state === "title" ? "chức vụ" : `${state}.`}»`, `«${kind === "title" ? line : `${kind}.`}» cannot follow «${state === "start" ? "—" : state === "title" ? "a title" : `${state}.`}»`);
    state = kind;
  }
  return state === "title" || state === "Q" ? undefined : t(`thiếu chức vụ sau «${state}.»`, `no title after «${state}.»`);
}

const signerTitle: Rule = {
  id: "ND30-signer-title",
  level: "E",
  clause: SIGN_CLAUSE,
  title: t("Quyền hạn, chức vụ người ký in hoa, đậm, cỡ 13–14, căn giữa; TM./KT./TL./TUQ./Q. đúng dạng và thứ tự", "Signing authority and title in bold capitals, 13–14 pt, centred; TM./KT./TL./TUQ./Q. well formed and in order"),
  check: (doc) => {
    const cell = doc.parts.signature.signer;
    if (cell.filter((x) => !isEmpty(x.p)).length === 0) return [failed(NO_SIGNER)];
    const { titles } = signerParts(doc);
    if (titles.length === 0) return [failed(t("không có dòng chức vụ in hoa trong khối chữ ký", "no title line in capitals in the signature block"))];
    const findings: Finding[] = [];
    findings.push(judge(titles.length <= 3, t(`${titles.length} dòng quyền hạn, chức vụ`, `${titles.length} authority/title lines`), t("1–3 dòng", "1–3 lines")));
    findings.push(...titles.map((x) => checkFormat(t("Chức vụ", "Title"), x, { bold: true, italic: false, size: ND30.signerTitle.sizePt })));
    const problem = sequenceProblem(titles.map((x) => textOf(x.p)));
    findings.push(problem ? judge(false, problem, t("TM. X / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, KT. Y / chức vụ, TL., TUQ., Q. theo PL I, II.7", "TM. X / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, KT. Y / title, TL., TUQ., Q. per PL I, II.7")) : passed(t(`«${titles.map((x) => textOf(x.p)).join(" / ")}» đúng dạng`, `«${titles.map((x) => textOf(x.p)).join(" / ")}» well formed`)));
    const offCentre = cell.filter((x) => !isEmpty(x.p) && alignment(x.p) !== "center");
    findings.push(judge(offCentre.length === 0, offCentre.length === 0 ? t("các dòng căn giữa", "lines centred") : t(`${offCentre.length} dòng không căn giữa (${quote(textOf(offCentre[0]!.p))})`, `${offCentre.length} lines not centred (${quote(textOf(offCentre[0]!.p))})`), t("căn giữa", "centred")));
    return findings;
  },
};

/**
 * The form of the prefixes, apart from their order: the same id as the plan rule, a warning on
 * both sides ("T/M." kept as written with a warning, as the plan format allows).
 */
const prefixForm: Rule = {
  id: "ND30-chu-viet-tat-ky",
  level: "W",
  clause: SIGN_CLAUSE,
  title: t("Chữ viết tắt thẩm quyền ký viết «TM.», «KT.», «TL.», «TUQ.», «Q.» (in hoa, dấu chấm, một dấu cách)", "Signing-authority prefixes written «TM.», «KT.», «TL.», «TUQ.», «Q.» (capitals, a dot, one space)"),
  check: (doc) => {
    const { titles } = signerParts(doc);
    if (titles.length === 0) return [notEvaluated(NO_SIGNER)];
    const loose = titles.map((x) => textOf(x.p)).filter((line) => PREFIX_LIKE.test(line) && !PREFIX_FORM.test(line));
    return loose.length === 0
      ? [passed(t("chữ viết tắt thẩm quyền ký đúng dạng", "prefixes well formed"))]
      : loose.map((line) => judge(false, t(`${quote(line)}: tiền tố viết sai`, `${quote(line)}: malformed prefix`), t("TM., KT., TL., TUQ., Q. rồi một dấu cách", "TM., KT., TL., TUQ., Q. and one space")));
  },
};

const TITLES = /^(TS|ThS|PGS|GS|KS|BS|CN)\.\s*/u;

const signerName: Rule = {
  id: "ND30-signer-name",
  level: "E",
  clause: ND30.signerName.sizePt.ref,
  title: t("Họ tên người ký đậm, cỡ 13–14, chữ thường (hoa chữ đầu), không ghi học hàm, học vị", "Signer's name bold, 13–14 pt, name case, no academic titles"),
  check: (doc) => {
    const { name } = signerParts(doc);
    if (!name) return [failed(doc.parts.signature.signer.length === 0 ? NO_SIGNER : t("không tìm thấy họ tên người ký", "no signer's name found"))];
    const text = textOf(name.p);
    return [
      checkFormat(t("Họ tên", "Name"), name, { upper: false, bold: true, italic: false, size: ND30.signerName.sizePt }),
      judge(!TITLES.test(text), TITLES.test(text) ? t(`có học hàm, học vị «${TITLES.exec(text)![0].trim()}»`, `academic title «${TITLES.exec(text)![0].trim()}»`) : t("không có học hàm, học vị", "no academic title"), t("không ghi học hàm, học vị trước tên", "no academic title before the name")),
    ];
  },
};

/** Room for a signature and seal when it is made of spacing rather than empty lines (nd30-spec rule 35). */
const SIGNATURE_SPACE = 1000;

const signatureSpace: Rule = {
  id: "ND30-signature-space",
  level: "W",
  clause: ND30.signatureSpaceLines.ref,
  title: t("Chừa chỗ ký: ≥ 3 dòng trống (hoặc ≥ 1000 twip) giữa chức vụ và họ tên", "Room to sign: ≥ 3 empty lines (or ≥ 1000 twips) between title and name"),
  check: (doc) => {
    const { titles, name, between } = signerParts(doc);
    if (titles.length === 0 || !name) return [notEvaluated(NO_SIGNER)];
    const empty = between.filter((x) => isEmpty(x.p)).length;
    const signatureImage = between.some((x) => x.p.shapes.length > 0);
    const last = titles[titles.length - 1]!;
    const lineHeight = (x: Placed) => Math.max(0, ...x.p.runs.map(runPt), 10) * 20 * TNR_LINE_EM;
    const space = between.reduce((sum, x) => sum + lineHeight(x) + (x.p.props.spacingBefore ?? 0) + (x.p.props.spacingAfter ?? 0), 0) + (last.p.props.spacingAfter ?? 0) + (name.p.props.spacingBefore ?? 0);
    const ok = empty >= ND30.signatureSpaceLines.min || space >= SIGNATURE_SPACE || signatureImage;
    return [judge(ok, t(`${empty} dòng trống (${mmText(space)})`, `${empty} empty lines (${mmText(space)})`), t(`≥ ${ND30.signatureSpaceLines.min} dòng trống (hoặc ≥ ${mmText(SIGNATURE_SPACE)})`, `≥ ${ND30.signatureSpaceLines.min} empty lines (or ≥ ${mmText(SIGNATURE_SPACE)})`))];
  },
};

const signatureKeep: Rule = {
  id: "ND30-signature-keep",
  level: "W",
  clause: "thực tế (nd30-spec §13)",
  title: t("Khối chữ ký không tách khỏi đoạn cuối (keepNext hoặc hàng bảng không ngắt trang)", "The signature stays with the last paragraph (keepNext, or a row that cannot split)"),
  check: ({ parts }) => {
    const last = parts.body[parts.body.length - 1];
    const table = parts.signature.table;
    if (!last || !table) return [notEvaluated(last ? NO_TABLE : t("không tìm thấy phần nội dung", "no content found"))];
    const keep = last.p.props.keepNext === true;
    const cantSplit = table.rows.some((r) => r.cantSplit);
    return [judge(keep || cantSplit, t(`đoạn cuối ${keep ? "có" : "không có"} «giữ với đoạn sau», hàng chữ ký ${cantSplit ? "không" : "có thể"} ngắt trang`, `last paragraph ${keep ? "keeps" : "does not keep"} with next, signature row ${cantSplit ? "cannot" : "can"} split`), t("giữ với đoạn sau hoặc hàng không ngắt trang", "keep with next, or a row that cannot split"))];
  },
};

export const SIGNATURE_RULES: readonly Rule[] = [signatureTable, alignmentRule, recipientsHeading, recipientsList, archiveLine, signerTitle, prefixForm, signerName, signatureSpace, signatureKeep];
