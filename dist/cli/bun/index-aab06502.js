// @bun
import {
  jsonParts
} from "./main-a2f440ba.js";
import {
  sha256Hex,
  randomHex,
  firstViolation
} from "./main-fbb7e2a8.js";
import {
  MAX_PAYLOAD_DEPTH,
  exceedsDepth
} from "./main-705341a3.js";
import {
  validateFlowResult
} from "./main-845a148e.js";
import {
  FLOW_RESULT_STATUSES
} from "./main-e531f9c3.js";

// src/runners/context.ts
function buildStepContext(options) {
  const { flow, step, event, runtime } = options;
  return {
    flow: {
      name: flow.name,
      version: flow.version,
      root: flow.root,
      step: step.name,
      ...flow.config !== undefined ? { config: flow.config } : {},
      event: stepEvent(event)
    },
    runtime: {
      eventId: event.id,
      ...known("runId", runtime.runId),
      ...known("attemptId", runtime.attemptId),
      replay: runtime.replay === true,
      ...known("workspaceBackendUrl", runtime.workspaceBackendUrl),
      ...known("launchedBy", runtime.launchedBy)
    }
  };
}
var eventJsonCache = new WeakMap;
function stepEventParts(event) {
  let parts = eventJsonCache.get(event);
  if (parts === undefined) {
    parts = jsonParts(stepEvent(event));
    eventJsonCache.set(event, parts);
  }
  return parts;
}
function stepContextParts(options) {
  const { flow, runtime: runtimeFields } = buildStepContext(options);
  const { event: _event, ...flowHead } = flow;
  const head = JSON.stringify(flowHead);
  const runtime = JSON.stringify(runtimeFields);
  return [`{"flow":${head.slice(0, -1)}${head === "{}" ? "" : ","}"event":`, ...stepEventParts(options.event), `},"runtime":${runtime}}`];
}
function stepEvent(event) {
  return { ...event, payload: event.payload ?? {} };
}
function known(key, value) {
  return typeof value === "string" && value.length > 0 ? { [key]: value } : {};
}
// src/runners/step-clock.ts
import { performance } from "perf_hooks";

class StepClock {
  startedAt = new Date;
  start = performance.now();
  outcome(fields) {
    return {
      timedOut: false,
      exitCode: null,
      signal: null,
      output: "",
      ...fields,
      startedAt: this.startedAt.toISOString(),
      completedAt: new Date().toISOString(),
      durationMs: Math.round(performance.now() - this.start)
    };
  }
}

