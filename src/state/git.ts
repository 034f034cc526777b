import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { Redactor } from "../redact.js";
import { StateBranchError } from "./branch-errors.js";
import { jsonShape } from "../json-shape.js";
import { decodeStoredText } from "./layout.js";
import { UserError } from "../user-error.js";

/** Hides credentials in text that may quote a remote URL. */
export type Redact = (text: string) => string;

/**
 * A redactor for one remote: the process's {@link Redactor} rules (user-info in any URL, query
 * credentials, token shapes) plus the URL's own secret (the password, or a token given as the
 * user name), raw and decoded, because git does not hide them in every message.
 */
export function redactorFor(remoteUrl: string, extraSecrets: string[] = []): Redact {
  // A short user name like "git" is not a secret, and blanking it would garble messages.
  const local = new Redactor().add(...extraSecrets.filter((secret) => secret.length >= 8));
  try {
    const url = new URL(remoteUrl);
    const secret = url.password || url.username;
    if (secret.length >= 8) local.add(secret, safeDecode(secret));
  } catch {
    // Not a URL (a path, or user@host:path): nothing secret in it.
  }
  return (text: string): string => local.redact(text);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type GitCommand = {
  args: string[];
  cwd: string;
  input?: string | Buffer;
  timeoutMs?: number;
  /** Extra environment for this git (the auth header's GIT_CONFIG_* variables). */
  env?: Record<string, string>;
  /**
   * The size of its output when known beforehand (`cat-file --batch` of blobs sized first): read
   * into one buffer of that size, not kept in pieces and joined (twice the output at the join).
   */
  stdoutBytes?: number;
};

/** `timedOut`: git was stopped at its time limit (code -1), not failed on its own. */
export type GitOutput = { code: number; stdout: Buffer; stderr: string; timedOut?: true };

/** How long one git command may take when not told (GitCommand.timeoutMs). */
export const DEFAULT_GIT_TIMEOUT_MS = 120_000;

/**
 * Variables that would point git at another repository (set, for example, when flows runs
 * inside a git hook). The state work directory must never touch the user's checkout.
 */
const REPOSITORY_VARIABLES = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_NAMESPACE",
  "GIT_PREFIX",
];

function gitEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  // Fail instead of waiting for a password nobody will type; English messages to classify.
  env.GIT_TERMINAL_PROMPT = "0";
  env.LC_ALL = "C";
  return env;
}

/** Run git; a non-zero exit is returned, not thrown. Throws only when git cannot start. */
export function runGit(command: GitCommand): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", command.args, {
      cwd: command.cwd,
      env: gitEnvironment(command.env),
      stdio: ["pipe", "pipe", "pipe"],
    });
    const stdout = new Output(command.stdoutBytes ?? 0);
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timeoutMs = command.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS;
    const timer = setTimeout(() => {
      timedOut = true;
      // Its helpers first (git-remote-http, ssh), found while they are still its children: they
      // hold its output pipes open, so git's own end would not end the wait. A remote that
      // accepted the connection and never answered kept a fetch waiting past this limit forever.
      for (const pid of descendants(child.pid)) killQuietly(pid);
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("exit", () => {
      // A helper that escaped the kill (started meanwhile) still holds the pipes: stop reading them.
      if (!timedOut) return;
      child.stdout.destroy();
      child.stderr.destroy();
    });
    child.stdout.on("data", (chunk: Buffer) => stdout.add(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(gitDidNotStart(error, command.cwd));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const message = Buffer.concat(stderr).toString("utf8");
      resolve({
        code: timedOut ? -1 : (code ?? -1),
        stdout: stdout.bytes(),
        stderr: timedOut ? `${message}\ngit timed out and was stopped: it had not finished after ${Math.round(timeoutMs / 100) / 10} s (a remote that does not answer?)` : message,
        ...(timedOut ? { timedOut: true as const } : {}),
      });
    });
    child.stdin.on("error", () => undefined); // git may exit before reading all input
    child.stdin.end(command.input ?? "");
  });
}

/** The processes under `pid` (Linux: /proc's children lists), deepest last; none where there is no /proc. */
function descendants(pid: number | undefined): number[] {
  const found: number[] = [];
  const waiting = pid === undefined ? [] : [pid];
  while (waiting.length > 0) {
    const parent = waiting.pop()!;
    let children: number[] = [];
    try {
      children = readFileSync(`/proc/${parent}/task/${parent}/children`, "utf8").split(" ").filter(Boolean).map(Number);
    } catch {
      // Gone, or no /proc: nothing to find under it.
    }
    found.push(...children);
    waiting.push(...children);
  }
  return found;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Gone already.
  }
}

