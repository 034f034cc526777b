import { closeSync, constants, existsSync, fstatSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "../file-url.js";
import { removeFile } from "../fs-async.js";
import { isPidAlive, readOpenedFile } from "../fs-safe.js";
import { randomHex, sha256Hex } from "../hash.js";
import { FLOW_HELPERS_SOURCE, helpersPreloadSource } from "./flow-helpers.js";
import { WATCHDOG_SOURCE } from "./watchdog.js";
import { UserError } from "../user-error.js";
import { diskProblem } from "../disk-problems.js";

/** Specifiers a module-style step may import `defineBunFlow` / `defineFlow` from. */
export const FLOW_HELPER_SPECIFIERS = [
  "@peezy.tech/codex-flows/flow-runtime/bun",
  // The older runtime's standalone package, under the name its README shows.
  "@peezy.tech/flow-runtime/bun",
  "flows-action/bun",
] as const;

export { isModuleStyleSource } from "./module-detect.js";

/**
 * The wrapper Bun runs for a module-style step. It is kept as text (not a file next to this
 * one) because the action is bundled into a single dist/index.js by ncc.
 *
 * - The helper specifiers resolve to flows-action's stand-ins (./flow-helpers.ts) unless the
 *   flow's folder has the real package installed (then the real one is used). Which are
 *   installed is looked up here, before each run (see {@link stubbedHelpers}): the wrapper
 *   imports nothing, and node:fs alone cost each module-style step about 3 ms.
 * - The result is written to a file, not printed: the runner shows it as the step's last line,
 *   `FLOW_RESULT ...`, once the process has ended, so it is always after everything the module
 *   printed (output still queued in process.stdout, a last line without a newline, a replaced
 *   console.log), and a module that prints its own `FLOW_RESULT ...` text (even later, from a
 *   stray timer) cannot override what it returned. (Taking process.stdout in the wrapper to
 *   print it in order cost each module-style step about 8 ms: Bun builds the stream on first use.)
 * - It starts with the step watchdog (./watchdog.ts), which a raw step gets as a preload: a
 *   second file for Bun to load cost each module-style step about 1 ms of CPU (80 interleaved
 *   runs, medians 12.2 against 11.2 ms).
 * - A module Bun cannot build or resolve fails with the place Bun gives, `exec/s.ts:3:25: ...`,
 *   and the offending line in the log: Bun throws a BuildMessage or ResolveMessage (several as an
 *   AggregateError of them), which carries the place in fields, not in a stack or its message.
 */
const WRAPPER_SOURCE = `// flows-action module-style wrapper (generated)
// The step watchdog first, in a block of its own, before the module is imported.
{
${WATCHDOG_SOURCE}
}
// The helper specifiers to stand in for (those not installed above the script) come as JSON.
const [scriptUrl, scriptLabel, stubbed, resultPath] = process.argv.slice(2);
${FLOW_HELPERS_SOURCE}
standInForFlowHelpers(JSON.parse(stubbed));

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value === "undefined" ? "undefined" : "a " + typeof value;
}

function failed(message) {
  return { status: "failed", message };
}

// A thrown value that is not an Error says what it was ("[object Object]" said nothing). Its JSON
// is shown whole or not at all: this process knows no secrets, and a cut through one left its
// start, which no redaction matches. The log (shown: Infinity) has all of it, line by line redacted.
function thrownMessage(error, shownChars = 500) {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  if (error !== null && typeof error === "object" && typeof error.message === "string" && error.message) return error.message;
  let json;
  try {
    json = JSON.stringify(error);
  } catch {}
  const shown = !json || json === "null" ? "" : json.length > shownChars ? " (" + json.length + " characters of JSON, in the log)" : " " + json;
  return scriptLabel + " threw " + describe(error) + shown + ", not an Error; throw new Error(message) instead";
}

function bunMessages(error) {
  const list = error instanceof AggregateError ? error.errors : [error];
  const fromBun = (item) => item !== null && typeof item === "object" && (item.name === "BuildMessage" || item.name === "ResolveMessage");
  return list.length > 0 && list.every(fromBun) ? list : undefined;
}

// The script as its label (exec/s.ts), another file of the package relative to the package.
function fileLabel(file) {
  const scriptPath = Bun.fileURLToPath(scriptUrl);
  if (!file || file === scriptPath) return scriptLabel;
  const root = scriptPath.endsWith(scriptLabel) ? scriptPath.slice(0, scriptPath.length - scriptLabel.length) : undefined;
  return root && file.startsWith(root) ? file.slice(root.length) : file;
}

function located(item) {
  const at = item.position;
  const file = fileLabel((at && at.file) || item.referrer);
  return (at && at.line > 0 ? file + ":" + at.line + ":" + at.column : file) + ": " + item.message;
}

// Where in the package an Error was thrown, as a raw step's crash says it (exec/s.ts:3:9): the
// first frame of its stack in a file of the package (not its node_modules).
function thrownPlace(error) {
  if (!(error instanceof Error) || typeof error.stack !== "string") return undefined;
  const scriptPath = Bun.fileURLToPath(scriptUrl);
  const root = scriptPath.endsWith(scriptLabel) ? scriptPath.slice(0, scriptPath.length - scriptLabel.length) : undefined;
  if (!root) return undefined;
  for (const line of error.stack.split("\\n").slice(0, 200)) {
    const frame = /^\\s*at (?:.*? \\()?(.+?):(\\d+):(\\d+)\\)?$/.exec(line);
    if (!frame) continue;
    const file = frame[1].startsWith("file://") ? Bun.fileURLToPath(frame[1]) : frame[1];
    if (file.startsWith(root) && !file.slice(root.length).split("/").includes("node_modules")) {
      return fileLabel(file) + ":" + frame[2] + ":" + frame[3];
    }
  }
  return undefined;
}

// The stack as the log shows it, without this wrapper's own frames (a temporary file's path).
function shownStack(error) {
  const self = Bun.fileURLToPath(import.meta.url);
  return error.stack.split("\\n").filter((line) => !line.includes(self)).join("\\n");
}

// The offending line with a caret under the column, as Bun prints it for a script run directly.
function excerpt(item) {
  const at = item.position;
  if (!at || typeof at.lineText !== "string" || !(at.line > 0)) return [];
  const gutter = String(at.line);
  const pad = at.lineText.slice(0, Math.max(0, at.column - 1)).replace(/[^\\t]/g, " ");
  return [gutter + " | " + at.lineText, " ".repeat(gutter.length) + " | " + pad + "^"];
}

async function run() {
  const context = JSON.parse(await Bun.stdin.text());
  const loaded = await import(scriptUrl);
  const main = loaded.default;
  if (typeof main !== "function") {
    return failed(
      scriptLabel + " has no default-export function (its default export is " + describe(main) + "); " +
        "write export default defineBunFlow(async (context) => ({ status: \\"completed\\" }))",
    );
  }
  const value = await main(context);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return failed(
      "the default export of " + scriptLabel + " returned " + describe(value) +
        "; return a FlowResult object such as { status: \\"completed\\" }",
    );
  }
  return value;
}

let result;
try {
  result = await run();
} catch (error) {
  const messages = bunMessages(error);
  if (messages) {
    console.error(messages.flatMap((item) => [located(item), ...excerpt(item)]).join("\\n"));
    const more = messages.length - 1;
    result = failed(located(messages[0]) + (more > 0 ? " (and " + more + " more, in the log)" : ""));
  } else {
    console.error(error instanceof Error && typeof error.stack === "string" ? shownStack(error) : thrownMessage(error, Infinity));
    const message = thrownMessage(error);
    const place = thrownPlace(error);
    // Whole or not at all, as above; a message past a result's 4 MiB read as "FLOW_RESULT too large".
    result = failed(
      message.length > 256 * 1024
        ? scriptLabel + " threw an error whose message is " + message.length + " characters long: the log has it"
        : place ? place + ": " + message : message,
    );
  }
}
let line;
try {
  line = JSON.stringify(result);
} catch (error) {
  line = JSON.stringify(failed("the FlowResult returned by " + scriptLabel + " cannot be written as JSON: " + error.message));
}
await Bun.write(resultPath, line);
`;

export type ModuleWrapper = {
  /** Arguments for `bun`: the wrapper and what it needs. */
  args: string[];
  /** Where the wrapper writes the JSON of the FlowResult (one file per run). */
  resultPath: string;
  /** Removes the run's result file (the wrapper itself stays for the next run). */
  dispose: () => Promise<void>;
};

/** The wrapper file: its name carries a hash of its text, so a changed wrapper is a new file. */
const WRAPPER_NAME = `module-wrapper-${sha256Hex(WRAPPER_SOURCE).slice(0, 16)}.mjs`;

/** The step watchdog (./watchdog.ts), written beside the wrapper: Bun preloads it into every raw step. */
const WATCHDOG_NAME = `step-watchdog-${sha256Hex(WATCHDOG_SOURCE).slice(0, 16)}.mjs`;

/** How long after its first module-style step a process looks for wrapper folders left behind. */
const LEFTOVER_SWEEP_DELAY_MS = 100;

/** A long-lived process (the action, `flows watch`) looks again this often that no cleaner removed it. */
const WRAPPER_RECHECK_MS = 60_000;

/** `checkedAfter`: how many step processes had ended when the files were last seen. */
type WrapperFolder = { dir: string; wrapperPath: string; watchdogPath: string; checkedAt: number; checkedAfter: number };

let folder: WrapperFolder | undefined;

/**
 * Step processes ended in this process. A step may remove the folder (`rm -rf $TMPDIR/*`, a
 * cleanup of its own), and every later step then failed with Bun's "preload not found": once a
 * step has ended, the next one looks again that the files are there.
 */
let stepsEnded = 0;

/** Told by the runner each time a step process has ended (./bun.ts). */
export function stepProcessEnded(): void {
  stepsEnded += 1;
}

/** Files written by this process into its wrapper folder, for tests: the wrapper and nothing else. */
export const wrapperWrites = { count: 0 };

/**
 * This process's private folder (mkdtemp: random name, mode 0700) with the wrapper in it,
 * written once per process, not once per step, and removed when the process exits. Synchronous
 * (a few stat calls, and two small writes once): a step is made ready in full while its start is
 * saved, and is not left waiting for file callbacks behind other steps' starts (BENCHMARKS.md,
 * "Thirty-sixth round").
 */
function wrapperFolder(): WrapperFolder {
  const known = folder;
  if (known !== undefined) {
    if (known.checkedAfter === stepsEnded && Date.now() - known.checkedAt < WRAPPER_RECHECK_MS) return known;
    const ended = stepsEnded;
    if (isFile(known.wrapperPath) && isFile(known.watchdogPath)) {
      known.checkedAt = Date.now();
      known.checkedAfter = ended;
      return known;
    }
  }
  // Gone (a temp cleaner) or never made: made again.
  folder = makeWrapperFolder();
  return folder;
}

function makeWrapperFolder(): WrapperFolder {
  try {
    return writeWrapperFolder();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = diskProblem(code) ?? (code === undefined ? undefined : TEMP_FOLDER_PROBLEMS[code]);
    if (problem === undefined) throw error;
    // The machine's to fix, not a bug: said with the folder and what to change, without a stack.
    throw new UserError(`flows-action cannot write its step wrapper into the temp folder ${tmpdir()}: ${problem} (${code}).`, {
      hint: "Free some space there, or set TMPDIR to a writable folder with room.",
      cause: error,
    });
  }
}

/** Why the temp folder refused the wrapper, beside a disk's refusals (disk-problems.ts). */
const TEMP_FOLDER_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: "it does not exist",
  ENOTDIR: "it is not a folder",
};