// src/runners/code-mode.ts
var ENABLED_VALUES = new Set(["1", "true", "yes", "on"]);
var CODE_MODE_DISABLED_MESSAGE = "Code Mode step not run: Code Mode is disabled. Set CODEX_FLOWS_ENABLE_CODE_MODE=1 (or CODEX_FLOWS_MODE=code-mode) to enable it.";
var CODE_MODE_UNAVAILABLE_MESSAGE = "Code Mode is enabled, but running a Code Mode step needs the Codex runtime, which flows-action does not ship. " + 'Run this flow with the Codex flow runtime, or rewrite the step as runner = "bun".';
function isCodeModeEnabled(env) {
  if (env.CODEX_FLOWS_MODE?.trim().toLowerCase() === "code-mode")
    return true;
  return ENABLED_VALUES.has(env.CODEX_FLOWS_ENABLE_CODE_MODE?.trim().toLowerCase() ?? "");
}
function codeModeOutcome(env) {
  const clock = new StepClock;
  if (!isCodeModeEnabled(env)) {
    return clock.outcome({
      processStatus: "completed",
      result: { status: "skipped", message: CODE_MODE_DISABLED_MESSAGE }
    });
  }
  return clock.outcome({ processStatus: "failed", error: CODE_MODE_UNAVAILABLE_MESSAGE });
}
// src/runners/environment.ts
var WITHHELD_HOST_VARIABLES = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_CACHE_URL",
  "GITHUB_STATE",
  "GITHUB_OUTPUT"
];
var JOB_ENVIRONMENT_FILES = ["GITHUB_ENV", "GITHUB_PATH"];
var WITHHELD_HOST_PREFIXES = ["INPUT_"];
var RUN_VARIABLES = [
  "CODEX_FLOW_EVENT_ID",
  "CODEX_FLOW_RUN_ID",
  "CODEX_FLOW_ATTEMPT_ID",
  "CODEX_FLOW_REPLAY",
  "CODEX_FLOW_LAUNCHED_BY"
];
var WORKSPACE_BACKEND_VARIABLE = "CODEX_WORKSPACE_BACKEND_WS_URL";
function stepEnvironment(hostEnv, options = {}) {
  const withheld = new Set([...WITHHELD_HOST_VARIABLES, ...options.exportEnv ? [] : JOB_ENVIRONMENT_FILES]);
  const env = {};
  for (const [name, value] of Object.entries(hostEnv)) {
    if (value === undefined)
      continue;
    const upper = name.toUpperCase();
    if (withheld.has(upper))
      continue;
    if (WITHHELD_HOST_PREFIXES.some((prefix) => upper.startsWith(prefix)))
      continue;
    env[name] = value;
  }
  return env;
}
var RUN_VARIABLE_SET = new Set([...RUN_VARIABLES, WORKSPACE_BACKEND_VARIABLE]);
function runEnvironment(options) {
  const { event, runtime } = options;
  const env = {};
  for (const [name, value] of Object.entries(options.env)) {
    if (value === undefined || RUN_VARIABLE_SET.has(name.toUpperCase()))
      continue;
    env[name] = value;
  }
  env.CODEX_FLOW_EVENT_ID = event.id;
  if (runtime.runId)
    env.CODEX_FLOW_RUN_ID = runtime.runId;
  if (runtime.attemptId)
    env.CODEX_FLOW_ATTEMPT_ID = runtime.attemptId;
  env.CODEX_FLOW_REPLAY = runtime.replay ? "1" : "0";
  if (runtime.workspaceBackendUrl)
    env[WORKSPACE_BACKEND_VARIABLE] = runtime.workspaceBackendUrl;
  if (runtime.launchedBy)
    env.CODEX_FLOW_LAUNCHED_BY = runtime.launchedBy;
  return env;
}
// src/runners/module-style.ts
import { rmSync } from "fs";
import { lstat, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from "fs/promises";
import { tmpdir } from "os";
import path from "path";
import { pathToFileURL } from "url";

// src/runners/module-detect.ts
function isModuleStyleSource(source) {
  const code = codeOnly(source);
  return /\bexport\s+default\b/.test(code) || /\bas\s+default\b/.test(code) || /\bdefineBunFlow\s*\(/.test(code);
}
function codeOnly(source) {
  const out = [];
  const templates = [];
  let braces = 0;
  let i = 0;
  const blank = (from, to) => {
    out.push(source.slice(from, to).replace(/[^\n]/g, " "));
  };
  const skipTemplateText = (from) => {
    let j = from;
    while (j < source.length) {
      const c = source[j];
      if (c === "\\")
        j += 2;
      else if (c === "`")
        return j + 1;
      else if (c === "$" && source[j + 1] === "{") {
        templates.push(braces);
        braces += 1;
        return j + 2;
      } else
        j += 1;
    }
    return j;
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      const end = source.indexOf(`
`, i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== `
`)
        j += source[j] === "\\" ? 2 : 1;
      const stop = Math.min(j + 1, source.length);
      blank(i, stop);
      i = stop;
    } else if (c === "`") {
      const stop = skipTemplateText(i + 1);
      blank(i, stop);
      i = stop;
    } else if (c === "{") {
      braces += 1;
      out.push(c);
      i += 1;
    } else if (c === "}") {
      braces -= 1;
      if (templates.length > 0 && templates[templates.length - 1] === braces) {
        templates.pop();
        const stop = skipTemplateText(i + 1);
        blank(i, stop);
        i = stop;
      } else {
        out.push(c);
        i += 1;
      }
    } else if (c === "/" && startsRegExp(out)) {
      const stop = regExpEnd(source, i);
      blank(i, stop);
      i = stop;
    } else {
      out.push(c);
      i += 1;
    }
  }
  return out.join("");
}
function startsRegExp(before) {
  const text = before.slice(-16).join("").replace(/\s+$/, "");
  if (text === "")
    return true;
  const last = text[text.length - 1];
  if ("(,=:[!&|?{};+-*%<>~^".includes(last))
    return true;
  return /\b(?:return|typeof|case|do|else|in|of|void|yield|await|throw|delete|new)$/.test(text);
}
function regExpEnd(source, start) {
  let j = start + 1;
  let inClass = false;
  while (j < source.length && source[j] !== `
`) {
    const c = source[j];
    if (c === "/" && !inClass)
      return j + 1;
    if (c === "[")
      inClass = true;
    else if (c === "]")
      inClass = false;
    j += c === "\\" ? 2 : 1;
  }
  return j;
}

// src/runners/module-style.ts
var FLOW_HELPER_SPECIFIERS = [
  "@peezy.tech/codex-flows/flow-runtime/bun",
  "flows-action/bun"
];
var WRAPPER_SOURCE = `// flows-action module-style wrapper (generated)
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
const [scriptUrl, scriptLabel, resultPath] = process.argv.slice(2);
const specifiers = ${JSON.stringify(FLOW_HELPER_SPECIFIERS)};
const scriptPath = Bun.fileURLToPath(scriptUrl);
const identity = (value) => value;
const helpers = { defineBunFlow: identity, defineFlow: identity };

// Looks for the package in node_modules folders above the script. Not Bun.resolveSync: for a
// missing package it tries Bun's auto-install, which costs 50-100 ms per specifier.
function installed(specifier) {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  let dir = dirname(scriptPath);
  for (;;) {
    if (existsSync(join(dir, "node_modules", name, "package.json"))) return true;
    const parent = dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

Bun.plugin({
  name: "flows-action-helpers",
  setup(build) {
    for (const specifier of specifiers) {
      if (installed(specifier)) continue;
      build.module(specifier, () => ({ exports: { ...helpers, default: helpers }, loader: "object" }));
    }
  },
});

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value === "undefined" ? "undefined" : "a " + typeof value;
}

function failed(message) {
  return { status: "failed", message };
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
  console.error(error instanceof Error && error.stack ? error.stack : String(error));
  const message = error instanceof Error ? error.message || error.name : String(error);
  result = failed(message);
}
let line;
try {
  line = JSON.stringify(result);
} catch (error) {
  line = JSON.stringify(failed("the FlowResult returned by " + scriptLabel + " cannot be written as JSON: " + error.message));
}
await Bun.write(resultPath, line);
console.log("FLOW_RESULT " + line);
`;
var WRAPPER_NAME = `module-wrapper-${sha256Hex(WRAPPER_SOURCE).slice(0, 16)}.mjs`;
var WRAPPER_RECHECK_MS = 60000;
var folder;
var wrapperWrites = { count: 0 };
async function wrapperFolder() {
  const current = folder;
  if (current !== undefined) {
    const known = await current.catch(() => {
      return;
    });
    if (known && Date.now() - known.checkedAt < WRAPPER_RECHECK_MS)
      return known;
    if (known && await isFile(known.wrapperPath)) {
      known.checkedAt = Date.now();
      return known;
    }
    if (folder !== current)
      return wrapperFolder();
  }
  const made = makeWrapperFolder();
  folder = made;
  made.catch(() => {
    if (folder === made)
      folder = undefined;
  });
  return made;
}
async function makeWrapperFolder() {
  const dir = await mkdtemp(path.join(tmpdir(), `flows-action-${process.pid}-`));
  removeLeftoverFolders(tmpdir());
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const wrapperPath = path.join(dir, WRAPPER_NAME);
  await writeFile(wrapperPath, WRAPPER_SOURCE, { encoding: "utf8", flag: "wx", mode: 384 });
  wrapperWrites.count += 1;
  return { dir, wrapperPath, checkedAt: Date.now() };
}
async function removeLeftoverFolders(parent) {
  try {
    const uid = process.getuid?.();
    for (const name of await readdir(parent)) {
      const pid = Number(/^flows-action-(\d+)-[A-Za-z0-9]{6}$/.exec(name)?.[1] ?? Number.NaN);
      if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid))
        continue;
      const folder = path.join(parent, name);
      const info = await lstat(folder).catch(() => {
        return;
      });
      if (!info?.isDirectory() || uid !== undefined && info.uid !== uid)
        continue;
      await rm(folder, { recursive: true, force: true }).catch(() => {
        return;
      });
    }
  } catch {}
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
function warmModuleWrapper() {
  wrapperFolder().catch(() => {
    return;
  });
}
async function prepareModuleWrapper(options) {
  const { dir, wrapperPath } = await wrapperFolder();
  const resultPath = path.join(dir, `result-${randomHex(8)}.json`);
  return {
    args: [wrapperPath, pathToFileURL(options.scriptPath).href, options.scriptLabel, resultPath],
    resultPath,
    dispose: () => unlink(resultPath).catch(() => {
      return;
    })
  };
}
async function readWrapperResult(resultPath) {
  try {
    return await readFile(resultPath, "utf8");
  } catch {
    return;
  }
}
// src/runners/output.ts
import { StringDecoder } from "string_decoder";
var MAX_LINE_CHARS = 4 * 1024 * 1024;
var OVERSIZED_RESULT_NOTICE = "[flows-action] FLOW_RESULT too large";

