import { statSync } from "node:fs";
import { AcceptedFlowEvent, FlowEventError } from "../engine/event.js";
import { fileProblem } from "../flows/file-problem.js";
import { invalidUtf8, invalidUtf8Bytes, invalidUtf8Message } from "../flows/utf8-check.js";
import { refuseControlCharacters } from "../events/pass-through.js";
import { MAX_PAYLOAD_BYTES } from "../events/budget.js";
import { PayloadBudgetError } from "../events/errors.js";
import { readFileWithin, readTextFileWithin } from "../fs-async.js";
import { parseJsonText } from "../json-text.js";
import { shellWord } from "../shell-word.js";
import { InputFileError } from "./usage.js";
import { deliveryHint } from "./webhook-delivery.js";
import { guessWebhookEventName } from "./webhook-shape.js";

/** The most a JSON file the CLI reads may hold: a payload at GitHub's cap, and room for a FlowEvent around it. */
const MAX_JSON_FILE_BYTES = MAX_PAYLOAD_BYTES + 1024 * 1024;

/** `--event -`: the event is read from standard input. */
export const STDIN = "-";

/** How messages name where the JSON came from: `The event file x.json`, `The event on standard input`. */
function source(path: string, what: string): string {
  return path === STDIN ? `${what} on standard input` : `${what} file ${path}`;
}

/**
 * Read a JSON file (or standard input, for `-`); a bad file is an error that names the path, line
 * and column. `invocation` is how messages name the command (`flows`, `npx flows`: CliContext.invocation).
 */
export async function readJsonFile(path: string, what: string, invocation: string, signal?: AbortSignal): Promise<unknown> {
  let text: string;
  try {
    text =
      path === STDIN
        ? await readStdinText(what, `cat event.json | ${invocation} fire --event -`, MAX_JSON_FILE_BYTES, signal)
        : await readTextFileWithin(path, MAX_JSON_FILE_BYTES);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EFBIG") {
      throw new InputFileError(
        `${source(path, what)} is larger than 26 MiB; payloads may be at most 25 MiB (GitHub's own cap on webhook payloads). Give a smaller file.`,
      );
    }
    if (code === "ENOENT") throw new InputFileError(`${source(path, what)} does not exist.`);
    if (path === STDIN) throw new InputFileError(standardInputProblem(what, code));
    if (code === "EISDIR") throw new InputFileError(`${source(path, what)} is a folder; give the path of a JSON file.`);
    const { problem, hint } = fileProblem(path, code, "file");
    throw new InputFileError(`${source(path, what)} ${problem}. ${hint}`);
  }
  // As for standard input: said as such, not as JSON that ended early (a `gh api … > event.json`
  // that failed leaves an empty file).
  if (path !== STDIN && text.replace(/^\uFEFF/, "").trim() === "") {
    throw new InputFileError(`${source(path, what)} is empty${text === "" ? "" : " (only whitespace)"}: it should hold ${what.replace(/^The /, "the ")} as JSON.`);
  }
  // Bytes that are no UTF-8 (a file saved as Latin-1) were read as U+FFFD without a word: an id,
  // a type or a payload value would silently differ from the file. Said as flow.toml's are, with
  // where; only a regular file is read again for its bytes (a pipe gives them once).
  if (path !== STDIN && text.includes("\uFFFD") && isFile(path)) {
    const notUtf8 = invalidUtf8(path, text);
    if (notUtf8) throw new InputFileError(`${path}:${notUtf8.line}:${notUtf8.column}: ${invalidUtf8Message(source(path, what), notUtf8, "JSON")}`);
  }
  return parseJsonFileText(text, path, what);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Why standard input could not be read, in words (`< folder` is EISDIR), never a bare errno. */
export function standardInputProblem(what: string, code: string | undefined): string {
  if (code === "EISDIR") return `${what} on standard input is a folder: pipe or redirect a JSON file into it (\`< event.json\`), or give the file's path.`;
  const { problem, hint } = fileProblem("standard input", code, "file");
  return `${what} on standard input ${problem}. ${hint}`;
}

/** JSON text read from `path` (or standard input, for `-`), parsed; not JSON is an error at its line and column there. */
export function parseJsonFileText(text: string, path: string, what: string): unknown {
  // A byte order mark (Windows editors write one) is no part of the JSON: flow.toml and schemas accept it too.
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ""));
  if (parsed.ok) return parsed.value;
  const where = parsed.line === undefined ? "" : `:${parsed.line}:${parsed.column ?? 1}`;
  throw new InputFileError(`${path === STDIN ? "<stdin>" : path}${where}: ${what} is not valid JSON: ${parsed.message}.`);
}

/**
 * Standard input's text, for `-`, read no further than `maxBytes` (FileTooLargeError past it).
 * A terminal is refused at once rather than waiting for typing, and nothing at all (`< /dev/null`,
 * a command before the pipe that printed nothing) is said as such, not as JSON that ended early.
 * `pipeExample` is the command line that shows how to pipe it in.
 */