function writeWrapperFolder(): WrapperFolder {
  // The pid in the name lets a later process remove the folder of one that was killed. Two
  // small synchronous calls, once per process (node:fs/promises would cost `flows fire` more).
  const dir = mkdtempSync(path.join(tmpdir(), `flows-action-${process.pid}-`));
  // Housekeeping waits until the steps are under way: it lists the whole temp folder. A command
  // done sooner (a quick `flows fire`) leaves it to the next process that runs longer.
  setTimeout(() => void removeLeftoverFolders(tmpdir()), LEFTOVER_SWEEP_DELAY_MS).unref();
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const wrapperPath = path.join(dir, WRAPPER_NAME);
  writeFileSync(wrapperPath, WRAPPER_SOURCE, { encoding: "utf8", flag: "wx", mode: 0o600 });
  wrapperWrites.count += 1;
  const watchdogPath = path.join(dir, WATCHDOG_NAME);
  writeFileSync(watchdogPath, WATCHDOG_SOURCE, { encoding: "utf8", flag: "wx", mode: 0o600 });
  return { dir, wrapperPath, watchdogPath, checkedAt: Date.now(), checkedAfter: stepsEnded };
}

/**
 * Wrapper folders of processes that ended without removing theirs (killed, or a worker torn
 * down without its exit handlers): removed when their process is gone. Only this user's folders.
 */