class LineSplitter {
  onLine;
  decoder = new StringDecoder("utf8");
  partial = "";
  cut;
  constructor(onLine) {
    this.onLine = onLine;
  }
  push(chunk) {
    this.take(this.decoder.write(chunk));
  }
  end() {
    this.take(this.decoder.end());
    if (this.partial.length > 0 || this.cut !== undefined) {
      const rest = this.partial;
      this.partial = "";
      if (rest.length > 0)
        this.emit(rest);
      this.endCut(rest);
    }
  }
  take(text) {
    if (text.length === 0)
      return;
    let start = 0;
    let newline = text.indexOf(`
`, start);
    while (newline !== -1) {
      const piece = text.slice(start, newline);
      const line = this.partial.length > 0 ? this.partial + piece : piece;
      this.partial = "";
      this.emit(line);
      this.endCut(line);
      start = newline + 1;
      newline = text.indexOf(`
`, start);
    }
    this.partial += text.slice(start);
    while (this.partial.length > MAX_LINE_CHARS) {
      const piece = this.partial.slice(0, MAX_LINE_CHARS);
      this.cut ??= { bytes: 0, result: piece.includes("FLOW_RESULT ") };
      this.cut.bytes += Buffer.byteLength(piece);
      this.emit(piece);
      this.partial = this.partial.slice(MAX_LINE_CHARS);
    }
  }
  endCut(lastPiece) {
    const cut = this.cut;
    if (cut === undefined)
      return;
    this.cut = undefined;
    if (!cut.result)
      return;
    const bytes = cut.bytes + Buffer.byteLength(lastPiece);
    this.onLine(`${OVERSIZED_RESULT_NOTICE} (${bytes} bytes, limit 4 MiB)`);
  }
  emit(line) {
    this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
  }
}

