import { appendFile, close, closeSync, fstatSync, ftruncateSync, open, openSync, read, readSync, write } from "node:fs";
import { fsCall, statPath } from "../fs-async.js";
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

/** Looks at a growing file before the action cuts it back all the same (the rest unread, and said so). */
const CUT_LOOKS = 8;

/**
 * Said once, where the action next writes, when another process wrote to the file while the
 * action took it in: a write that lands between the action's last look and its cut of the file
 * cannot be told from none (POSIX has no read-and-cut in one), and the text taken in again after
 * a write of the action's comes after what the process wrote meanwhile.
 */
const RACED_NOTE =
  "\n> [!WARNING]\n> A flow step's process was still writing to the job summary while the action took in what the steps wrote: text it wrote at the moment the action cut the file back to redact it may be missing here, and some of its lines may be out of order.\n\n";

/** Whose text is taken in: already in the file when the action started, or the flow steps'. */
type Writer = "before" | "steps";

/** Outside text as read: its first bytes, how many were written, and whose. */
type OutsidePart = { head: Buffer; written: number; writer: Writer };

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
    // Outside text taken in and cut from the file, waiting to be written back before `section`.
    let carried = "";
    for (let tries = 1; ; tries++) {
      const size = await fileSize(this.path);
      let text = "";
      if (size !== undefined && size > this.#known) {
        const used = Buffer.byteLength(carried, "utf8");
        text = await this.#cutBack(size, { content: room.content - used, total: room.total - used });
        this.#stepBytes += Buffer.byteLength(text, "utf8");
      } else if (size !== undefined) {
        this.#known = size;
      }
      const taken = carried + text;
      const note = this.#raced && !this.#racedSaid && Buffer.byteLength(taken + RACED_NOTE, "utf8") <= room.total ? RACED_NOTE : "";
      // On the last try the other process's text is not put back: raw, it could hold a secret.
      if (await this.#append(taken + note + section, tries < APPEND_TRIES)) {
        if (note !== "") this.#racedSaid = true;
        return Buffer.byteLength(taken + note, "utf8");
      }
      // Another process appended first: its text is back at the end of the file, raw, and is
      // taken in on the next try, after what this call took in before it.
      carried = taken;
      if (tries === APPEND_TRIES) throw new Error(`another process kept appending to it while the action wrote (${APPEND_TRIES} tries)`);
    }
  }

  /**
   * The outside text from the known end of the file to its end (read again while it grows, a few
   * looks at most), bounded and redacted; the file is then cut back to the known end. The reads,
   * the last look and the cut are system calls in a row (synchronous: nothing of the action runs
   * between them), so only a write that lands between the last look and the cut is lost with it;
   * such a write cannot be told from none (POSIX has no read-and-cut in one), and the summary says
   * that text may be missing whenever another process was seen writing (RACED_NOTE). Text left
   * unread after the last look is said the same way.
   */
  async #cutBack(size: number, room: { content: number; total: number }): Promise<string> {
    const fd = openSync(this.path, "r+");
    let parts: OutsidePart[];
    try {
      let end = size;
      for (let look = 1; ; look++) {
        parts = this.#readOutside(fd, end, room);
        const now = fstatSync(fd).size;
        if (now !== end) this.#raced = true;
        if (now <= end || look === CUT_LOOKS) break;
        end = now;
      }
      ftruncateSync(fd, this.#known);
    } finally {
      closeSync(fd);
    }
    // What was there before the action is taken in now: text appended from here on is the steps'.
    this.#beforeEnd = Math.min(this.#beforeEnd, this.#known);
    let taken = 0;
    const texts = parts.map(({ head, written, writer }) => {
      const stepRoom = Math.max(0, Math.min(this.limitBytes - this.#stepBytes - taken, room.content - taken));
      const bounded = this.#bounded(head.subarray(0, stepRoom + 1 + SECRET_READ_FACTOR * this.redactor.longest), written, stepRoom, writer);
      const text = Buffer.byteLength(bounded, "utf8") <= room.total - taken ? bounded : "";
      taken += Buffer.byteLength(text, "utf8");
      return text;
    });
    return texts.join("");
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

  /**
   * Appends `text` at the known end of the file and checks it landed there: what another process
   * appended between the last look and this write would lie before it, taken for the action's
   * own and never redacted. When it did not land there, the other process's text (before and
   * after this write) is read, the file cut back to the known end in the same row of system calls
   * as #cutBack's, and that text appended again as it was (when `putBack`), to be taken in: false.
   */
  async #append(text: string, putBack: boolean): Promise<boolean> {
    if (text === "") return true;
    const bytes = Buffer.from(text, "utf8");
    const fd = await fsCall<number>((done) => open(this.path, "a+", done));
    try {
      for (let at = 0; at < bytes.length; ) at += await fsCall<number>((done) => write(fd, bytes, at, bytes.length - at, null, done));
      const back = Buffer.alloc(bytes.length);
      const bytesRead = await fsCall<number>((done) => read(fd, back, 0, bytes.length, this.#known, done));
      if (bytesRead === bytes.length && back.equals(bytes)) {
        this.#known += bytes.length;
        return true;
      }
    } finally {
      await fsCall<void>((done) => close(fd, done));
    }
    this.#raced = true;
    const cutFd = openSync(this.path, "r+");
    let found: Buffer;
    try {
      found = readToEnd(cutFd, this.#known);
      ftruncateSync(cutFd, this.#known);
    } finally {
      closeSync(cutFd);
    }
    const at = found.indexOf(bytes);
    const others = at < 0 ? found : Buffer.concat([found.subarray(0, at), found.subarray(at + bytes.length)]);
    if (putBack && others.length > 0) await fsCall<void>((done) => appendFile(this.path, others, done));
    return false;
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

async function fileSize(path: string): Promise<number | undefined> {
  return statPath(path).then(
    (info) => info.size,
    () => undefined,
  );
}

/** Everything from `start` to the end of the file, read while it grows (to 16 MiB: GitHub shows 1 MiB of a summary). */
function readToEnd(fd: number, start: number): Buffer {
  const chunks: Buffer[] = [];
  for (let at = start; ; ) {
    const chunk = Buffer.alloc(Math.min(16 * 1024 * 1024 - (at - start), Math.max(64 * 1024, fstatSync(fd).size - at)));
    const read = chunk.length === 0 ? 0 : readSync(fd, chunk, 0, chunk.length, at);
    if (read === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, read));
    at += read;
  }
}
