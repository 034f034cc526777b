import { afterEach, describe, expect, it, vi } from "vitest";
import { terminalWriter } from "../../src/cli/terminal-write.js";

// The CLI's writes are batched (src/cli/terminal-write.ts): one write per line made a step
// printing 10 million short lines take 26 s to print, against 2 s with --json.

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the terminal writer", () => {
  it("hands many lines to its stream in few writes, whole and in order", async () => {
    const sent: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation(((text: string, done?: (error?: Error | null) => void) => {
      sent.push(text);
      done?.();
      return true;
    }) as typeof process.stderr.write);
    const lines = Array.from({ length: 20_000 }, (_, index) => `[flow/step] line ${index}\n`);
    const writer = terminalWriter(2);
    for (const line of lines) writer.write(line);
    await writer.settled();
    expect(sent.join("")).toBe(lines.join(""));
    // About 470 KB: a write per 64 KiB held, not one per line.
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.length).toBeLessThan(20);
  });

  it("keeps standard output and error in the order they were written", async () => {
    const sent: string[] = [];
    const spy = (name: string) =>
      ((text: string, done?: (error?: Error | null) => void) => {
        sent.push(`${name}:${text}`);
        done?.();
        return true;
      }) as typeof process.stdout.write;
    vi.spyOn(process.stdout, "write").mockImplementation(spy("out"));
    vi.spyOn(process.stderr, "write").mockImplementation(spy("err"));
    const out = terminalWriter(1);
    const err = terminalWriter(2);
    err.write("a\n");
    err.write("b\n");
    out.write("report\n");
    err.write("c\n");
    await out.settled();
    expect(sent).toEqual(["err:a\nb\n", "out:report\n", "err:c\n"]);
  });

  it("writes what it holds once the event loop turns, without waiting for more", async () => {
    const sent: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation(((text: string, done?: (error?: Error | null) => void) => {
      sent.push(text);
      done?.();
      return true;
    }) as typeof process.stderr.write);
    terminalWriter(2).write("live line\n");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual(["live line\n"]);
  });
});