class OutputTail {
  maxBytes;
  lines = [];
  first = 0;
  keptBytes = 0;
  cutBytes = 0;
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  push(line) {
    const size = Buffer.byteLength(line) + 1;
    if (size > this.maxBytes) {
      this.cutBytes += this.keptBytes + size - this.maxBytes;
      this.lines = [lastBytes(line, this.maxBytes - 1)];
      this.first = 0;
      this.keptBytes = this.maxBytes;
      return;
    }
    this.lines.push(line);
    this.keptBytes += size;
    while (this.keptBytes > this.maxBytes && this.first < this.lines.length) {
      const dropped = this.lines[this.first];
      const droppedSize = Buffer.byteLength(dropped) + 1;
      this.first += 1;
      this.keptBytes -= droppedSize;
      this.cutBytes += droppedSize;
    }
    if (this.first > 1024 && this.first * 2 > this.lines.length) {
      this.lines = this.lines.slice(this.first);
      this.first = 0;
    }
  }
  kept() {
    return this.lines.slice(this.first);
  }
  get bytesCut() {
    return this.cutBytes;
  }
  text() {
    const body = this.kept().join(`
`);
    return this.cutBytes > 0 ? `\u2026 ${this.cutBytes} bytes cut \u2026
${body}` : body;
  }
}
function lastBytes(text, maxBytes) {
  const bytes = Buffer.from(text);
  if (bytes.length <= maxBytes)
    return text;
  return bytes.subarray(bytes.length - maxBytes).toString("utf8").replace(/^\uFFFD+/, "");
}

