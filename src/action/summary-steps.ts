import { close, open, read, stat, truncate, write } from "node:fs";
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

/** Writes of a section before the action gives up on a file another process keeps appending to. */
const APPEND_TRIES = 8;

/** Whose text is taken in: already in the file when the action started, or the flow steps'. */
type Writer = "before" | "steps";

export class StepWrittenSummary {
  /** Bytes of the file accounted for: the action's sections and the outside text taken in. */
  #known = 0;
  #stepBytes = 0;

  /**
   * `before`: the file's size when the action started. Its text is an earlier step's of the job
   * (the runner gives each step its own file, but a composite action's steps, or a step run
   * again by hand with the file kept, share one): taken in as the flow steps' text is, within the
   * same share, and said for what it is when cut.
   */
  constructor(
    private readonly path: string,
    private readonly redactor: Redactor = sharedRedactor,
    private readonly limitBytes = STEP_TEXT_LIMIT_BYTES,
    private readonly before = 0,
  ) {}

  /**
   * Takes in what others appended since the last call (bounded, redacted, closed) and returns how
   * many bytes of the file that text now takes. A file that cannot be read is left as it is.
   * `room` is what the job summary has left (StepSummaryBudget.stepTextRoom): the text gets at
   * most `content` of it, and the note on what was left out at most `total`; when not even that
   * note fits, the text is left out unsaid (the summary is full to its last bytes).
   *
   * `section`: the action's own text, appended after it in the same write, so that the file's
   * size after the write is known: a flow step's process that outlived the step (where stray
   * processes cannot be found: not on Linux) can append at any time, and a section appended
   * apart (core.summary's appendFile) and counted by its own size took text appended just
   * before it for the action's, never redacted nor counted.
   */
  async takeIn(room: { content: number; total: number } = { content: Number.POSITIVE_INFINITY, total: Number.POSITIVE_INFINITY }, section = ""): Promise<number> {
    const size = await call<{ size: number }>((done) => stat(this.path, done)).then(
      (info) => info.size,
      () => undefined,
    );
    if (size === undefined || size <= this.#known) {
      if (size !== undefined) this.#known = size;
      if (section !== "") await this.#append(section);
      return 0;
    }
    const text = await this.#outsideText(size, room);
    await cut(this.path, this.#known);
    await this.#append(text + section);
    const bytes = Buffer.byteLength(text, "utf8");
    this.#stepBytes += bytes;
    return bytes;
  }

  /** What was appended from the known end of the file to `size`: the text from before the action first, then the steps'. */
  async #outsideText(size: number, room: { content: number; total: number }): Promise<string> {
    const parts: string[] = [];
    let taken = 0;
    let from = this.#known;
    for (const [end, writer] of [
      [Math.min(size, this.before), "before"],
      [size, "steps"],
    ] as const) {
      if (end <= from) continue;
      const written = end - from;
      const stepRoom = Math.max(0, Math.min(this.limitBytes - this.#stepBytes - taken, room.content - taken));
      // One byte past the room tells the text is cut; a secret that crosses the room's end is read
      // whole too (the longest form, in UTF-8 bytes, wrapped over lines), so it is redacted before
      // the cut: read only to the room, the start of a long secret (a JWT) was kept and published.
      const head = await readBytes(this.path, from, Math.min(written, stepRoom + 1 + SECRET_READ_FACTOR * this.redactor.longest));
      const bounded = this.#bounded(head, written, stepRoom, writer);
      const text = Buffer.byteLength(bounded, "utf8") <= room.total - taken ? bounded : "";
      parts.push(text);
      taken += Buffer.byteLength(text, "utf8");
      from = end;
    }
    return parts.join("");
  }

  /**
   * Appends `text` at the known end of the file and checks it landed there: what another process
   * appended between the last look and this write would lie before it, taken for the action's
   * own and never redacted. Then the file is cut back to the known end (that text with it, as
   * what arrives between a look and the cut after it is) and written again, a few times at most.
   */
  async #append(text: string): Promise<void> {
    if (text === "") return;
    const bytes = Buffer.from(text, "utf8");
    for (let tries = 1; ; tries++) {
      const fd = await call<number>((done) => open(this.path, "a+", done));
      try {
        for (let at = 0; at < bytes.length; ) at += await call<number>((done) => write(fd, bytes, at, bytes.length - at, null, done));
        const back = Buffer.alloc(bytes.length);
        const bytesRead = await call<number>((done) => read(fd, back, 0, bytes.length, this.#known, done));
        if (bytesRead === bytes.length && back.equals(bytes)) {
          this.#known += bytes.length;
          return;
        }
      } finally {
        await call<void>((done) => close(fd, done));
      }
      await cut(this.path, this.#known);
      if (tries === APPEND_TRIES) throw new Error(`another process kept appending to it while the action wrote (${APPEND_TRIES} tries)`);
    }
  }

  #bounded(head: Buffer, written: number, room: number, writer: Writer): string {
    // A character cut by the read is dropped: the text is re-read only up to `room` anyway.
    const raw = head.toString("utf8").replace(/\uFFFD$/, "");
    const unread = written - head.length;
    const note = (cut: number): string =>
      writer === "before"
        ? `\n> [!WARNING]\n> ${cut + unread} bytes that were already in the job summary before this step were left out here: that text and what the flow steps write may take ${this.limitBytes} bytes in all, the rest of GitHub's 1 MiB is the results'.`
        : `\n> [!WARNING]\n> ${cut + unread} bytes the flow steps wrote to the job summary were left out here: they may write ${this.limitBytes} bytes in all, the rest of GitHub's 1 MiB is the results'.`;
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
  const fd = await call<number>((done) => open(path, "r", done));
  try {
    const buffer = Buffer.alloc(length);
    const bytesRead = await call<number>((done) => read(fd, buffer, 0, length, start, done));
    return buffer.subarray(0, bytesRead);
  } finally {
    await call<void>((done) => close(fd, done));
  }
}

function cut(path: string, length: number): Promise<void> {
  return call<void>((done) => truncate(path, length, done));
}

/**
 * A node:fs callback call as a promise. Not node:fs/promises: the summary is written at every
 * start, and loading node:fs/promises (with the readline and watcher modules it loads) costs a
 * start that matches no flow about 2 ms on Node 24 (the cold-start guard, BENCHMARKS.md).
 */
function call<T>(start: (done: (error: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value as T))));
}
