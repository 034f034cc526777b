import { readRegularFile } from "../fs-safe.js";
import { checkPayloadShape, checkPayloadSize, MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH } from "./budget.js";
import { GitHubEventError, PayloadBudgetError } from "./errors.js";
import { isObject, type JsonObject } from "./fields.js";
import { parseJsonText } from "../json-text.js";

/** What GitHub Actions tells a job about the run it belongs to (the GITHUB_* variables). */
export type GitHubRunContext = {
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository?: string;
  /** GITHUB_RUN_ID: the same for every attempt of a run. */
  runId?: string;
  /** GITHUB_RUN_ATTEMPT: never part of an event id (a re-run is the same event). */
  runAttempt?: string;
  sha?: string;
  ref?: string;
  workflow?: string;
  job?: string;
  actor?: string;
  serverUrl?: string;
};

const CONTEXT_VARIABLES = {
  repository: "GITHUB_REPOSITORY",
  runId: "GITHUB_RUN_ID",
  runAttempt: "GITHUB_RUN_ATTEMPT",
  sha: "GITHUB_SHA",
  ref: "GITHUB_REF",
  workflow: "GITHUB_WORKFLOW",
  job: "GITHUB_JOB",
  actor: "GITHUB_ACTOR",
  serverUrl: "GITHUB_SERVER_URL",
} as const satisfies Record<keyof GitHubRunContext, string>;

/** The run context from GITHUB_* variables; unset and empty variables are left out. */
export function readGitHubRunContext(env: NodeJS.ProcessEnv): GitHubRunContext {
  const context: GitHubRunContext = {};
  for (const [field, variable] of Object.entries(CONTEXT_VARIABLES) as [keyof GitHubRunContext, string][]) {
    const value = env[variable]?.trim();
    if (value) context[field] = value;
  }
  return context;
}

export type GitHubEvent = { eventName: string; payload: Record<string, unknown> };

const OUTSIDE_ACTIONS =
  "flows-action must run inside a GitHub Actions job, or be called as " +
  "`flows github --event-name <name> --event-path <file.json>`";

/** GITHUB_EVENT_NAME and the webhook payload in the JSON file at GITHUB_EVENT_PATH. */
export async function loadGitHubEvent(env: NodeJS.ProcessEnv): Promise<GitHubEvent> {
  const eventName = requireVariable(env, "GITHUB_EVENT_NAME");
  const path = requireVariable(env, "GITHUB_EVENT_PATH");
  // Whether the file is of the streaming reader's size is known once it is open (its fstat);
  // the reader is imported only then, and the file opened again for it (one that shrank
  // meanwhile is read whole). A start on a small event neither compiles the reader (the
  // cold-start guard, BENCHMARKS.md) nor looks at the file before opening it.
  let read = readEventFile(path, env, (): typeof LARGE => LARGE);
  if (read === LARGE) {
    const streamed = await import("./event-file.js");
    read = readEventFile<never>(path, env, (fd, size) => readStreamed(streamed, fd, size, env));
  }
  if (typeof read !== "string") {
    checkPayloadShape(read, `the GitHub event file ${path}`);
    return { eventName, payload: read };
  }
  // A byte order mark (Windows editors write one) is no part of the JSON, as in every other
  // JSON file flows reads.
  const text = read.replace(/^\uFEFF/, "");
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed;
    throw new GitHubEventError({
      message: `The GitHub event file ${path}:${line}:${column} is not valid JSON: ${message} (line ${line}, column ${column}).`,
      path,
      line,
      column,
    });
  }
  if (!isObject(parsed.value)) {
    throw new GitHubEventError({
      message: `The GitHub event file ${path} holds ${Array.isArray(parsed.value) ? "an array" : "a plain value"}; a webhook payload is a JSON object.`,
      path,
    });
  }
  checkPayloadShape(parsed.value, `the GitHub event file ${path}`);
  return { eventName, payload: parsed.value };
}

/** What the first look at a file of the streaming reader's size answers: load the reader. */
const LARGE = Symbol("an event file of the streaming reader's size");

/**
 * The payload at `path` as `large` reads it from the open file when the file is of the streaming
 * reader's size (undefined: read it whole), or else the file's text; its errors said as
 * GitHubEventErrors. A plain file only, opened without blocking: a FIFO would wait for a writer
 * forever, a device (/dev/zero) would never end. Its size is checked before reading: a file
 * over GitHub's payload cap did not come from GitHub.
 */
function readEventFile<Large>(path: string, env: NodeJS.ProcessEnv, large: (fd: number, size: number) => JsonObject | Large | undefined): JsonObject | Large | string {
  try {
    const read = readRegularFile(path, MAX_PAYLOAD_BYTES, (fd, size) => (size >= lazyEventBytes(env) ? large(fd, size) : undefined), { followLinks: true });
    if (read.kind === "missing") throw Object.assign(new Error("missing"), { code: "ENOENT" });
    if (read.kind === "refused") {
      if (read.identity !== undefined && read.identity.size > MAX_PAYLOAD_BYTES) {
        checkPayloadSize(read.identity.size, `The GitHub event file ${path} (GITHUB_EVENT_PATH)`);
      }
      throw new Error(`it ${read.reason}; give the path of a JSON file`);
    }
    return read.kind === "readOpened" ? read.value : read.bytes.toString("utf8");
  } catch (error) {
    if (error instanceof PayloadBudgetError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "the file does not exist" : code === "EISDIR" ? "it is a folder; give the path of a JSON file" : describe(error);
    throw new GitHubEventError({
      message: `Cannot read the GitHub event file ${path} (GITHUB_EVENT_PATH): ${reason}.`,
      variable: "GITHUB_EVENT_PATH",
      path,
    });
  }
}

/**
 * Event files from this size on are read in a streaming pass that keeps their big arrays on disk
 * (event-file.ts). FLOWS_LAZY_EVENT_BYTES lowers it in tests, so small events take that path too.
 */
export const LAZY_EVENT_BYTES = 1024 * 1024;

function lazyEventBytes(env: NodeJS.ProcessEnv): number {
  const set = Number.parseInt(env.FLOWS_LAZY_EVENT_BYTES ?? "", 10);
  return Number.isSafeInteger(set) && set > 0 ? set : LAZY_EVENT_BYTES;
}

/** The streaming reader (event-file.ts, lazy-json.ts). */
type StreamedReader = typeof import("./event-file.js");

/** The payload read in streaming passes, or undefined: then the file is read whole (and any error said from there). */
function readStreamed({ readJsonStreamed }: StreamedReader, fd: number, size: number, env: NodeJS.ProcessEnv): JsonObject | undefined {
  let streamed: ReturnType<typeof readJsonStreamed>;
  try {
    streamed = readJsonStreamed(fd, {
      minBytes: lazyEventBytes(env),
      maxDepth: MAX_PAYLOAD_DEPTH,
      maxBytes: size,
      scratchDir: env.RUNNER_TEMP || undefined,
    });
  } catch {
    return undefined;
  }
  return streamed !== undefined && isObject(streamed.value) ? streamed.value : undefined;
}

function requireVariable(env: NodeJS.ProcessEnv, variable: string): string {
  const value = env[variable]?.trim();
  if (value) return value;
  throw new GitHubEventError({
    message: `${variable} is not set. ${OUTSIDE_ACTIONS}.`,
    variable,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