// src/runners/result.ts
var FLOW_RESULT_MARKER = "FLOW_RESULT ";
var MAX_FLOW_RESULT_BYTES = 4 * 1024 * 1024;
var STATUS_LIST = FLOW_RESULT_STATUSES.join(", ");
var QUOTED_LINE_CHARS = 200;
function parseFlowResult(stdout) {
  const lines = typeof stdout === "string" ? stdout.split(`
`) : stdout ?? [];
  for (let index = lines.length - 1;index >= 0; index -= 1) {
    const line = lines[index];
    if (line.includes(FLOW_RESULT_MARKER))
      return flowResultFromLine(line);
  }
  return {
    error: 'no FLOW_RESULT line on stdout; the step must print one line like FLOW_RESULT {"status":"completed"} ' + "(or default-export a function that returns a FlowResult)"
  };
}
function flowResultFromLine(line) {
  if (line.startsWith(OVERSIZED_RESULT_NOTICE)) {
    return { error: `${line.slice("[flows-action] ".length)}; print a smaller result and write large data to a file instead` };
  }
  const json = line.slice(line.indexOf(FLOW_RESULT_MARKER) + FLOW_RESULT_MARKER.length).trim();
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_FLOW_RESULT_BYTES) {
    return { error: `FLOW_RESULT too large (${bytes} bytes, limit 4 MiB); print a smaller result and write large data to a file instead` };
  }
  const quoted = quote(line.trim());
  let value;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `FLOW_RESULT line is not valid JSON: ${reason} (line: ${quoted})` };
  }
  const depth = depthProblem(value);
  if (depth !== undefined)
    return { error: `${depth} (line: ${quoted})` };
  const problem = flowResultProblem(value);
  return problem === undefined ? { result: value } : { error: `${problem} (line: ${quoted})` };
}
function flowResultProblem(value) {
  if (validateFlowResult(value))
    return;
  if (!isRecord(value))
    return `FLOW_RESULT must be a JSON object with a "status", got ${describeJson(value)}`;
  const { field, reason } = firstViolation(validateFlowResult.errors, value);
  if (field === "status") {
    return "status" in value ? `FLOW_RESULT status ${JSON.stringify(value.status)} is not one of ${STATUS_LIST}` : `FLOW_RESULT has no "status"; use one of ${STATUS_LIST}`;
  }
  const list = /^(next|annotations)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(field);
  if (!list)
    return `FLOW_RESULT ${reason}`;
  const [, key = "", index, itemKey] = list;
  const [what, first, second] = key === "next" ? ["events", "id", "type"] : ["objects", "path", "message"];
  const item = index === undefined ? undefined : value[key][Number(index)];
  let detail;
  if (index === undefined)
    detail = `got ${describeJson(value[key])}`;
  else if (!isRecord(item))
    detail = `item ${index} is ${describeJson(item)}`;
  else if (itemKey === first || itemKey === second)
    detail = `item ${index} has no string "${itemKey}"`;
  else
    return `FLOW_RESULT ${reason}`;
  return `FLOW_RESULT "${key}" must be an array of ${what} with string "${first}" and "${second}"; ${detail}`;
}
function depthProblem(value) {
  if (!exceedsDepth(value, MAX_PAYLOAD_DEPTH))
    return;
  return `FLOW_RESULT nests objects and arrays more than ${MAX_PAYLOAD_DEPTH} levels deep; flatten it`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeJson(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function quote(line) {
  return line.length > QUOTED_LINE_CHARS ? `${line.slice(0, QUOTED_LINE_CHARS)}\u2026` : line;
}
// src/runners/bun.ts
import { readFile as readFile2, stat as stat2 } from "fs/promises";

// src/runners/process-io.ts
import { open } from "fs/promises";
var DEFAULT_KILL_GRACE_MS = 2000;
var DEFAULT_DRAIN_MS = 1000;
var MAX_TIMER_MS = 2147483647;
var STDIN_SLICE = 64 * 1024;
function timerDelay(timeoutMs) {
  return Number.isFinite(timeoutMs) ? Math.min(Math.max(timeoutMs, 0), MAX_TIMER_MS) : MAX_TIMER_MS;
}
function killGroup(pid, signal, killLeader) {
  if (pid === undefined)
    return;
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      killLeader(signal);
    } catch {}
  }
}
function notStarted(error) {
  return {
    spawnError: error instanceof Error ? error : new Error(String(error)),
    exitCode: null,
    signal: null,
    timedOut: false,
    canceled: false,
    stragglersStopped: false
  };
}
async function* stdinSlices(parts) {
  for (const part of parts) {
    if (typeof part === "string" || part instanceof Uint8Array) {
      for (let at = 0;at < part.length; ) {
        let end = Math.min(at + STDIN_SLICE, part.length);
        if (typeof part === "string" && end < part.length && isHighSurrogate(part.charCodeAt(end - 1)))
          end -= 1;
        yield { chunk: typeof part === "string" ? part.slice(at, end) : part.subarray(at, end) };
        at = end;
      }
      continue;
    }
    const file = await open(part.path, "r");
    try {
      const size = Math.min(STDIN_SLICE, part.end - part.start);
      const free = [];
      for (let at = part.start;at < part.end; ) {
        const slice = free.pop() ?? Buffer.allocUnsafe(size);
        const { bytesRead } = await file.read(slice, 0, Math.min(size, part.end - at), at);
        if (bytesRead === 0)
          throw new Error(`${part.path} ended at byte ${at}, before ${part.end}`);
        at += bytesRead;
        yield { chunk: slice.subarray(0, bytesRead), release: () => free.push(slice) };
      }
    } finally {
      await file.close();
    }
  }
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}

