import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { superviseProcess } from "../../src/runners/process.js";
import { BUN_PATH, tempDirEachTest } from "./helpers.js";

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

// Run by vitest (Node: node:child_process) and by `npm run test:bun` (Bun: Bun.spawn).
describe("a supervised process's stdin", () => {
  it("gets text, bytes and file ranges in order, however large, then end of input", async () => {
    const file = path.join(dir, "range.txt");
    await writeFile(file, "0123456789");
    const big = "é".repeat(300_000); // 600 KB of two-byte characters: slices must not split one
    const lines: string[] = [];
    const result = await superviseProcess({
      command: BUN_PATH,
      args: ["-e", 'const text = await Bun.stdin.text(); const [head, big, tail] = text.split("|"); console.log(head); console.log(big.length, [...new Set(big)].join("")); console.log(tail);'],
      cwd: dir,
      env: { PATH: process.env.PATH ?? "" },
      stdin: ["head ", { path: file, start: 2, end: 7 }, "|", big, "|", new TextEncoder().encode("tail bytes")],
      timeoutMs: 20_000,
      onLine: (_stream, line) => lines.push(line),
    });
    expect(result).toMatchObject({ exitCode: 0, signal: null, timedOut: false, canceled: false });
    expect(lines).toEqual(["head 23456", "300000 é", "tail bytes"]);
  });

  /** A step that exits at once with 1 MB still to come on its stdin. */
  const exitWithoutReading = () =>
    superviseProcess({
      command: BUN_PATH,
      args: ["-e", "process.exit(3)"],
      cwd: dir,
      env: { PATH: process.env.PATH ?? "" },
      stdin: ["x".repeat(1_000_000)],
      timeoutMs: 20_000,
      onLine: () => undefined,
    });

  it("is no problem for a process that exits without reading it", async () => {
    expect(await exitWithoutReading()).toMatchObject({ exitCode: 3, signal: null, timedOut: false });
  });

  it("leaves no unhandled error behind when many steps exit without reading it at once", async () => {
    // On Bun a write to a full pipe returns a promise, which a step gone meanwhile rejects with
    // EPIPE: left unawaited, it was an unhandled rejection that failed the command (8 at once
    // raised about a thousand of them).
    const unhandled: unknown[] = [];
    const note = (error: unknown): void => {
      unhandled.push(error);
    };
    process.on("unhandledRejection", note);
    try {
      for (let round = 0; round < 3; round += 1) {
        const results = await Promise.all(Array.from({ length: 8 }, exitWithoutReading));
        for (const result of results) expect(result).toMatchObject({ exitCode: 3, timedOut: false });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", note);
    }
  }, 60_000);
});