export async function readStdinText(what: string, pipeExample: string, maxBytes: number, signal?: AbortSignal): Promise<string> {
  // Loaded here only: node:tty costs Bun about 9 ms, a tenth of a `flows fire`.
  if ((await import("node:tty")).isatty(0)) {
    throw new InputFileError(`${what} is read from standard input (\`-\`), which is a terminal: pipe it in (\`${pipeExample}\`), or give the file's path.`);
  }
  const bytes = await untilStopped(readFileWithin({ fd: 0 }, maxBytes), signal, what);
  const text = bytes.toString("utf8");
  // Bytes that are no UTF-8, as for a file (readJsonFile); those read are all there is of them.
  const notUtf8 = text.includes("\uFFFD") ? invalidUtf8Bytes(bytes) : undefined;
  if (notUtf8) throw new InputFileError(`<stdin>:${notUtf8.line}:${notUtf8.column}: ${invalidUtf8Message(`${what} on standard input`, notUtf8, "JSON")}`);
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    throw new InputFileError(`${what} is read from standard input (\`-\`), but nothing came (it was empty): pipe it in (\`${pipeExample}\`), or give the file's path.`);
  }
  return text;
}

/**
 * The text read, unless the command is stopped (Ctrl-C, SIGTERM) first: a writer that sends
 * nothing and never closes the pipe (`sleep 60 | flows fire --event -`, a stalled `gh api`) held
 * the command, which said it was stopping steps that had not started, until a second signal.
 */
function untilStopped<T>(reading: Promise<T>, signal: AbortSignal | undefined, what: string): Promise<T> {
  if (signal === undefined) return reading;
  const stopped = (): InputFileError => new InputFileError(`Stopped while ${what.replace(/^The /, "the ")} was still being read from standard input: nothing ran.`);
  if (signal.aborted) return Promise.reject(stopped());
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(stopped());
    signal.addEventListener("abort", onAbort, { once: true });
    reading.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Read a FlowEvent file. Its id and type are checked as the action checks a FlowEvent handed in
 * (no control characters, the same message), and its shape as dispatch checks it, once: the
 * event comes back accepted, so dispatch does not check it again.
 */
export async function readEventFile(path: string, invocation: string, signal?: AbortSignal): Promise<AcceptedFlowEvent> {
  const value = await readJsonFile(path, "The event", invocation, signal);
  refuseControlCharacters(value, path === STDIN ? "the event on standard input" : `the event file ${path}`);
  const file = path === STDIN ? "<stdin>" : path;
  try {
    return AcceptedFlowEvent.accept(value);
  } catch (error) {
    // Said here, with the file (and what to run instead), rather than by dispatch without either.
    if (error instanceof FlowEventError) {
      throw new InputFileError(`${error.reason}${deliveryHint(value, path, invocation) || webhookHint(value, path, invocation)}`, { file });
    }
    if (error instanceof PayloadBudgetError) throw new InputFileError(error.message, { file });
    throw error;
  }
}

/** A GitHub webhook payload given where a FlowEvent belongs: say which command reads it. */
function webhookHint(value: unknown, path: string, invocation: string): string {
  if (typeof value !== "object" || value === null || Array.isArray(value) || "id" in value || "type" in value) return "";
  const keys = Object.keys(value);
  if (!["repository", "sender", "action", "organization", "installation"].some((key) => keys.includes(key))) return "";
  const name = guessWebhookEventName(value) ?? "<name>";
  const file = shellWord(path);
  const run = `run it with \`${invocation} github --event-name ${name} --event-path ${file}\``;
  return ` It looks like a GitHub webhook payload, not a FlowEvent: ${run} (or see what would match with \`${invocation} explain --event ${file} --event-name ${name}\`).`;
}

/**
 * A FlowEvent given where a GitHub webhook payload belongs (`flows github`, `flows explain
 * --event-name`) would be mapped as a webhook into another event with another id, and could run
 * steps of its type on a payload they never see: refused, saying which command reads it. A
 * webhook payload always names its repository, sender, organization or installation.
 */
export function refuseFlowEventAsWebhook(value: unknown, path: string, eventPathOption: string, invocation: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  const event = value as Record<string, unknown>;
  if (typeof event.id !== "string" || typeof event.type !== "string") return;
  if (["repository", "sender", "organization", "installation", "enterprise"].some((key) => key in event)) return;
  const shown = shellWord(path);
  throw new InputFileError(
    `${path === STDIN ? "<stdin>" : path}: this is a FlowEvent (id ${JSON.stringify(event.id)}, type ${JSON.stringify(event.type)}), ` +
      `not a GitHub webhook payload, which ${eventPathOption} takes: run it with \`${invocation} fire --event ${shown}\` ` +
      `(or see what would match with \`${invocation} explain --event ${shown}\`, without --event-name).`,
  );
}