// src/runners/process-bun.ts
function bunSpawn() {
  const bun = globalThis.Bun;
  return typeof bun?.spawn === "function" ? bun.spawn.bind(bun) : undefined;
}
async function superviseWithBun(spawn, options) {
  let child;
  try {
    child = spawn({
      cmd: [options.command, ...options.args],
      cwd: options.cwd,
      env: options.env,
      stdin: "pipe",
      stdout: "pipe",
      stderr: "pipe",
      detached: true
    });
  } catch (error) {
    return notStarted(error);
  }
  const timers = [];
  const readers = [];
  const state = { timedOut: false, canceled: false, stopping: false, exited: false };
  const killGroup2 = (signal) => killGroup(child.pid, signal, (leader) => child.kill(leader));
  const stop = (reason) => {
    if (state.stopping || state.exited)
      return;
    state.stopping = true;
    if (reason === "timeout")
      state.timedOut = true;
    else
      state.canceled = true;
    killGroup2("SIGTERM");
    timers.push(setTimeout(() => killGroup2("SIGKILL"), options.killGraceMs ?? DEFAULT_KILL_GRACE_MS));
  };
  const onAbort = () => stop("cancel");
  const streamsDone = Promise.all([
    readLines(child.stdout, "stdout", options, readers),
    readLines(child.stderr, "stderr", options, readers)
  ]);
  writeParts(child.stdin, typeof options.stdin === "string" ? [options.stdin] : options.stdin);
  timers.push(setTimeout(() => stop("timeout"), timerDelay(options.timeoutMs)));
  if (options.signal?.aborted)
    stop("cancel");
  else
    options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    await child.exited;
    state.exited = true;
    if (state.stopping)
      killGroup2("SIGKILL");
    let stragglersStopped = false;
    const drained = await Promise.race([
      streamsDone.then(() => true),
      new Promise((resolve) => timers.push(setTimeout(() => resolve(false), options.drainMs ?? DEFAULT_DRAIN_MS)))
    ]);
    if (!drained) {
      stragglersStopped = true;
      killGroup2("SIGKILL");
      for (const reader of readers)
        reader.cancel().catch(() => {
          return;
        });
    }
    const signal = child.signalCode ?? null;
    return { exitCode: signal === null ? child.exitCode : null, signal, timedOut: state.timedOut, canceled: state.canceled, stragglersStopped };
  } finally {
    for (const timer of timers)
      clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}
async function readLines(stream, name, options, readers) {
  const splitter = new LineSplitter((line) => options.onLine(name, line));
  const reader = stream.getReader();
  readers.push(reader);
  try {
    for (;; ) {
      const { done, value } = await reader.read();
      if (done)
        break;
      splitter.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  } catch {} finally {
    splitter.end();
  }
}
async function writeParts(sink, parts) {
  try {
    for await (const { chunk, release } of stdinSlices(parts)) {
      sink.write(chunk);
      await sink.flush();
      release?.();
    }
  } catch {} finally {
    try {
      sink.end();
    } catch {}
  }
}

// src/runners/process.ts
async function superviseProcess(options) {
  const onBun = bunSpawn();
  if (onBun !== undefined)
    return superviseWithBun(onBun, options);
  const { spawn } = await import("child_process");
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(options.command, options.args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: ["pipe", "pipe", "pipe"]
      });
    } catch (error) {
      resolve(notStarted(error));
      return;
    }
    new Supervision(child, options, resolve).start();
  });
}