/** A process's output: into one buffer of the size expected, then (more than expected) in pieces. */
class Output {
  readonly #buffer: Buffer;
  #filled = 0;
  readonly #more: Buffer[] = [];

  constructor(expected: number) {
    this.#buffer = Buffer.allocUnsafe(expected);
  }

  add(chunk: Buffer): void {
    const fits = Math.min(chunk.length, this.#buffer.length - this.#filled);
    if (fits > 0) this.#filled += chunk.copy(this.#buffer, this.#filled, 0, fits);
    if (fits < chunk.length) this.#more.push(chunk.subarray(fits));
  }

  bytes(): Buffer {
    const filled = this.#buffer.subarray(0, this.#filled);
    return this.#more.length === 0 ? filled : Buffer.concat([filled, ...this.#more]);
  }
}

/**
 * Why git could not be started, as the user's to fix: no git on PATH, the folder it was to run in
 * gone, or the system refusing another process. Never a bug's stack.
 */
function gitDidNotStart(error: Error, cwd: string): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  // spawn says ENOENT both for a missing program and for a missing working folder.
  if (code === "ENOENT" && !existsSync(cwd)) {
    return new UserError(`git could not run in ${cwd}: that folder is gone (removed while flows ran?); run again.`, { cause: error });
  }
  if (code === "ENOENT") {
    return new UserError(
      "git is not installed or not on PATH; the state branch needs git. Install git, or use another state store " +
        "(`--state file`; in the action, the `state` input).",
      { cause: error },
    );
  }
  return new UserError(`git could not be started (${error.message}); the state branch needs git. Run again once the system lets it start.`, { cause: error });
}

/**
 * What is found at `<commit>:<path>`: a blob, with its text unless it is over the size limit or
 * is not UTF-8 (`notText` says why: decodeStoredText's sentence); or
 * (`notAFile`) a folder or a submodule where a file was expected, which has no text. `mode` is the
 * tree entry's (100644, 120000 for a symbolic link, 040000, 160000) when it is known.
 * `overContainers`: the blob holds more objects and arrays than the reader's `maxContainers`
 * (the cap, given here), so no text was made of it.
 */
export type StoredBlob = { oid: string; size: number; text?: string; mode?: string; notAFile?: "folder" | "submodule"; notText?: string; overContainers?: number };

/**
 * Read many blobs with two git processes: `cat-file --batch-check` sizes every spec
 * (`<commit>:<path>`), then `cat-file --batch` reads the blobs of at most `maxBytes` each. A
 * blob over it (a 700 MB file pushed to the state branch) is returned without its text, never
 * read: it would take the process's memory, and past 512 MiB cannot even be a string. With
 * `maxContainers`, a blob's objects and arrays are counted in its bytes (json-shape.ts) and one
 * holding more is returned without its text (`overContainers`). Specs that are missing, or are
 * a folder or a submodule, are left out.
 *
 * In a partial clone `cat-file` fetches a blob it lacks from the remote itself: `run` lets the
 * caller hold both commands to its time limits and give them its credentials (StateRepo#git).
 */
