import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, onTestFinished } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import type { StoreContext } from "../../src/cli/state-commands.js";
import { currentDispatcher } from "../../src/state/dispatcher.js";
import type { EventRecord, StateStore } from "../../src/state/types.js";
import { writeFlow } from "../helpers/flow-packages.js";

export const BUN = fileURLToPath(new URL("../../node_modules/.bin/bun", import.meta.url));
export const CHILDREN = fileURLToPath(new URL("./children/", import.meta.url));

/** A temp folder owned by the running test and removed when it finishes. */
export async function tempDir(prefix = "flows-state-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export type RunOptions = { updatedAt?: string; attempts?: number };

export function makeRun(eventId: string, runId: string, options: RunOptions = {}): FlowRunView {
  const at = options.updatedAt ?? "2025-01-01T00:00:00.000Z";
  const attempts = Array.from({ length: options.attempts ?? 1 }, (_, index) => ({
    id: `${runId}_a${index + 1}`,
    number: index + 1,
    status: "completed" as const,
    startedAt: at,
    completedAt: at,
  }));
  return {
    id: runId,
    eventId,
    flowName: "release-notes",
    flowVersion: 1,
    stepName: "write",
    runner: "bun",
    processStatus: "completed",
    resultStatus: "changed",
    effectiveStatus: "changed",
    needsAttention: false,
    attempts,
    createdAt: at,
    updatedAt: at,
  };
}

/** Run `runId` of the event as one dispatcher starts it: attempt 1, running, owned by this process. */
export function startingRun(eventId: string, runId: string, key: string): FlowRunView {
  const run = makeRun(eventId, runId);
  const attempt = { id: `${runId}_a1`, number: 1, status: "running" as const, startedAt: new Date().toISOString(), key, dispatcher: currentDispatcher(60_000) };
  return { ...run, processStatus: "running", effectiveStatus: "running", attempts: [attempt] };
}

export type RecordOptions = { type?: string; updatedAt?: string; runs?: FlowRunView[] };

export function makeRecord(eventId: string, runIds: string[], options: RecordOptions = {}): EventRecord {
  const at = options.updatedAt ?? "2025-01-01T00:00:00.000Z";
  return {
    formatVersion: 1,
    event: { id: eventId, type: options.type ?? "upstream.release", receivedAt: at, payload: { tag: "v1" } },
    runs: options.runs ?? runIds.map((runId) => makeRun(eventId, runId, { updatedAt: at })),
    firstDispatchedAt: at,
    updatedAt: at,
    dispatchCount: 1,
  };
}

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "Test User",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test User",
  GIT_COMMITTER_EMAIL: "test@example.com",
};

/** Run git in a test repository and return its trimmed stdout. Throws on a non-zero exit. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "init.defaultBranch=main", ...args], {
    cwd,
    env: { ...process.env, ...GIT_IDENTITY },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

/** Builds a bare origin (`origin.git`) and a checkout cloned from it (`checkout`) with one commit pushed on main, under `root` (a folder the caller removes: for a `beforeAll`). */
export function buildOriginWithCheckout(root: string): { origin: string; checkout: string } {
  const origin = join(root, "origin.git");
  const checkout = join(root, "checkout");
  git(root, "init", "--bare", "--quiet", origin);
  // As github.com does: the state branch's reads fetch trees first and then only the blobs needed.
  git(origin, "config", "uploadpack.allowFilter", "true");
  git(root, "clone", "--quiet", origin, checkout);
  execFileSync("sh", ["-c", "echo '# project' > README.md && mkdir src && echo 'x' > src/a.txt"], { cwd: checkout });
  git(checkout, "add", ".");
  git(checkout, "commit", "--quiet", "-m", "initial");
  git(checkout, "push", "--quiet", "origin", "main");
  // git's sample hooks are half the files of the pair: without them, a copy costs half as much.
  for (const hooks of [join(origin, "hooks"), join(checkout, ".git", "hooks")]) {
    for (const name of readdirSync(hooks)) if (name.endsWith(".sample")) rmSync(join(hooks, name));
  }
  return { origin, checkout };
}

