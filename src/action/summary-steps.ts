import { open, stat, truncate } from "node:fs/promises";
import { closingTags, cutMarkdownToBytes, showHiddenCharacters, withoutAlertDefinitions } from "../report/markdown.js";
import { type Redactor, redactor as sharedRedactor } from "../redact.js";

// Flow steps get GITHUB_STEP_SUMMARY as any workflow step does (the older runtime passed it, and
// flows write their own notes there), so they write to the file the action's own summary goes
// to. Unchecked, one step took the whole job summary with it: GitHub drops a step's summary
// whole past 1 MiB, and a step that left an HTML comment, a code fence or `<details>` open hid,
// showed as code or folded away every section after it. So before each section it appends, the
// action takes in what was written since its last one: within STEP_TEXT_LIMIT_BYTES in all,
// redacted (the runner masks registered secrets only), with what it left open closed, and with
// no link reference definition of an alert's label (`[!NOTE]: https://…`), which would make the
// action's own `> [!NOTE]` a link.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits

/** What the steps may write to the job summary in all: the rest of its 1 MiB is the action's. */
export const STEP_TEXT_LIMIT_BYTES = 256 * 1024;

/** Bytes read past the room per character of the longest secret form: 3 for UTF-8, 1 for line breaks. */
const SECRET_READ_FACTOR = 4;

export class StepWrittenSummary {
  /** Bytes of the file accounted for: the action's sections and the step text taken in. */
  #known = 0;
  #stepBytes = 0;

  constructor(
    private readonly path: string,
    private readonly redactor: Redactor = sharedRedactor,
    private readonly limitBytes = STEP_TEXT_LIMIT_BYTES,
  ) {}

  /**
   * Takes in what others appended since the last call (bounded, redacted, closed) and returns how
   * many bytes of the file that text now takes. A file that cannot be read is left as it is.
   * `room` is what the job summary has left (StepSummaryBudget.stepTextRoom): the text gets at
   * most `content` of it, and the note on what was left out at most `total`; when not even that
   * note fits, the text is left out unsaid (the summary is full to its last bytes).
   */
  async takeIn(room: { content: number; total: number } = { content: Number.POSITIVE_INFINITY, total: Number.POSITIVE_INFINITY }): Promise<number> {
    const size = await stat(this.path).then(
      (info) => info.size,
      () => undefined,
    );
    if (size === undefined || size <= this.#known) {
      if (size !== undefined) this.#known = size;
      return 0;
    }
    const written = size - this.#known;
    const stepRoom = Math.max(0, Math.min(this.limitBytes - this.#stepBytes, room.content));
    // One byte past the room tells the text is cut; a secret that crosses the room's end is read
    // whole too (the longest form, in UTF-8 bytes, wrapped over lines), so it is redacted before
    // the cut: read only to the room, the start of a long secret (a JWT) was kept and published.
    const head = await readBytes(this.path, this.#known, Math.min(written, stepRoom + 1 + SECRET_READ_FACTOR * this.redactor.longest));
    const bounded = this.#bounded(head, written, stepRoom);
    const text = Buffer.byteLength(bounded, "utf8") <= room.total ? bounded : "";
    await truncate(this.path, this.#known);
    const file = await open(this.path, "a");
    try {
      await file.write(text);
    } finally {
      await file.close();
    }
    const bytes = Buffer.byteLength(text, "utf8");
    this.#known += bytes;
    this.#stepBytes += bytes;
    return bytes;
  }

  /** Bytes the action appended itself (its sections, each with its line break). */
  wrote(bytes: number): void {
    this.#known += bytes;
  }

  #bounded(head: Buffer, written: number, room: number): string {
    // A character cut by the read is dropped: the text is re-read only up to `room` anyway.
    const raw = head.toString("utf8").replace(/\uFFFD$/, "");
    const unread = written - head.length;
    const note = (cut: number): string =>
      `\n> [!WARNING]\n> ${cut + unread} bytes the flow steps wrote to the job summary were left out here: they may write ${this.limitBytes} bytes in all, the rest of GitHub's 1 MiB is the results'.`;
    // No link reference definition of its own may turn the action's alerts into links.
    const clean = withoutAlertDefinitions(showHiddenCharacters(this.redactor.redact(raw)));
    const cleanBytes = Buffer.byteLength(clean, "utf8");
    // The tags that close what the text left open count in its room: a step's 240,000 bytes of
    // `<b>` lines took 480,000 closed.
    const closed = unread === 0 ? `${clean}${closingTags(clean)}` : undefined;
    const kept =
      closed !== undefined && Buffer.byteLength(closed, "utf8") <= room
        ? closed
        : room > 1024
          ? // Cut by a byte at least, also where the text alone fits (its closing tags, or the unread
            // rest, do not): cutMarkdownToBytes leaves text that fits as it is, open and unsaid.
            cutMarkdownToBytes(clean, Math.min(room, cleanBytes - 1), note)
          : note(cleanBytes).trimStart();
    // The action's next section starts a block of its own.
    return kept.endsWith("\n\n") ? kept : `${kept.replace(/\n?$/, "\n")}\n`;
  }
}

async function readBytes(path: string, start: number, length: number): Promise<Buffer> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, start);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