export async function readBlobs(
  gitArgs: string[],
  cwd: string,
  specs: string[],
  limits: { maxBytes: number; maxContainers?: number },
  run: (command: GitCommand) => Promise<GitOutput> = runGit,
): Promise<Map<string, StoredBlob>> {
  const found = new Map<string, StoredBlob>();
  if (specs.length === 0) return found;
  const check = await run({ args: [...gitArgs, "cat-file", "--batch-check"], cwd, input: `${specs.join("\n")}\n` });
  if (check.code !== 0) throw new StateBranchError("git", `git cat-file failed: ${check.stderr.trim() || `exit ${check.code}`}`);
  const lines = check.stdout.toString("utf8").split("\n");
  const toRead: Array<{ spec: string; oid: string; size: number }> = [];
  specs.forEach((spec, index) => {
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(lines[index] ?? "");
    if (match?.[2] !== "blob") return; // "<spec> missing", a tree, a gitlink's commit
    const blob = { oid: match[1]!, size: Number(match[3]) };
    if (blob.size > limits.maxBytes) found.set(spec, blob);
    else toRead.push({ spec, ...blob });
  });
  if (toRead.length === 0) return found;
  const output = await run({
    args: [...gitArgs, "cat-file", "--batch"],
    cwd,
    input: `${toRead.map((blob) => blob.oid).join("\n")}\n`,
    // Each blob as `<oid> blob <size>\n<bytes>\n`: a 128 MiB record was held three times before it
    // was parsed (git's pieces, their join, its text), now twice, and a blob of `[],[],…` that
    // its count refuses once (its text is never made: 421 MiB of RSS on Node 24 before, 295 now).
    stdoutBytes: toRead.reduce((sum, blob) => sum + `${blob.oid} blob ${blob.size}\n`.length + blob.size + 1, 0),
  });
  if (output.code !== 0) throw new StateBranchError("git", `git cat-file failed: ${output.stderr.trim() || `exit ${output.code}`}`);
  const bytes = output.stdout;
  let offset = 0;
  for (const blob of toRead) {
    const end = bytes.indexOf(10, offset);
    if (end < 0) break;
    const header = /^[0-9a-f]+ blob (\d+)$/.exec(bytes.subarray(offset, end).toString("utf8"));
    offset = end + 1;
    if (!header) continue;
    const size = Number(header[1]);
    const content = bytes.subarray(offset, offset + size);
    const { maxContainers } = limits;
    const over = maxContainers !== undefined && !jsonShape(content, { maxDepth: Number.POSITIVE_INFINITY, maxContainers }).ok;
    found.set(blob.spec, { oid: blob.oid, size, ...(over ? { overContainers: maxContainers } : blobText(content)) });
    offset += size + 1;
  }
  return found;
}

/** A remote URL without credentials, and the credentials it carried (user:password), if any. */
export function splitCredentials(remoteUrl: string): { url: string; credentials?: string } {
  let url: URL;
  try {
    url = new URL(remoteUrl);
  } catch {
    return { url: remoteUrl }; // a path or user@host:path
  }
  if (!/^https?:$/.test(url.protocol) || (!url.username && !url.password)) return { url: remoteUrl };
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  url.username = "";
  url.password = "";
  return { url: url.toString(), credentials };
}

/**
 * Git configuration for one process through the environment (git 2.31+): an
 * `http.extraheader` with basic credentials, as actions/checkout does, so the token is on no
 * command line (`ps` shows those to every user), in no URL and in no config file.
 * https://git-scm.com/docs/git-config#Documentation/git-config.txt-GITCONFIGCOUNT
 */
export function authEnvironment(credentials: string | undefined, base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (!credentials) return {};
  const index = Number.parseInt(base.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  return {
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: "http.extraheader",
    [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: basic ${Buffer.from(credentials, "utf8").toString("base64")}`,
  };
}

/** The URL of the checkout's remote; a checkout without that remote is itself the repository. */
export async function remoteOfCheckout(options: { repoDir: string; remote: string }): Promise<string> {
  const repoDir = resolve(options.repoDir);
  const remote = options.remote;
  // -C, not cwd: a missing folder must read as "not a checkout", not as "git is missing".
  const output = await runGit({ args: ["-C", repoDir, "remote", "get-url", remote], cwd: process.cwd() });
  if (output.code !== 0) {
    if (/no such remote/i.test(output.stderr)) return repoDir;
    throw new UserError(
      `cannot use ${repoDir} for the state branch: it is not a git checkout (${output.stderr.trim()}). ` +
        "Pass the repository directory or its URL.",
    );
  }
  const url = output.stdout.toString("utf8").trim();
  const isPathOnDisk = !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[^/]+@[^/]+:/.test(url);
  return isPathOnDisk && !isAbsolute(url) ? resolve(repoDir, url) : url;
}

/** The secret part of `user:password` (or a token given as the user) and its base64 header form. */
export function secretsOf(credentials: string | undefined): string[] {
  if (!credentials) return [];
  const colon = credentials.indexOf(":");
  const secret = colon < 0 ? credentials : credentials.slice(colon + 1) || credentials.slice(0, colon);
  return [secret, Buffer.from(credentials, "utf8").toString("base64")];
}

function blobText(bytes: Uint8Array): { text: string } | { notText: string } {
  try {
    return { text: decodeStoredText(bytes) };
  } catch (error) {
    return { notText: error instanceof Error ? error.message : String(error) };
  }
}
