import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, writeSync } from "node:fs";
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

/** Looks at a growing file before the action cuts it back all the same (the rest unread, and said so). */
const CUT_LOOKS = 8;

/**
 * Said once, where the action next writes, when another process wrote to the file while the
 * action took it in: a write that lands between the action's last look and its cut of the file
 * cannot be told from none (POSIX has no read-and-cut in one).
 */
const RACED_NOTE =
  "\n> [!WARNING]\n> A flow step's process was still writing to the job summary while the action took in what the steps wrote: text it wrote at the moment the action cut the file back to redact it may be missing here.\n\n";

/** The page size a write is copied by, or a divisor of it (Linux: 4 KiB, 16 KiB or 64 KiB). */
const PAGE_BYTES = 4096;

const LINE_BREAK = 0x0a;

/** Whose text is taken in: already in the file when the action started, or the flow steps'. */
type Writer = "before" | "steps";

/** Outside text as read: its first bytes, how many were written, and whose. */
type OutsidePart = { head: Buffer; written: number; writer: Writer };

/** Whether bytes from `from` to `to` of the file hold anything but the zeros a cut that lengthens a file adds. */
function landedSince(fd: number, from: number, to: number): boolean {
  const bytes = Buffer.alloc(Math.min(to - from, 64 * 1024));
  const read = readSync(fd, bytes, 0, bytes.length, from);
  return bytes.subarray(0, read).some((byte) => byte !== 0);
}