let template: { cacheDir: string; origin: string; checkout: string } | undefined;

/**
 * The pair built once per test file (seven git runs), in the file's own cache folder
 * (test/setup/cache-dir.ts), which is removed when the file is done; none when that folder is not
 * the setup's (a test chose another), and the pair is then built for the test itself.
 */
function originTemplate(): { origin: string; checkout: string } | undefined {
  const cacheDir = process.env.FLOWS_CACHE_DIR;
  if (!cacheDir || !basename(cacheDir).startsWith("flows-test-cache-") || !existsSync(cacheDir)) return undefined;
  if (template?.cacheDir === cacheDir && existsSync(template.origin)) return template;
  const root = mkdtempSync(join(cacheDir, "origin-template-"));
  template = { cacheDir, ...buildOriginWithCheckout(root) };
  return template;
}

/**
 * For a `beforeAll`: a bare origin with one commit on main (as `originWithCheckout`'s, without the
 * checkout) at `root/origin.git`, `root` a folder the caller removes. A copy of the file's template
 * when there is one (no git run), else built. Tests that each need the same saved state build it
 * once on this origin and take a copy each (`copyOfOrigin`).
 */
export function originForFile(root: string): string {
  const made = originTemplate();
  if (!made) return buildOriginWithCheckout(root).origin;
  const origin = join(root, "origin.git");
  cpSync(made.origin, origin, { recursive: true });
  return origin;
}

/** A bare origin plus a user checkout cloned from it with one commit pushed on main. */
export async function originWithCheckout(): Promise<{ origin: string; checkout: string }> {
  const made = originTemplate();
  if (!made) return buildOriginWithCheckout(await tempDir("flows-state-git-"));
  // A copy of the file's template: one git run, where building the pair took seven.
  return copyOfOriginWithCheckout(made);
}

/** A copy of an origin and its checkout (a fixture built once for a file) in a temp folder of the running test, the copy's remote the copied origin. */
export async function copyOfOriginWithCheckout(made: { origin: string; checkout: string }): Promise<{ origin: string; checkout: string }> {
  const root = await tempDir("flows-state-git-");
  const origin = join(root, "origin.git");
  const checkout = join(root, "checkout");
  cpSync(made.origin, origin, { recursive: true });
  cpSync(made.checkout, checkout, { recursive: true });
  const config = join(checkout, ".git", "config");
  writeFileSync(config, readFileSync(config, "utf8").replaceAll(made.origin, origin));
  // The copied index holds the template's file stats: refreshed now, as a clone leaves it, so the
  // first `git status` of a test does not rewrite it (tests compare the index before and after).
  git(checkout, "update-index", "-q", "--refresh");
  return { origin, checkout };
}

/** A copy of the bare repository `origin` (a fixture built once for a file) in a temp folder of the running test. */
export async function copyOfOrigin(origin: string): Promise<string> {
  const copy = join(await tempDir("flows-state-git-"), "origin.git");
  cpSync(origin, copy, { recursive: true });
  return copy;
}

export type ChildResult = { code: number; stdout: string; stderr: string };