class Supervision {
  child;
  options;
  resolve;
  timedOut = false;
  canceled = false;
  stopping = false;
  exited = false;
  stragglersStopped = false;
  finished = false;
  timers = [];
  onAbort = () => this.stop("cancel");
  constructor(child, options, resolve) {
    this.child = child;
    this.options = options;
    this.resolve = resolve;
  }
  start() {
    const { child, options } = this;
    const streamsDone = Promise.all([
      this.pipeLines(child.stdout, "stdout"),
      this.pipeLines(child.stderr, "stderr")
    ]);
    child.once("error", (error) => {
      if (child.pid === undefined)
        this.finish(notStarted(error));
    });
    child.once("exit", (code, signal) => {
      this.exited = true;
      this.afterExit(code, signal, streamsDone);
    });
    child.stdin?.on("error", () => {});
    if (child.stdin)
      writeParts2(child.stdin, typeof options.stdin === "string" ? [options.stdin] : options.stdin);
    this.timers.push(setTimeout(() => this.stop("timeout"), timerDelay(options.timeoutMs)));
    if (options.signal?.aborted)
      this.stop("cancel");
    else
      options.signal?.addEventListener("abort", this.onAbort, { once: true });
  }
  async afterExit(code, signal, streamsDone) {
    if (this.stopping)
      this.killGroup("SIGKILL");
    const drained = await Promise.race([
      streamsDone.then(() => true),
      delay(this.options.drainMs ?? DEFAULT_DRAIN_MS, this.timers).then(() => false)
    ]);
    if (!drained) {
      this.stragglersStopped = true;
      this.killGroup("SIGKILL");
      this.child.stdout?.destroy();
      this.child.stderr?.destroy();
    }
    this.finish({
      exitCode: code,
      signal,
      timedOut: this.timedOut,
      canceled: this.canceled,
      stragglersStopped: this.stragglersStopped
    });
  }
  stop(reason) {
    if (this.stopping || this.exited || this.finished)
      return;
    this.stopping = true;
    if (reason === "timeout")
      this.timedOut = true;
    else
      this.canceled = true;
    this.killGroup("SIGTERM");
    const grace = this.options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    this.timers.push(setTimeout(() => this.killGroup("SIGKILL"), grace));
  }
  killGroup(signal) {
    killGroup(this.child.pid, signal, (leader) => this.child.kill(leader));
  }
  pipeLines(stream, name) {
    if (stream === null)
      return Promise.resolve();
    const splitter = new LineSplitter((line) => this.options.onLine(name, line));
    stream.on("data", (chunk) => splitter.push(chunk));
    return new Promise((done) => {
      let ended = false;
      const end = () => {
        if (ended)
          return;
        ended = true;
        splitter.end();
        done();
      };
      stream.once("end", end);
      stream.once("close", end);
      stream.once("error", end);
    });
  }
  finish(result) {
    if (this.finished)
      return;
    this.finished = true;
    for (const timer of this.timers)
      clearTimeout(timer);
    this.options.signal?.removeEventListener("abort", this.onAbort);
    this.resolve(result);
  }
}
async function writeParts2(stream, parts) {
  const broken = () => stream.destroyed || stream.writableEnded || stream.errored !== null;
  try {
    for await (const { chunk, release } of stdinSlices(parts)) {
      if (broken())
        return;
      if (!stream.write(chunk, release) && !await drained(stream))
        return;
    }
  } catch (error) {
    stream.destroy(error);
    return;
  }
  if (!broken())
    stream.end();
}
function drained(stream) {
  return new Promise((resolve) => {
    const done = (ok) => () => {
      stream.off("drain", onDrain);
      stream.off("close", onClose);
      stream.off("error", onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    stream.once("drain", onDrain);
    stream.once("close", onClose);
    stream.once("error", onClose);
  });
}
function delay(ms, timers) {
  return new Promise((resolve) => {
    timers.push(setTimeout(resolve, ms));
  });
}

// src/runners/bun.ts
var DEFAULT_TAIL_BYTES = 64 * 1024;
var REASON_TAIL_BYTES = 4 * 1024;
var REASON_TAIL_LINES = 20;

class StepOutput {
  onLine;
  combined;
  stdout = new OutputTail(REASON_TAIL_BYTES);
  stderr = new OutputTail(REASON_TAIL_BYTES);
  lastResultLine;
  constructor(tailBytes, onLine) {
    this.onLine = onLine;
    this.combined = new OutputTail(tailBytes);
  }
  line = (stream, line) => {
    this.combined.push(line);
    if (stream === "stdout") {
      this.stdout.push(line);
      if (line.includes(FLOW_RESULT_MARKER))
        this.lastResultLine = line;
    } else {
      this.stderr.push(line);
    }
    try {
      this.onLine?.(stream, line);
    } catch {}
  };
  reasonTail() {
    const [name, tail] = this.stderr.kept().length > 0 ? ["stderr", this.stderr] : ["stdout", this.stdout];
    const lines = tail.kept().slice(-REASON_TAIL_LINES);
    return lines.length === 0 ? "" : `
Last lines of ${name}:
${lines.join(`
`)}`;
  }
}
async function runBunStep(options) {
  let clock = new StepClock;
  const output = new StepOutput(options.tailBytes ?? DEFAULT_TAIL_BYTES, options.onLine);
  const finish = (fields) => clock.outcome({ output: output.combined.text(), ...fields });
  const { step } = options;
  if (options.signal?.aborted) {
    return finish({ processStatus: "canceled", error: "canceled before the step started" });
  }
  const prepared = prepareBunStep(step);
  let wrapper;
  try {
    if (options.startAfter !== undefined) {
      const go = await options.startAfter.then(() => true, () => false);
      if (!go)
        return finish({ processStatus: "canceled", error: "not started: its start could not be recorded" });
      clock = new StepClock;
    }
    const ready = await prepared;
    if ("problem" in ready)
      return finish({ processStatus: "failed", error: ready.problem });
    wrapper = ready.wrapper;
    const bunPath = options.bunPath ?? "bun";
    const run = await superviseProcess({
      command: bunPath,
      args: wrapper?.args ?? [step.scriptPath],
      cwd: step.cwdPath,
      env: runEnvironment(options),
      stdin: stepContextParts(options),
      timeoutMs: step.timeoutMs,
      signal: options.signal,
      onLine: output.line
    });
    if (run.stragglersStopped) {
      output.combined.push("[flows-action] stopped leftover processes that kept the step's output open after it exited");
    }
    const wrapperJson = wrapper === undefined ? undefined : await readWrapperResult(wrapper.resultPath);
    return finish(interpret({ run, output, bunPath, timeoutMs: step.timeoutMs, wrapperJson }));
  } finally {
    (wrapper ? Promise.resolve(wrapper) : prepared.then((ready) => ("wrapper" in ready) ? ready.wrapper : undefined)).then((made) => made?.dispose()).catch(() => {
      return;
    });
  }
}
async function prepareBunStep(step) {
  warmModuleWrapper();
  const [problem, source] = await Promise.all([
    cwdProblem(step.cwdPath, step.name),
    readFile2(step.scriptPath, "utf8").catch((error) => new ScriptUnreadable(messageOf(error)))
  ]);
  if (problem !== undefined)
    return { problem };
  if (source instanceof ScriptUnreadable) {
    return { problem: `cannot read the script of step "${step.name}" (${step.script} \u2192 ${step.scriptPath}): ${source.reason}` };
  }
  if (!isModuleStyleSource(source))
    return { wrapper: undefined };
  return { wrapper: await prepareModuleWrapper({ scriptPath: step.scriptPath, scriptLabel: step.script }) };
}

class ScriptUnreadable {
  reason;
  constructor(reason) {
    this.reason = reason;
  }
}
function interpret(options) {
  const { run, output, bunPath, timeoutMs } = options;
  const exit = { exitCode: run.exitCode, signal: run.signal };
  if (run.spawnError !== undefined) {
    return { processStatus: "failed", error: spawnFailure(bunPath, run.spawnError) };
  }
  if (run.canceled) {
    return {
      ...exit,
      processStatus: "canceled",
      error: "canceled: the run was aborted; the step and its child processes were stopped"
    };
  }
  if (run.timedOut) {
    return {
      ...exit,
      processStatus: "failed",
      timedOut: true,
      error: `timed out after ${timeoutMs} ms (timeout_ms = ${timeoutMs}); the step and its child processes were stopped` + output.reasonTail()
    };
  }
  if (run.signal !== null) {
    return { ...exit, processStatus: "failed", error: `bun was killed by signal ${run.signal}${output.reasonTail()}` };
  }
  if (run.exitCode !== 0) {
    return { ...exit, processStatus: "failed", error: `bun exited with code ${run.exitCode}${output.reasonTail()}` };
  }
  const parsed = options.wrapperJson !== undefined ? parseFlowResult([FLOW_RESULT_MARKER + options.wrapperJson]) : parseFlowResult(output.lastResultLine === undefined ? [] : [output.lastResultLine]);
  if ("error" in parsed) {
    return { ...exit, processStatus: "failed", error: parsed.error + output.reasonTail() };
  }
  return { ...exit, processStatus: "completed", result: parsed.result };
}
async function cwdProblem(cwdPath, stepName) {
  try {
    const info = await stat2(cwdPath);
    return info.isDirectory() ? undefined : `the working directory of step "${stepName}" is not a folder: ${cwdPath}`;
  } catch (error) {
    return `the working directory of step "${stepName}" cannot be used (${cwdPath}): ${messageOf(error)}; check its cwd in flow.toml`;
  }
}
function spawnFailure(bunPath, error) {
  const code = error.code;
  const fix = "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.";
  if (code === "ENOENT")
    return `bun executable not found: ${bunPath}. ${fix}`;
  if (code === "EACCES")
    return `bun executable is not executable: ${bunPath}. ${fix}`;
  return `could not start bun (${bunPath}): ${error.message}. ${fix}`;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/runners/run-step.ts
async function runFlowStep(options) {
  let clock = new StepClock;
  try {
    const runner = options.step.runner;
    if (runner === "bun")
      return await runBunStep(options);
    if (options.startAfter !== undefined) {
      if (!await options.startAfter.then(() => true, () => false)) {
        return clock.outcome({ processStatus: "canceled", error: "not started: its start could not be recorded" });
      }
      clock = new StepClock;
    }
    switch (runner) {
      case "code-mode":
        return codeModeOutcome(options.env);
      default:
        return clock.outcome({
          processStatus: "failed",
          error: `step "${options.step.name}" has unknown runner "${runner}"; use "bun" or "code-mode"`
        });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.stack ?? error.message : String(error);
    return clock.outcome({
      processStatus: "failed",
      error: `flows-action could not run step "${options.step?.name}": ${reason}`
    });
  }
}
export {
  FLOW_HELPER_SPECIFIERS,
  RUN_VARIABLES,
  WITHHELD_HOST_PREFIXES,
  WITHHELD_HOST_VARIABLES,
  buildStepContext,
  isCodeModeEnabled,
  parseFlowResult,
  runFlowStep,
  stepEnvironment
};
