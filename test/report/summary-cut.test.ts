// The job summary is cut at its byte budget. Cut wherever the budget fell, the cut landed inside
// a run's fenced output or its open <details>: the note about the cut rendered as code, and so
// did everything after it. The cut closes what it leaves open, then says what it cut.
import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { cutMarkdownToBytes } from "../../src/report/markdown.js";
import { JOB_SUMMARY_LIMIT_BYTES, renderSummary } from "../../src/report/summary.js";
import { outcomeOf, pushEvent, run } from "./github-fixtures.js";

const note = (cut: number): string => `\n> [!NOTE]\n> ${cut} bytes were cut.`;

/**
 * Where each line of the markdown stands: in a fenced code block or not, and how many <details>
 * blocks are open around it (CommonMark's fences; the tags these reports write).
 */
function blocksAt(markdown: string): Array<{ line: string; inFence: boolean; openDetails: number }> {
  let fence: string | undefined;
  let details = 0;
  return markdown.split("\n").map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== undefined) {
      const closes = marker?.[1] && marker[1][0] === fence[0] && marker[1].length >= fence.length && marker[2]?.trim() === "";
      const where = { line, inFence: true, openDetails: details };
      if (closes) fence = undefined;
      return where;
    }
    if (marker?.[1]) {
      fence = marker[1];
      return { line, inFence: true, openDetails: details };
    }
    if (line.startsWith("<details>")) details++;
    if (line.startsWith("</details>")) details--;
    return { line, inFence: false, openDetails: details };
  });
}

describe("cutting markdown to a byte budget", () => {
  const markdown = [
    "### Flows",
    "",
    "<details><summary>a / b — ✅ completed</summary>",
    "",
    "````",
    "line one ``` not a fence",
    "```",
    "line three",
    "line four",
    ...Array.from({ length: 40 }, (_, i) => `more line ${i}`),
    "````",
    "",
    "</details>",
    "",
    "after",
  ].join("\n");

  it("closes the fence and the <details> the cut is inside, between whole lines", () => {
    const kept = markdown.split("\n").slice(0, 8).join("\n");
    const expected = `${kept}\n\`\`\`\`\n\n</details>\n${note(Buffer.byteLength(markdown) - Buffer.byteLength(kept))}`;
    // Room for what is expected and part of the next line ("line four"), not all of it.
    const budget = Buffer.byteLength(expected) + 6;
    const cut = cutMarkdownToBytes(markdown, budget, note);
    expect(cut).toBe(expected);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(budget);
  });

  it("never splits a character, however the budget falls", () => {
    const text = `<details>\n\n\`\`\`\n${"é😀\n".repeat(200)}\`\`\`\n\n</details>\n`;
    for (let budget = 80; budget < 200; budget++) {
      const cut = cutMarkdownToBytes(text, budget, note);
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(budget);
      expect(cut).not.toContain("\uFFFD");
      const last = blocksAt(cut).at(-1);
      expect(last).toMatchObject({ inFence: false, openDetails: 0 });
    }
  });

  // Each try cut again by what the closing tags overflowed: lines that open `<details>` (or
  // `<b>`) up to just under the budget and one long line after them made that 1 byte a try, one
  // try a byte of the long line, each reading all that was kept: minutes for what a flow step
  // writes to the job summary (256 KiB). A few such tries, then halves of the room.
  it("cuts a step's summary whose closing tags overflow by a byte in a bounded number of tries", () => {
    const budget = 32 * 1024;
    const short = (cut: number): string => `cut ${cut}`;
    for (const open of ["<b>", "<details>"]) {
      const closer = open === "<b>" ? "</b>".length : "\n\n</details>".length;
      // Kept lines and their closing tags fill the budget but a few bytes: the long line never fits.
      const lines = Math.floor((budget - 2) / (open.length + 1 + closer));
      let tries = 0;
      let cut = "";
      for (let extra = 0; extra < 24 && tries < 30; extra++) {
        tries = 0;
        const text = `${`${open}\n`.repeat(lines + extra)}${"x".repeat(budget)}`;
        cut = cutMarkdownToBytes(text, budget, (bytes) => {
          tries++;
          return short(bytes);
        });
        expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(budget);
        expect(tries, `${open} ×${lines + extra}`).toBeLessThanOrEqual(30);
      }
      expect(cut).toMatch(/\ncut \d+$/);
    }
  });

  it("leaves markdown within its budget as it is", () => {
    expect(cutMarkdownToBytes(markdown, 10_000, note)).toBe(markdown);
  });
});

describe("the job summary's cut", () => {
  it("puts its note outside every code block and <details>, and still fits GitHub's limit", () => {
    // Many runs, each with a long output tail in a collapsed code block: the budget falls in one.
    const runs: FlowRunView[] = Array.from({ length: 80 }, (_, i) =>
      run({ id: `run_${i}`, stepName: `s${i}`, output: `${"an output line\n".repeat(1500)}`, resultPayload: { status: "completed", message: "m" } }),
    );
    const md = renderSummary(outcomeOf({ ...pushEvent(), id: "evt" }, runs), { runUrl: "https://github.com/o/r/actions/runs/1" });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
    const lines = blocksAt(md);
    const noteAt = lines.findIndex((each) => each.line.includes("were left out to stay under GitHub's 1 MiB job summary limit"));
    expect(noteAt).toBeGreaterThan(0);
    expect(lines[noteAt]).toMatchObject({ inFence: false, openDetails: 0 });
    expect(lines.at(-1)).toMatchObject({ inFence: false, openDetails: 0 });
  });
});

describe("a budget smaller than the note", () => {
  it("keeps no content, only the note (it kept every line up to the last, 5 KB for a budget of 20 bytes)", () => {
    const cut = cutMarkdownToBytes("line\n".repeat(1000), 20, note);
    expect(cut).toBe(`\n${note(5000)}`);
  });
});

describe("the note on the table rows left out", () => {
  // 400 steps in 40 KiB: most rows are left out, and the note says where they can be seen.
  const runs = Array.from({ length: 400 }, (_, i) => run({ id: `run_${String(i).padStart(12, "0")}`, flowName: `flow-${i}-${"f".repeat(60)}`, stepName: "s" }));
  const noteOf = (options: Parameters<typeof renderSummary>[1]): string =>
    renderSummary(outcomeOf(pushEvent(), runs), { maxBytes: 40 * 1024, ...options })
      .split("\n")
      .find((line) => line.includes("are not listed in this table")) ?? "";

  it("points to the steps' check runs only when the job writes them, and to the job log in every case", () => {
    expect(noteOf({ checkRuns: "per-step" })).toContain("see their check runs, and the job log");
    expect(noteOf({ checkRuns: "per-event" })).toContain("see the event's check run, and the job log");
    for (const off of [noteOf({ checkRuns: "off" }), noteOf({})]) {
      expect(off).toContain("(steps that need a look are listed first): see the job log (for steps run in their own jobs, those jobs' logs and runs files).");
      expect(off).not.toContain("check run");
    }
  });
});
