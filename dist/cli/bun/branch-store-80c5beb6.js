// @bun
import {
  UserError,
  Redactor
} from "./main-f081c345.js";
import"./main-fbb7e2a8.js";
import"./main-845a148e.js";
import {
  mergeEventRecords,
  addPending,
  withPendingRecord,
  copyRecord,
  withPending,
  NewerRecordFormatError
} from "./main-e531f9c3.js";
import {
  eventRecordPath2,
  serializeEventRecord2,
  parseEventRecordText2,
  selectEvents2,
  StateRecordError2,
  corruptRecordPath2
} from "./main-05797a8a.js";
import {
  DEFAULT_STATE_AUTHOR,
  STATE_README_PATH,
  stateBranchReadme,
  fastImportStream,
  stateCommitMessage,
  StateBranchError,
  classifyPush,
  pushDenied,
  pushProtected,
  pushFailed,
  pushContended,
  fetchFailed
} from "./main-6e622bf9.js";
import {
  StateNotSavedError
} from "./main-828ff369.js";

// src/state/branch-store.ts
import { mkdir, mkdtemp, rm } from "fs/promises";
import { tmpdir } from "os";
import { join, resolve as resolve2 } from "path";
import { setTimeout as sleep } from "timers/promises";

// src/state/git.ts
import { spawn } from "child_process";
import { isAbsolute, resolve } from "path";
function redactorFor(remoteUrl, extraSecrets = []) {
  const local = new Redactor().add(...extraSecrets.filter((secret) => secret.length >= 8));
  try {
    const url = new URL(remoteUrl);
    const secret = url.password || url.username;
    if (secret.length >= 8)
      local.add(secret, safeDecode(secret));
  } catch {}
  return (text) => local.redact(text);
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
var REPOSITORY_VARIABLES = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_NAMESPACE",
  "GIT_PREFIX"
];
function gitEnvironment(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const name of REPOSITORY_VARIABLES)
    delete env[name];
  env.GIT_TERMINAL_PROMPT = "0";
  env.LC_ALL = "C";
  return env;
}
function runGit(command) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", command.args, {
      cwd: command.cwd,
      env: gitEnvironment(command.env),
      stdio: ["pipe", "pipe", "pipe"]
    });
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, command.timeoutMs ?? 120000);
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      const missing = error.code === "ENOENT";
      reject(missing ? new Error("git is not installed or not on PATH; the state branch needs git") : error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const message = Buffer.concat(stderr).toString("utf8");
      resolve({
        code: timedOut ? -1 : code ?? -1,
        stdout: Buffer.concat(stdout),
        stderr: timedOut ? `${message}
git timed out and was stopped` : message
      });
    });
    child.stdin.on("error", () => {
      return;
    });
    child.stdin.end(command.input ?? "");
  });
}
async function readBlobs(gitArgs, cwd, specs) {
  const found = new Map;
  if (specs.length === 0)
    return found;
  const output = await runGit({
    args: [...gitArgs, "cat-file", "--batch"],
    cwd,
    input: `${specs.join(`
`)}
`
  });
  if (output.code !== 0)
    throw new Error(`git cat-file failed: ${output.stderr.trim()}`);
  const bytes = output.stdout;
  let offset = 0;
  for (const spec of specs) {
    const end = bytes.indexOf(10, offset);
    if (end < 0)
      break;
    const header = bytes.subarray(offset, end).toString("utf8");
    offset = end + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match)
      continue;
    const size = Number(match[2]);
    if (match[1] === "blob")
      found.set(spec, bytes.subarray(offset, offset + size).toString("utf8"));
    offset += size + 1;
  }
  return found;
}
function splitCredentials(remoteUrl) {
  let url;
  try {
    url = new URL(remoteUrl);
  } catch {
    return { url: remoteUrl };
  }
  if (!/^https?:$/.test(url.protocol) || !url.username && !url.password)
    return { url: remoteUrl };
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  url.username = "";
  url.password = "";
  return { url: url.toString(), credentials };
}
function authEnvironment(credentials, base = process.env) {
  if (!credentials)
    return {};
  const index = Number.parseInt(base.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  return {
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: "http.extraheader",
    [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: basic ${Buffer.from(credentials, "utf8").toString("base64")}`
  };
}
async function remoteOfCheckout(options) {
  const repoDir = resolve(options.repoDir);
  const remote = options.remote;
  const output = await runGit({ args: ["-C", repoDir, "remote", "get-url", remote], cwd: process.cwd() });
  if (output.code !== 0) {
    if (/no such remote/i.test(output.stderr))
      return repoDir;
    throw new UserError(`cannot use ${repoDir} for the state branch: it is not a git checkout (${output.stderr.trim()}). ` + "Pass the repository directory or its URL.");
  }
  const url = output.stdout.toString("utf8").trim();
  const isPathOnDisk = !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[^/]+@[^/]+:/.test(url);
  return isPathOnDisk && !isAbsolute(url) ? resolve(repoDir, url) : url;
}

// src/state/branch-store.ts
var TIP_REF = "refs/flows/tip";
var DEFAULT_PUSH_BUDGET_MS = 5 * 60000;
var OTHER_FAILURE_RETRIES = 3;
var PENDING_REF = "refs/flows/pending";

class BranchStateStore {
  kind = "branch";
  problems = [];
  branch;
  stats = { fetches: 0, pushes: 0, rejectedPushes: 0 };
  #options;
  #pending = new Map;
  #opened;
  #flushing = Promise.resolve();
  #url = "";
  #credentials;
  #authEnv = {};
  #redact = (text) => text;
  #workDir = "";
  #tip;
  #fetchedAt = 0;
  constructor(options) {
    if (!options.repoDir && !options.remoteUrl) {
      throw new UserError("BranchStateStore needs repoDir (a checkout) or remoteUrl (a path or URL)");
    }
    this.#options = options;
    this.branch = options.branch ?? "flows-state";
    if (options.remoteUrl)
      this.#redact = redactorFor(options.remoteUrl, options.token ? [options.token] : []);
  }
  get remote() {
    return this.#redact(this.#url || this.#options.remoteUrl || this.#options.repoDir || "");
  }
  get workDir() {
    return this.#workDir || undefined;
  }
  async loadEvent(eventId) {
    await this.#open();
    const path = eventRecordPath2(eventId);
    const stored = (await this.#readTip([path])).get(path);
    return withPendingRecord(stored, this.#pending.get(eventId));
  }
  async saveEvent(record) {
    addPending(this.#pending, record);
  }
  async listEvents(query = {}) {
    await this.#open();
    const byId = new Map;
    if (this.#tip) {
      const listing = await this.#git(["ls-tree", "-r", "-z", "--name-only", this.#tip, "events"]);
      const paths = listing.stdout.toString("utf8").split("\x00").filter((path) => /^events\/[0-9a-f]{2}\/[0-9a-f]{64}\.json$/.test(path));
      const records = await this.#readTip(paths);
      for (const record of records.values())
        byId.set(record.event.id, record);
    }
    return selectEvents2(withPending(byId, this.#pending), query).map(copyRecord);
  }
  flush() {
    const next = this.#flushing.catch(() => {
      return;
    }).then(() => this.#flushPending());
    this.#flushing = next;
    return next;
  }
  async#flushPending() {
    if (this.#pending.size === 0)
      return;
    const batch = new Map(this.#pending);
    try {
      await this.#open();
      await this.#pushBatch(batch);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StateNotSavedError({
        eventIds: [...batch.keys()],
        where: `the state branch "${this.branch}" of ${this.remote}`,
        reason: this.#redact(reason),
        cause: error
      });
    }
    for (const [id, record] of batch)
      if (this.#pending.get(id) === record)
        this.#pending.delete(id);
  }
  async#pushBatch(batch) {
    const where = { branch: this.branch, remote: this.remote };
    const budgetMs = this.#options.pushBudgetMs ?? pushBudgetFromEnvironment();
    const started = Date.now();
    let otherFailures = 0;
    for (let attempt = 1;; attempt++) {
      if (Date.now() - this.#fetchedAt > (this.#options.reuseFetchMs ?? 1000))
        await this.#fetch();
      const commit = await this.#commitOnTip(batch);
      if (!commit)
        return;
      const push = await this.#git(["push", "--porcelain", this.#url, `${commit}:refs/heads/${this.branch}`]);
      this.stats.pushes++;
      if (push.code === 0) {
        this.#tip = commit;
        return;
      }
      const output = this.#redact(`${push.stdout.toString("utf8")}
${push.stderr}`);
      const outcome = classifyPush(output);
      if (outcome === "permission")
        throw pushDenied(where, output);
      if (outcome === "protected")
        throw pushProtected(where, output);
      if (outcome === "other" && ++otherFailures > OTHER_FAILURE_RETRIES)
        throw pushFailed(where, output);
      this.stats.rejectedPushes++;
      this.#fetchedAt = 0;
      const wait = this.#backoff(attempt);
      const spent = Date.now() - started;
      if (spent + wait > budgetMs) {
        throw outcome === "other" ? pushFailed(where, output) : pushContended(where, attempt, Math.round(spent / 1000), batch.size);
      }
      await sleep(wait);
    }
  }
  async close() {
    const opened = this.#opened;
    this.#opened = undefined;
    await opened?.catch(() => {
      return;
    });
    if (this.#workDir && !this.#options.workDir)
      await rm(this.#workDir, { recursive: true, force: true });
    this.#workDir = "";
  }
  #open() {
    this.#opened ??= this.#initialize().catch((error) => {
      this.#opened = undefined;
      throw error;
    });
    return this.#opened;
  }
  async#initialize() {
    const remoteUrl = this.#options.remoteUrl ?? await remoteOfCheckout({ repoDir: this.#options.repoDir, remote: this.#options.remote ?? "origin" });
    const { url, credentials } = splitCredentials(remoteUrl);
    this.#url = url;
    this.#credentials = this.#options.token ? `x-access-token:${this.#options.token}` : credentials;
    this.#authEnv = authEnvironment(this.#credentials);
    this.#redact = redactorFor(remoteUrl, secretsOf(this.#credentials));
    if (this.#options.workDir) {
      this.#workDir = resolve2(this.#options.workDir);
      await mkdir(this.#workDir, { recursive: true });
    } else if (!this.#workDir) {
      this.#workDir = await mkdtemp(join(tmpdir(), "flows-state-"));
    }
    const init = await runGit({ args: ["init", "--bare", "--quiet", this.#workDir], cwd: this.#workDir });
    if (init.code !== 0)
      throw new StateBranchError("git", `git init failed: ${init.stderr.trim()}`);
    await this.#fetch();
  }
  async#fetch() {
    const refspec = `+refs/heads/${this.branch}:${TIP_REF}`;
    const fetch = await this.#git(["fetch", "--depth=1", "--no-tags", "--quiet", this.#url, refspec]);
    this.stats.fetches++;
    if (fetch.code !== 0) {
      const output = this.#redact(fetch.stderr);
      if (!/couldn't find remote ref/i.test(output)) {
        throw fetchFailed({ branch: this.branch, remote: this.remote }, output);
      }
      this.#tip = undefined;
    } else {
      const tip = await this.#git(["rev-parse", "--verify", TIP_REF]);
      this.#tip = tip.stdout.toString("utf8").trim();
    }
    this.#fetchedAt = Date.now();
  }
  async#commitOnTip(batch) {
    const paths = new Map([...batch.keys()].map((id) => [id, eventRecordPath2(id)]));
    const texts = this.#tip ? await readBlobs(this.#gitArgs(), this.#workDir, [
      ...[...paths.values(), STATE_README_PATH].map((path) => `${this.#tip}:${path}`)
    ]) : new Map;
    const files = [];
    for (const [id, record] of batch) {
      const path = paths.get(id);
      const storedText = texts.get(`${this.#tip}:${path}`);
      const stored = storedText === undefined ? undefined : this.#parseOrSetAside(storedText, path);
      if (stored === SET_ASIDE)
        files.push({ path: corruptRecordPath2(path), text: storedText });
      const text = serializeEventRecord2(stored && stored !== SET_ASIDE ? mergeEventRecords(stored, record) : record);
      if (text !== storedText)
        files.push({ path, text });
    }
    if (files.length === 0)
      return;
    if (!texts.has(`${this.#tip}:${STATE_README_PATH}`)) {
      files.push({ path: STATE_README_PATH, text: stateBranchReadme(this.branch) });
    }
    const stream = fastImportStream({
      ref: PENDING_REF,
      ...this.#tip ? { parent: this.#tip } : {},
      author: this.#options.author ?? DEFAULT_STATE_AUTHOR,
      message: stateCommitMessage([...batch.keys()]),
      files
    });
    const imported = await this.#git(["fast-import", "--quiet", "--force"], stream);
    if (imported.code !== 0) {
      throw new StateBranchError("git", `git fast-import failed: ${this.#redact(imported.stderr.trim())}`);
    }
    const commit = await this.#git(["rev-parse", "--verify", PENDING_REF]);
    return commit.stdout.toString("utf8").trim();
  }
  async#readTip(paths) {
    const records = new Map;
    if (!this.#tip || paths.length === 0)
      return records;
    const specs = paths.map((path) => `${this.#tip}:${path}`);
    const texts = await readBlobs(this.#gitArgs(), this.#workDir, specs);
    paths.forEach((path, index) => {
      const text = texts.get(specs[index]);
      if (text === undefined)
        return;
      const record = this.#parseOrSetAside(text, path);
      if (record !== SET_ASIDE)
        records.set(path, record);
    });
    return records;
  }
  #parseOrSetAside(text, path) {
    try {
      return parseEventRecordText2(text, path);
    } catch (error) {
      const where = `${this.branch}:${path}`;
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof NewerRecordFormatError) {
        this.#report({ path: where, message: reason });
        throw new StateRecordError2(where, reason);
      }
      this.#report({ path: where, message: `${reason}; set aside (kept as ${corruptRecordPath2(path)} when its event is saved again), and the event counts as not handled yet` });
      return SET_ASIDE;
    }
  }
  #report(problem) {
    if (!this.problems.some((seen) => seen.path === problem.path && seen.message === problem.message)) {
      this.problems.push(problem);
    }
  }
  #backoff(attempt) {
    const base = this.#options.retryBaseMs ?? 250;
    const cap = this.#options.retryMaxMs ?? 8000;
    return Math.min(cap, base * 2 ** (attempt - 1)) * (0.5 + Math.random());
  }
  #gitArgs() {
    return ["--git-dir", this.#workDir, "-c", "core.hooksPath=/dev/null", "-c", "gc.auto=0"];
  }
  #git(args, input) {
    return runGit({ args: [...this.#gitArgs(), ...args], cwd: this.#workDir, env: this.#authEnv, ...input ? { input } : {} });
  }
}
var SET_ASIDE = Symbol("set aside");
function secretsOf(credentials) {
  if (!credentials)
    return [];
  const colon = credentials.indexOf(":");
  const secret = colon < 0 ? credentials : credentials.slice(colon + 1) || credentials.slice(0, colon);
  return [secret, Buffer.from(credentials, "utf8").toString("base64")];
}
function pushBudgetFromEnvironment() {
  const seconds = Number(process.env.FLOWS_STATE_PUSH_BUDGET_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_PUSH_BUDGET_MS;
}
export {
  BranchStateStore
};
