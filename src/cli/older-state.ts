import { join } from "node:path";
import { readRegularText } from "../fs-safe.js";
import { terminalText } from "../terminal-text.js";

// The older runtime's local client (peezy-tech/codex-flows, packages/flow-runtime/src/local-client.ts)
// kept the events it handled in <dataDir>/state.json, by default <cwd>/.codex/flow-client, the
// folder flows' file store uses: `{ events: [{ event, createdAt, runIds }], runs: [FlowRunView] }`,
// written whole on each dispatch. flows keeps its own records, in another format, and does not
// take these over, so an event that runtime handled runs again here. Said once its steps ran (or
// would, with --dry-run), naming the file; a file that cannot be checked is said too. Read within
// a bound, and only as a plain file: it is the repository's, so anyone's.

/** Bytes of the older state file read at most; a larger one is not read, and that is said. */
export const MAX_OLDER_STATE_BYTES = 32 * 1024 * 1024;

/**
 * A warning for `flows fire` and `flows run` about the older runtime's state file in `stateDir`
 * (its default: the repository's .codex/flow-client): the event was handled there, or the file could
 * not be checked; undefined when there is no file or it does not hold the event.
 */
export function olderStateWarning(options: { repoRoot: string; stateDir: string; eventId: string; dryRun: boolean }): string | undefined {
  const file = join(options.stateDir, "state.json");
  const shown = terminalText(file.startsWith(`${options.repoRoot}/`) ? file.slice(options.repoRoot.length + 1) : file);
  const unchecked = (why: string): string =>
    `warning: ${shown} (the older codex-flows runtime's state) ${why}, so it was not checked for event ${terminalText(options.eventId)}. ` +
    `flows does not read that file: an event the older runtime handled ${options.dryRun ? "would run" : "runs"} again here. Move the file away once its events are handled, or delete it, to silence this.`;
  let read: ReturnType<typeof readRegularText>;
  try {
    read = readRegularText(file, MAX_OLDER_STATE_BYTES);
  } catch (error) {
    return unchecked(`could not be read (${(error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))})`);
  }
  if (read.kind === "missing") return undefined;
  if (read.kind === "refused") return unchecked(read.reason);
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch {
    return unchecked("is not JSON");
  }
  const events = isRecord(parsed) && Array.isArray(parsed.events) ? parsed.events : undefined;
  if (events === undefined) return unchecked('is not the older runtime\'s state (an object with an "events" array)');
  const stored = events.find((each) => isRecord(each) && isRecord(each.event) && each.event.id === options.eventId);
  if (stored === undefined) return undefined;
  const at = isRecord(stored) && typeof stored.createdAt === "string" ? ` at ${terminalText(stored.createdAt.slice(0, 40))}` : "";
  return (
    `warning: event ${terminalText(options.eventId)} was handled by the older codex-flows runtime${at} (recorded in ${shown}). ` +
    `flows keeps its own records and does not read that file, so its steps ${options.dryRun ? "would run" : "ran"} again here. To keep a handled event from running twice, ` +
    "do not fire it again here; move the file away once its events are handled, or delete it, to silence this."
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