async function removeLeftoverFolders(parent: string): Promise<void> {
  try {
    const { lstat, readdir, rm } = await import("node:fs/promises");
    const uid = process.getuid?.();
    for (const name of await readdir(parent)) {
      // Only wrapper folders: anything else in the temp folder is never touched.
      const ours = /^flows-action-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
      if (!ours) continue;
      const pid = Number(ours[1]);
      if (pid === process.pid || isPidAlive(pid)) continue;
      const folder = path.join(parent, name);
      const info = await lstat(folder).catch(() => undefined);
      if (!info?.isDirectory() || (uid !== undefined && info.uid !== uid)) continue;
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    }
  } catch {
    // Housekeeping only: a temp folder that cannot be listed is no step's problem.
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The step watchdog Bun preloads into every raw step (./watchdog.ts), written once per process with the wrapper. */
export function stepWatchdogPath(): string {
  return wrapperFolder().watchdogPath;
}

/**
 * The file Bun preloads into a raw step whose source names a helper specifier (`import {
 * readFlowContext } from "@peezy.tech/codex-flows/flow-runtime/bun"`) that is installed nowhere
 * above it, or undefined when there is nothing to stand in for. Without it Bun failed the step
 * with "Cannot find module" (after trying to install the package from the registry). One file
 * per set of specifiers, written beside the wrapper when first needed (and again if removed).
 */
export function helpersPreloadPath(options: { scriptPath: string; source: string }): string | undefined {
  if (!FLOW_HELPER_SPECIFIERS.some((specifier) => options.source.includes(specifier))) return undefined;
  const stubbed = stubbedHelpers(path.dirname(options.scriptPath));
  if (stubbed.length === 0) return undefined;
  const source = helpersPreloadSource(stubbed);
  const file = path.join(wrapperFolder().dir, `step-helpers-${sha256Hex(source).slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    try {
      writeFileSync(file, source, { encoding: "utf8", flag: "wx", mode: 0o600 });
    } catch (error) {
      // Another step of this process wrote it first: the same text, by its name.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return file;
}

/** The wrapper (written once per process) and a fresh result file name for one run. */
export function prepareModuleWrapper(options: {
  scriptPath: string;
  scriptLabel: string;
}): ModuleWrapper {
  const { dir, wrapperPath } = wrapperFolder();
  const resultPath = path.join(dir, `result-${randomHex(8)}.json`);
  const stubbed = JSON.stringify(stubbedHelpers(path.dirname(options.scriptPath)));
  return {
    args: [wrapperPath, pathToFileURL(options.scriptPath).href, options.scriptLabel, stubbed, resultPath],
    resultPath,
    dispose: () => removeFile(resultPath).catch(() => undefined),
  };
}

/**
 * The helper specifiers the wrapper stands in for: those whose package is in no node_modules
 * folder above the script's folder (a few stat calls per run, looked up afresh so a long-lived
 * process sees a package installed meanwhile). Not Bun.resolveSync in the wrapper: for a
 * missing package it tries Bun's auto-install, which costs 50-100 ms per specifier.
 */
export function stubbedHelpers(scriptDir: string): string[] {
  return FLOW_HELPER_SPECIFIERS.filter((specifier) => !installedAbove(scriptDir, packageName(specifier)));
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

function installedAbove(start: string, name: string): boolean {
  for (let dir = start; ; ) {
    if (existsSync(path.join(dir, "node_modules", name, "package.json"))) return true;
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

/**
 * What the wrapper wrote: its JSON, the size of JSON too large to read, what took the file's
 * place when it is no regular file (`notAFile`), or nothing.
 */
export type WrapperResult = { json: string } | { tooLargeBytes: number } | { notAFile: string } | undefined;

/**
 * The JSON the wrapper wrote, read no further than `maxBytes`: a module that returned 150 MB
 * cost the dispatcher that much memory (and twice as much again as its string) per step. The
 * module knows the file's path (it is in process.argv): one that made it a named pipe blocked
 * this read, and the dispatch with it, for good. Opened without waiting (O_NONBLOCK), and read
 * only when what was opened is a regular file.
 */
export function readWrapperResult(resultPath: string, maxBytes: number): WrapperResult {
  let fd: number;
  try {
    fd = openSync(resultPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { notAFile: info.isFIFO() ? "a named pipe (FIFO)" : info.isDirectory() ? "a folder" : "a device or socket" };
    // Read to its end, whatever size fstat gave, and never past one byte over the bound.
    const read = readOpenedFile(fd, Buffer.allocUnsafe(Math.min(maxBytes + 1, info.size + 1)), maxBytes, 0);
    if (read === undefined) return { tooLargeBytes: info.size > maxBytes ? info.size : maxBytes + 1 };
    return { json: read.buffer.toString("utf8", 0, read.length) };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
