import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MINIMAL_PLAN } from "../helpers/build.js";
import { runMain, tempDir } from "../helpers/main-io.js";

/**
 * Bad input through the real CLI (`build`, then `validate`): a clear located message, a
 * non-zero exit, no stack trace, and the output path untouched — whatever was there stays.
 */
const OLD_OUTPUT = "bản cũ, không được ghi đè";

function setup(write: (file: string) => void): { dir: string; out: string; before: number } {
  const dir = tempDir();
  write(path.join(dir, "plan.yaml"));
  const out = path.join(dir, "plan.docx");
  writeFileSync(out, OLD_OUTPUT);
  return { dir, out, before: statSync(out).mtimeMs };
}

const aliasBomb = (): string => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 0; i < 9; i++) {
    const [p, n] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
    lines.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(",")}]`);
  }
  return `${lines.join("\n")}\n`;
};

interface Case {
  readonly name: string;
  readonly write: (file: string) => void;
  readonly exit: number;
  /** The first line printed, exactly (a pattern where the column depends on the stack size). */
  readonly first: string | RegExp;
}

const CASES: Case[] = [
  { name: "an empty file", write: (f) => writeFileSync(f, ""), exit: 3, first: "plan.yaml  lỗi  yaml-empty  tệp kế hoạch trống" },
  { name: "a file of comments only", write: (f) => writeFileSync(f, "# sẽ viết sau\n"), exit: 3, first: "plan.yaml  lỗi  yaml-empty  tệp kế hoạch trống" },
  {
    name: "a binary file",
    write: (f) => writeFileSync(f, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00])),
    exit: 3,
    first: "plan.yaml  lỗi  input-not-text  tệp nhị phân, không phải văn bản YAML",
  },
  {
    name: "a file in a legacy Vietnamese encoding (not UTF-8)",
    write: (f) => writeFileSync(f, Buffer.from("tier: commune\ntitle: K\xea ho\xb8ch\n", "latin1")),
    exit: 3,
    first: "plan.yaml  lỗi  input-not-text  tệp không phải mã UTF-8 (có thể là TCVN3/VNI); hãy lưu lại với bảng mã Unicode UTF-8",
  },
  {
    name: "a list at the top level",
    write: (f) => writeFileSync(f, "- tier: commune\n- title: Kế hoạch\n"),
    exit: 4,
    first: "plan.yaml:1:1  lỗi  schema-not-a-plan  tệp kế hoạch phải là một nhóm trường (tier:, issuer:, title: …)",
  },
  {
    name: "a scalar at the top level",
    write: (f) => writeFileSync(f, "Kế hoạch năm 2026\n"),
    exit: 4,
    first: "plan.yaml:1:1  lỗi  schema-not-a-plan  tệp kế hoạch phải là một nhóm trường (tier:, issuer:, title: …)",
  },
  {
    name: "duplicate keys",
    write: (f) => writeFileSync(f, MINIMAL_PLAN.replace("date: 2026-01-09\n", "date: 2026-01-09\ndate: 2026-01-10\n")),
    exit: 3,
    first: "plan.yaml:5:1  lỗi  yaml-duplicate-key  khóa bị lặp lại trong cùng một mục",
  },
  {
    name: "tabs used to indent",
    write: (f) => writeFileSync(f, MINIMAL_PLAN.replace("  name: Ủy ban", "\tname: Ủy ban")),
    exit: 3,
    first: "plan.yaml:3:1  lỗi  yaml-tab-as-indent  dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách",
  },
  {
    name: "a 50 MB file (sparse)",
    write: (f) => {
      const fd = openSync(f, "w");
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
    },
    exit: 3,
    first: "plan.yaml  lỗi  input-too-large  tệp quá lớn (đã dừng đọc sau 5 MB); một kế hoạch không vượt quá 5 MB",
  },
  {
    name: "an alias bomb (billion laughs)",
    write: (f) => writeFileSync(f, aliasBomb()),
    exit: 3,
    first: "plan.yaml  lỗi  yaml-alias-bomb  tệp dùng quá nhiều tham chiếu (*alias) lồng nhau; đã dừng để tránh treo máy",
  },
  {
    name: "brackets nested 100,000 deep",
    write: (f) => writeFileSync(f, `title: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`),
    exit: 3,
    first: /^plan\.yaml:1:\d+  lỗi  yaml-resource-exhaustion  tệp lồng nhau quá sâu hoặc quá nhiều tham chiếu; đã dừng để tránh treo máy$/,
  },
  {
    name: "half a million one-character list items (under the size limit)",
    write: (f) => writeFileSync(f, `sections: [${Array(500_000).fill("x").join(",")}]\n`),
    exit: 3,
    first: "plan.yaml  lỗi  input-too-complex  tệp có quá nhiều dòng hoặc phần tử (500.000); một kế hoạch không lớn như vậy",
  },
];

describe("bad input ends in a clear message, never a stack trace, and leaves the output alone", () => {
  it.each(CASES)("$name", async ({ write, exit, first }) => {
    const { dir, out, before } = setup(write);
    for (const argv of [["build", "plan.yaml"], ["validate", "plan.yaml"]]) {
      const run = await runMain(argv, { cwd: dir });
      expect(run.code, argv.join(" ")).toBe(exit);
      if (typeof first === "string") expect(run.stderr.split("\n")[0]).toBe(first);
      else expect(run.stderr.split("\n")[0]).toMatch(first);
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
      expect(run.stdout).toBe("");
    }
    expect(readFileSync(out, "utf8")).toBe(OLD_OUTPUT);
    expect(statSync(out).mtimeMs).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["plan.docx", "plan.yaml"]);
  });

  it("creates no output file when there was none", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "plan.yaml"), "- a\n");
    expect((await runMain(["build", "plan.yaml"], { cwd: dir })).code).toBe(4);
    expect((await runMain(["build", "plan.yaml", "-o", "ra/kq.docx"], { cwd: dir })).code).toBe(4);
    expect(readdirSync(dir)).toEqual(["plan.yaml"]);
  });

  it("does not overwrite the output when the plan breaks an ND30 rule (exit 9)", async () => {
    const { dir, out } = setup((f) => writeFileSync(f, MINIMAL_PLAN.replace("number: 3", "number: 0")));
    const run = await runMain(["build", "plan.yaml"], { cwd: dir });
    expect(run.code).toBe(9);
    expect(run.stderr).toContain("plan.yaml:5:9  lỗi  ND30-so-ky-hieu");
    expect(run.stderr).toContain("plan.yaml  lỗi  nd30-errors  kế hoạch sai thể thức Nghị định 30 (xem các lỗi trên); không ghi tệp");
    expect(readFileSync(out, "utf8")).toBe(OLD_OUTPUT);
  });
});

describe("harmless encodings are cleaned, noted once, and build", () => {
  it.each([
    ["a byte-order mark", (s: string) => `\uFEFF${s}`, "đã bỏ dấu BOM ở đầu tệp"],
    ["CRLF line ends", (s: string) => s.replace(/\n/g, "\r\n"), "đã đổi xuống dòng CRLF thành LF"],
    ["decomposed Unicode (NFD)", (s: string) => s.normalize("NFD"), "văn bản chưa ở dạng Unicode dựng sẵn (NFC); đã chuẩn hóa"],
  ])("%s", async (_name, transform, notice) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "plan.yaml"), transform(MINIMAL_PLAN));
    const run = await runMain(["build", "plan.yaml"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "0" } });
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n").filter((l) => l.includes(notice))).toEqual([`plan.yaml  lưu ý  input-cleaned  ${notice}`]);
    expect(existsSync(path.join(dir, "plan.docx"))).toBe(true);
  });
});