/** One child process's exit code and all it printed; `onStderr` is given all of its standard error so far each time more comes. */
export function runChild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; onStderr?: (text: string) => void } = {}): Promise<ChildResult> {
  return new Promise<ChildResult>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...(options.env ? { env: options.env } : {}) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(stderr);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Start every child at once (Bun runs the TypeScript children directly) and wait for all. */
export function runBunChildren(script: string, argsPerChild: string[][]): Promise<ChildResult[]> {
  return Promise.all(argsPerChild.map((args) => runChild(BUN, [join(CHILDREN, script), ...args])));
}

/**
 * `processes` Bun children (children/stale-lock-taker.ts) that each take one lock `rounds` times,
 * starting together, and leave it behind each time as a dead process's: each exit, and the counter
 * they added one to under the lock (`processes * rounds` when no takeover let two holders in).
 */
export async function staleLockTakers(processes: number, rounds: number): Promise<{ results: ChildResult[]; count: string }> {
  const dir = await tempDir();
  const lock = join(dir, "a.lock");
  const counter = join(dir, "counter");
  await writeFile(counter, "0");
  // A pid no process has now: a shell's, once it exited.
  const deadPid = Number(spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim());
  const dead = JSON.stringify({ host: hostname(), pid: deadPid, startedAt: new Date().toISOString(), lockedAt: new Date().toISOString() });
  await writeFile(lock, dead);
  const startAt = String(Date.now() + 700);
  const results = await runBunChildren("stale-lock-taker.ts", Array.from({ length: processes }, () => [lock, counter, startAt, String(rounds), dead]));
  return { results, count: await readFile(counter, "utf8") };
}

/** What `flows events`, `runs` and `show` get to run on `store`, with what they printed. */
export function storeContext(store: StateStore): StoreContext & { output: () => string } {
  let out = "";
  return {
    repoRoot: ".",
    json: false,
    color: false,
    out: (text) => {
      out += text;
    },
    err: () => undefined,
    errLines: () => undefined,
    env: {},
    openStore: async () => ({ store, label: "test" }),
    store,
    storeLabel: "test",
    output: () => out,
  };
}

/**
 * A step that logs each execution (its event id, one line) and runs a second, so two dispatches of
 * it overlap; `runMs` 0 for a test whose dispatches do not overlap (no wait).
 */
export async function countingFlow(repo: string, log: string, runMs = 1000): Promise<void> {
  const source = [
    "import { appendFileSync } from 'node:fs';",
    "const context = JSON.parse(await Bun.stdin.text());",
    `appendFileSync(${JSON.stringify(log)}, context.runtime.eventId + "\\n");`,
    ...(runMs > 0 ? [`await Bun.sleep(${runMs});`] : []),
    'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed" }));',
  ].join("\n");
  await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
}

/** The non-empty lines of a file, none when it does not exist. */
export async function lines(file: string): Promise<string[]> {
  return (await readFile(file, "utf8").catch(() => "")).split("\n").filter(Boolean);
}

/**
 * Two `flows fire --json` of one event on one store whose step is `countingFlow`'s: each exited 0,
 * the step ran once, one reports it run and the other (returned) reports it running in another
 * dispatch, with the warning that says so.
 */
export async function expectRanOnceElsewhereOnce(results: ChildResult[], executions: string, eventId: string): Promise<ChildResult> {
  for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
  expect(await lines(executions)).toEqual([eventId]);
  const outcomes = results.map((result) => JSON.parse(result.stdout));
  const ran = outcomes.filter((outcome) => outcome.status === "accepted");
  const elsewhere = outcomes.filter((outcome) => outcome.status === "duplicate");
  expect(ran).toHaveLength(1);
  expect(elsewhere).toHaveLength(1);
  expect(ran[0].runs).toMatchObject([{ stepName: "write", effectiveStatus: "changed" }]);
  expect(ran[0].runs[0].alreadyHandled).toBeUndefined();
  expect(elsewhere[0].matched).toBe(0);
  expect(elsewhere[0].runs).toMatchObject([{ stepName: "write", effectiveStatus: "running", alreadyHandled: true }]);
  const warning = elsewhere[0].problems.find((problem: { message: string }) => /in another dispatch/.test(problem.message));
  expect(warning?.message).toMatch(new RegExp(`step "write" of flow "notes" is running for event "${eventId}" in another dispatch \\(attempt 1 since .*, pid \\d+ on `));
  return results[outcomes.indexOf(elsewhere[0])]!;
}
