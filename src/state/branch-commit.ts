import { StateBranchError } from "./branch-errors.js";
import { countedEventText, serializeEvent } from "./event-text.js";
import { corruptRecordPath, eventRecordParts, WRITE_LIMIT_HINT, writeLimitProblem, writeLimitSentence } from "./layout.js";
import { mergeEventRecords } from "./record.js";
import type { StoredBlob } from "./git.js";
import type { EventRecord } from "./types.js";

/** Who commits to the state branch. */
export type GitIdentity = { name: string; email: string };

export const DEFAULT_STATE_AUTHOR: GitIdentity = {
  name: "flows-action[bot]",
  email: "flows-action[bot]@users.noreply.github.com",
};

export const STATE_README_PATH = "README.md";

export function stateBranchReadme(branch: string): string {
  return `# ${branch}

This branch is written by flows-action (the GitHub Action and its \`flows\` CLI) and holds no
source code. It records which events flows-action has handled and how each run ended, so that a
redelivered event does not run its steps twice.

- \`events/<xx>/<sha256 of the event id>.json\`: one file per event (\`<xx>\` = the first two
  hex digits of the hash): the event, its runs with their attempts, and when it was dispatched.
- \`index/<xx>.json\`: what \`flows runs --limit\` and \`flows show <run-id>\` need of the records
  under \`events/<xx>/\` (their run ids and times), so they need not read every record. It is
  checked against the records, never trusted alone; a damaged one is rewritten by the next save.
- Every commit is made by flows-action; history is linear. Do not merge this branch into
  another. Deleting it makes flows-action forget what ran, so past events would run again.
`;
}

export type StateCommit = {
  /** Private ref fast-import writes the commit to. */
  ref: string;
  /** The tip to build on; absent for the first (orphan) commit. */
  parent?: string;
  author: GitIdentity;
  message: string;
  files: StateFile[];
};

/** A file of a state commit: new text, or a blob the repository already holds (a record set aside). */
export type StateFile = { path: string; text: string } | { path: string; oid: string; mode?: string };

/**
 * A `git fast-import` stream that makes one commit: the parent's tree plus the given files.
 * One process writes all blobs, the tree and the commit, without an index or a work tree.
 * Format: https://git-scm.com/docs/git-fast-import
 */
export function fastImportStream(commit: StateCommit): Buffer {
  const seconds = Math.floor(Date.now() / 1000);
  const who = `${oneLine(commit.author.name)} <${oneLine(commit.author.email)}> ${seconds} +0000`;
  const parts: Buffer[] = [
    Buffer.from(`commit ${commit.ref}\nauthor ${who}\ncommitter ${who}\n`),
    data(commit.message),
  ];
  if (commit.parent) parts.push(Buffer.from(`from ${commit.parent}\n`));
  for (const file of commit.files) {
    if ("oid" in file) parts.push(Buffer.from(`M ${file.mode ?? "100644"} ${file.oid} ${file.path}\n`));
    else parts.push(Buffer.from(`M 100644 inline ${file.path}\n`), data(file.text));
  }
  parts.push(Buffer.from("\ndone\n"));
  return Buffer.concat(parts);
}

function data(text: string): Buffer {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n")]);
}

function oneLine(text: string): string {
  return text.replace(/[<>\n\r]/g, "");
}

/** "Record 3 flow events" plus the event ids, one per line (at most 20). */
export function stateCommitMessage(eventIds: string[]): string {
  const shown = eventIds.slice(0, 20).map((id) => `- ${id.replace(/[\r\n]/g, " ")}`);
  if (eventIds.length > shown.length) shown.push(`- ... and ${eventIds.length - shown.length} more`);
  const noun = eventIds.length === 1 ? "event" : "events";
  return `Record ${eventIds.length} flow ${noun}\n\n${shown.join("\n")}\n`;
}

/**
 * The files a state commit writes for a batch of records: each record merged with the one
 * stored at the tip (`stored`, read by `parse`; undefined sets it aside, and its blob, or the
 * folder or submodule found there, is kept by object id and mode as `<path>.corrupt-<time>`),
 * only those whose text changes, and the branch's README when the tip has none. Empty when
 * nothing changes.
 */
export function batchFiles(options: {
  batch: Array<{ record: EventRecord; path: string }>;
  stored: (path: string) => StoredBlob | undefined;
  parse: (blob: StoredBlob, path: string) => EventRecord | undefined;
  branch: string;
  /** What the branch store reads back (MAX_RECORD_BYTES, and one object or array per 32 bytes of it). */
  limits: { maxBytes: number; maxContainers: number };
  /** Told each record of the batch as it will be at the new tip (merged), with its text: the index's entry is made of it. */
  storedAs?: (path: string, record: EventRecord, text: string) => void;
}): StateFile[] {
  const files: StateFile[] = [];
  for (const { record, path } of options.batch) {
    const blob = options.stored(path);
    const stored = blob === undefined ? undefined : options.parse(blob, path);
    // Kept as it was (a folder stays a folder, a link a link), only under another name.
    if (blob !== undefined && stored === undefined) {
      files.push({ path: corruptRecordPath(path), oid: blob.oid, ...(blob.mode ? { mode: blob.mode } : {}) });
    }
    const merged = stored ? mergeEventRecords(stored, record) : record;
    const eventText = serializeEvent(merged.event);
    const [before, , after] = eventRecordParts(merged, eventText);
    // One the branch store could not read back is not pushed: refused, as the remote refuses a
    // file, so a flush of many pushes each record alone and only this one stays unsaved. The
    // event's objects and arrays are counted from its value (at intake), not its text.
    const over = writeLimitProblem([before, countedEventText(merged.event, eventText), after], options.limits);
    if (over) {
      throw new StateBranchError("refused", `${writeLimitSentence(`the record of event ${JSON.stringify(record.event.id)} (${path})`, over, options.limits)}. ${WRITE_LIMIT_HINT}`);
    }
    const text = `${before}${eventText}${after}`;
    if (text !== blob?.text) files.push({ path, text });
    options.storedAs?.(path, merged, text);
  }
  if (files.length > 0 && options.stored(STATE_README_PATH) === undefined) {
    files.push({ path: STATE_README_PATH, text: stateBranchReadme(options.branch) });
  }
  return files;
}
