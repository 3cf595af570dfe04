import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LocalText } from "../../src/i18n/text.js";
import { convertPool, shares } from "../../src/pdf/soffice-pool.js";
import { fakeSoffice } from "../helpers/fake-soffice.js";

let fake: Awaited<ReturnType<typeof fakeSoffice>>;
beforeAll(async () => {
  fake = await fakeSoffice();
});

/** Processes whose command line holds the fake's hanging sleep: none may be left. */
function hangingSleeps(): string[] {
  try {
    return execFileSync("pgrep", ["-f", "sleep 3001"], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function run(contents: string[], processes: number, timeoutMs = 800) {
  const pdfs = new Map<number, Uint8Array>();
  const failed = new Map<number, LocalText>();
  await convertPool(
    contents.map((c) => ({ docx: new TextEncoder().encode(c) })),
    {
      soffice: fake.file,
      processes,
      timeoutMs,
      target: "pdf",
      onPdf: async (i, pdf) => void pdfs.set(i, pdf),
      onFail: (i, reason) => void failed.set(i, reason),
    },
  );
  const starts = readFileSync(path.join(fake.dir, "starts.log"), "utf8").trim().split("\n").map(Number);
  return { pdfs, failed, starts };
}

describe("the LibreOffice pool", () => {
  it("splits the list into contiguous shares, one per process", () => {
    expect(shares(5, 2)).toEqual([[0, 1, 2], [3, 4]]);
    expect(shares(2, 4)).toEqual([[0], [1]]);
    expect(shares(65, 2).map((s) => s.length)).toEqual([33, 32]);
  });

  it("gives each process its whole share in one start", async () => {
    const { pdfs, failed, starts } = await run(["a", "b", "c", "d", "e"], 2);
    expect([...pdfs.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(failed.size).toBe(0);
    expect(starts.slice(-2).sort()).toEqual([2, 3]);
    expect(Buffer.from(pdfs.get(0)!.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });

  it("fails only the document LibreOffice hangs on, kills the hung processes, and converts the rest in a new process", async () => {
    const { pdfs, failed, starts } = await run(["a", "HANG", "c", "d"], 1);
    expect([...pdfs.keys()].sort()).toEqual([0, 2, 3]);
    expect([...failed.keys()]).toEqual([1]);
    expect(failed.get(1)!.en).toMatch(/did not finish this file within 1 s; it was stopped/);
    // One start for the four, one for the two after the hung one.
    expect(starts.slice(-2)).toEqual([4, 2]);
    expect(hangingSleeps()).toEqual([]);
  });

  it("fails only the document LibreOffice crashes on", async () => {
    const { pdfs, failed } = await run(["CRASH", "b"], 1);
    expect([...pdfs.keys()]).toEqual([1]);
    expect(failed.get(0)!.en).toMatch(/LibreOffice stopped abnormally/);
  });

  it("reports a document LibreOffice cannot load, with its message", async () => {
    const { pdfs, failed } = await run(["a", "REFUSE"], 1);
    expect([...pdfs.keys()]).toEqual([0]);
    expect(failed.get(1)!.en).toBe("LibreOffice could not convert this file: Error: source file could not be loaded");
  });
});