export class StepWrittenSummary {
  /** Bytes of the file accounted for: the action's sections and the outside text taken in. */
  #known = 0;
  #stepBytes = 0;
  /** Where the text from before the action ends: `before`, until that text is taken in. */
  #beforeEnd: number;
  /** Another process wrote to the file while the action took it in (RACED_NOTE), and whether the summary said so. */
  #raced = false;
  #racedSaid = false;

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
    before = 0,
  ) {
    this.#beforeEnd = before;
  }

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
    let fd: number;
    try {
      // Created for a section (as core.summary does); left as it is when there is none.
      fd = openSync(this.path, section === "" ? constants.O_RDWR : constants.O_RDWR | constants.O_CREAT);
    } catch (error) {
      if (section === "") return 0;
      throw error;
    }
    try {
      return this.#takeInFrom(fd, room, section);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * takeIn on the open file, in system calls in a row (synchronous: nothing of the action runs
   * between them). The text others appended since the known end is read (again while it grows, a
   * few looks at most), bounded and redacted; then the file is cut to the known end plus what
   * replaces that text (with `section`), and only then is that written there, in place. A write
   * of another process lands either before the cut (after the last look: lost, and such a write
   * cannot be told from none, POSIX has no read-and-cut in one) or after it, past the action's
   * bytes, to be taken in next time. Cut back to the known end and appended, the text fell before
   * the action's whenever another process appended in between (most tries against one that kept
   * appending, whose queued write got the file first): raw, and taken for the action's own.
   */
  #takeInFrom(fd: number, room: { content: number; total: number }, section: string): number {
    const info = fstatSync(fd);
    // Not a file (a FIFO something reads, /dev/null, /dev/full as a full disk): nothing to take
    // in or cut, and none can be cut; the section is only written.
    if (!info.isFile()) {
      const bytes = Buffer.from(section, "utf8");
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      return 0;
    }
    const size = info.size;
    if (size < this.#known) this.#known = size;
    const { text, end } = size > this.#known ? this.#readBack(fd, size, room) : { text: "", end: size };
    // Looked at again just before the cut: a write that landed since the last look is lost to it.
    if (fstatSync(fd).size !== end) this.#raced = true;
    const note = this.#raced && !this.#racedSaid && Buffer.byteLength(text + RACED_NOTE, "utf8") <= room.total ? RACED_NOTE : "";
    const bytes = Buffer.from(text + note + section, "utf8");
    if (end === this.#known && bytes.length === 0) return 0;
    ftruncateSync(fd, this.#known + bytes.length);
    // Cut to more than the file held at the last look: the cut filled the rest with zeros, and a
    // write that landed at that end meanwhile lies there, under the bytes written next (lost, and
    // said). Small writes (a line) land there most, as what replaces the text is about its size.
    if (this.#known + bytes.length > end && landedSince(fd, end, this.#known + bytes.length)) this.#raced = true;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, this.#known + at);
    // What was there before the action is taken in now: text appended from here on is the steps'.
    this.#beforeEnd = Math.min(this.#beforeEnd, this.#known);
    this.#known += bytes.length;
    // Written to meanwhile: a write may also have landed between the last look and the cut.
    if (fstatSync(fd).size > this.#known) this.#raced = true;
    this.#stepBytes += Buffer.byteLength(text, "utf8");
    if (note !== "") this.#racedSaid = true;
    return Buffer.byteLength(text + note, "utf8");
  }

  /**
   * The outside text from the known end of the file to its end, read again while it grows (a
   * few looks at most; text left unread after the last look is said by RACED_NOTE as lost), then
   * bounded and redacted: the text, and the end of the file at the last look.
   *
   * A write that crosses a page of the file can be seen in part, its first pages only: Linux
   * copies a write page by page and moves the file's end after each, so the end seen while one
   * is written lies at a page boundary. There the text after the last line break may be such a
   * part (the rest of the write then lands before the cut, and is cut), and a secret seen in
   * part is not redacted: it is cut with the rest, and said (RACED_NOTE).
   */
  #readBack(fd: number, size: number, room: { content: number; total: number }): { text: string; end: number } {
    let end = size;
    for (let look = 1; ; look++) {
      const parts = this.#readOutside(fd, end, room);
      const last = parts.at(-1);
      if (end % PAGE_BYTES === 0 && last !== undefined && last.head.length === last.written && last.head.at(-1) !== LINE_BREAK) {
        const whole = last.head.lastIndexOf(LINE_BREAK) + 1;
        parts[parts.length - 1] = { ...last, head: last.head.subarray(0, whole), written: whole };
        this.#raced = true;
      }
      const text = this.#textOf(parts, room);
      // Looked at once the text is made (redacting 256 KiB takes a while), just before the cut.
      const now = fstatSync(fd).size;
      if (now !== end) this.#raced = true;
      if (now <= end || look === CUT_LOOKS) return { text, end };
      end = now;
    }
  }

  /** The parts read, each bounded (to what the steps may write and the room) and redacted. */
  #textOf(parts: OutsidePart[], room: { content: number; total: number }): string {
    let taken = 0;
    return parts
      .map(({ head, written, writer }) => {
        if (written === 0) return "";
        const stepRoom = Math.max(0, Math.min(this.limitBytes - this.#stepBytes - taken, room.content - taken));
        const bounded = this.#bounded(head.subarray(0, stepRoom + 1 + SECRET_READ_FACTOR * this.redactor.longest), written, stepRoom, writer);
        const kept = Buffer.byteLength(bounded, "utf8") <= room.total - taken ? bounded : "";
        taken += Buffer.byteLength(kept, "utf8");
        return kept;
      })
      .join("");
  }

  /**
   * The bytes appended from the known end of the file to `size`: the text from before the action
   * first, then the steps'. Each is read only as far as the room it may get (with nothing taken
   * before it), one byte more to tell it is cut, and a secret's length more, so that a secret
   * that crosses the room's end is read whole and redacted before the cut: read only to the
   * room, the start of a long secret (a JWT) was kept and published.
   */
  #readOutside(fd: number, size: number, room: { content: number }): OutsidePart[] {
    const parts: OutsidePart[] = [];
    let from = this.#known;
    for (const [end, writer] of [
      [Math.min(size, this.#beforeEnd), "before"],
      [size, "steps"],
    ] as const) {
      if (end <= from) continue;
      const written = end - from;
      const stepRoom = Math.max(0, Math.min(this.limitBytes - this.#stepBytes, room.content));
      const head = Buffer.alloc(Math.min(written, stepRoom + 1 + SECRET_READ_FACTOR * this.redactor.longest));
      parts.push({ head: head.subarray(0, readSync(fd, head, 0, head.length, from)), written, writer });
      from = end;
    }
    return parts;
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
