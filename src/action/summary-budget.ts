import { EOL } from "node:os";
import { cutMarkdownToBytes } from "../report/markdown.js";
import { JOB_SUMMARY_LIMIT_BYTES } from "../report/summary.js";

// GitHub takes at most 1 MiB of job summary per step; past that it drops the step's whole
// summary and shows an error in its place:
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits
// The action appends several sections in one step (the results, the upstream releases table,
// notes on what could not be written to GitHub, the events whose state was not saved), each
// with its own budget or none. This one counts them all.

/** Kept for the notes that say what was left out, after the sections have used the rest. */
const NOTE_RESERVE_BYTES = 4 * 1024;

export class StepSummaryBudget {
  #used = 0;

  constructor(private readonly limitBytes = JOB_SUMMARY_LIMIT_BYTES) {}

  /**
   * What to append of a section (written with a line break after it): all of it while it fits,
   * else what fits, cut between lines with open blocks closed, and a note naming the section
   * and how much of it was left out; undefined when not even the note fits any more.
   */
  fit(markdown: string, section: string): string | undefined {
    const size = Buffer.byteLength(markdown, "utf8") + EOL.length;
    const contentLeft = this.limitBytes - NOTE_RESERVE_BYTES - this.#used;
    if (size <= contentLeft) return this.#take(markdown);
    const left = this.limitBytes - this.#used - EOL.length;
    const note = (cut: number): string =>
      `\n> [!WARNING]\n> ${cut} bytes of ${section} were left out here: GitHub drops a step's whole job summary past 1 MiB.`;
    const noteBytes = Buffer.byteLength(`\n${note(size)}`, "utf8");
    const cut =
      contentLeft - EOL.length > 0
        ? cutMarkdownToBytes(markdown, Math.min(left, contentLeft - EOL.length + noteBytes), note)
        : note(size - EOL.length).trimStart();
    return Buffer.byteLength(cut, "utf8") <= left ? this.#take(cut) : undefined;
  }

  /** Bytes the next section may take whole (with its line break) before fit() cuts it. */
  contentRoom(): number {
    return Math.max(0, this.limitBytes - NOTE_RESERVE_BYTES - this.#used - EOL.length);
  }

  /**
   * Room for what the flow steps wrote (./summary-steps.ts): `content` for their text, which
   * leaves the note reserve to the action's sections; `total` for the note that says what of it
   * was left out. Taken in after the action's last section (run.ts flushes it at the end), the
   * steps' text was counted but never cut to this: a full summary with 256 KiB of step text after
   * it reached 1.28 MB, and GitHub dropped all of it.
   */
  stepTextRoom(): { content: number; total: number } {
    return {
      content: Math.max(0, this.limitBytes - NOTE_RESERVE_BYTES - this.#used),
      total: Math.max(0, this.limitBytes - this.#used),
    };
  }

  /** Counts bytes others put in the summary (what the flow steps wrote, ./summary-steps.ts). */
  use(bytes: number): void {
    this.#used += bytes;
  }

  #take(markdown: string): string {
    this.#used += Buffer.byteLength(markdown, "utf8") + EOL.length;
    return markdown;
  }
}
