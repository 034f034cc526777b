// A redelivery, and `flows forget`, of an event whose step is running right now, in another
// process on the same file store: a real `flows fire` (the CLI as it ships, dist/) runs a Bun step that waits until
// the test lets it end, while `flows forget` runs beside it. Forgotten while it runs, the step
// would read as canceled, and a redelivery before it ends would start it a second time.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, flowsIn, runCli, writeEventFile } from "../helpers/cli.js";
import { type CliProcess, cliProcesses, goneWithin, kill } from "../helpers/cli-process.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");
const EVENT_ID = "evt-forget-running";

const processes = cliProcesses();
let repo: { dir: string; cleanup: () => Promise<void> };
let eventPath: string;
let pidFile: string;
let releaseFile: string;
let startsFile: string;

beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

beforeEach(async () => {
  repo = await tempRepo("flows-forget-running-");
  pidFile = join(repo.dir, "step.pid");
  releaseFile = join(repo.dir, "step.release");
  startsFile = join(repo.dir, "starts.log");
  await writeFlow(repo.dir, { name: "slow", steps: [{ name: "sleeper", trigger: "t", source: waitingStep() }] });
  eventPath = await writeEventFile(repo.dir, flowEvent("t", EVENT_ID));
});

afterEach(async () => {
  processes.killAll();
  await repo.cleanup();
});

/**
 * A Bun step that logs its start, writes its pid, and ends (completed) once `releaseFile` exists;
 * a step started when it already exists ends at once.
 */
function waitingStep(): string {
  return [
    'import { appendFileSync, existsSync, writeFileSync } from "node:fs";',
    "await Bun.stdin.text();",
    `appendFileSync(${JSON.stringify(startsFile)}, "start\\n");`,
    `writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));`,
    `for (let waited = 0; waited < 25_000 && !existsSync(${JSON.stringify(releaseFile)}); waited += 20) await Bun.sleep(20);`,
    'console.log(\'FLOW_RESULT {"status":"completed"}\');',
  ].join("\n");
}

/** `flows fire` as a process of its own: the dispatcher whose step runs while the test forgets. */
function fire(): CliProcess {
  return processes.start(BUN, [LAUNCHER, "--repo", repo.dir, "--no-color", "fire", "--event", eventPath]);
}

function starts(): number {
  return existsSync(startsFile) ? readFileSync(startsFile, "utf8").split("\n").filter(Boolean).length : 0;
}

type StoredRun = { effectiveStatus: string; attempts: Array<{ status: string }> };

async function storedRun(): Promise<StoredRun> {
  const runs = await flowsIn(repo.dir, "runs", "--event", EVENT_ID, "--json");
  expect(runs.code, runs.err).toBe(0);
  const parsed = JSON.parse(runs.out) as StoredRun[];
  expect(parsed).toHaveLength(1);
  return parsed[0]!;
}

/** Lets the step end and waits for its dispatcher to save that end and exit. */
async function finish(dispatcher: CliProcess): Promise<void> {
  writeFileSync(releaseFile, "go");
  const exit = await dispatcher.exited;
  expect(exit.code, exit.stderr).toBe(0);
}

/** A redelivery of the event (another `flows fire` of it, run to its end). */
async function redeliver(): Promise<void> {
  const again = await flowsIn(repo.dir, "fire", "--event", eventPath);
  expect(again.code, again.err).toBe(0);
}

describe("flows forget of an event whose step is running in another process (file store)", () => {
  it("refuses, naming the step, its dispatcher and what to do, and changes nothing", async () => {
    const dispatcher = fire();
    await processes.stepStarted(pidFile);

    const refused = await flowsIn(repo.dir, "forget", EVENT_ID);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe("");
    expect(refused.err).toContain(`Event ${EVENT_ID} is still running: slow/sleeper (attempt 1, running since`);
    expect(refused.err).toContain(`pid ${dispatcher.child.pid} on `);
    expect(refused.err).toContain("a delivery before it ends would start it a second time");
    // With the --repo it was given, so that the command pasted looks in the same store.
    expect(refused.err).toContain(`flows forget ${EVENT_ID} --repo ${repo.dir} --force`);
    const json = await flowsIn(repo.dir, "forget", EVENT_ID, "--json");
    expect(json.code).toBe(1);
    const document = JSON.parse(json.out) as { error: { kind: string; exitCode: number; message: string; hint: string } };
    expect(document.error).toMatchObject({ kind: "failed", exitCode: 1 });
    expect(document.error.message).toContain("slow/sleeper");
    expect(document.error.hint).toContain("--force");
    // Still running, as the record says: a redelivery now would find it unsettled either way,
    // but the forget did not make it read as canceled.
    expect((await storedRun()).attempts.map((attempt) => attempt.status)).toEqual(["running"]);

    await finish(dispatcher);
    expect(await storedRun()).toMatchObject({ effectiveStatus: "completed", attempts: [{ status: "completed" }] });
    await redeliver();
    expect(starts()).toBe(1);
    // Once it has ended, the same forget is done, and the next delivery runs the step again.
    const forgot = await flowsIn(repo.dir, "forget", EVENT_ID);
    expect(forgot.code, forgot.err).toBe(0);
    expect(forgot.out).toContain("slow/sleeper will run again on the event's next delivery");
    await redeliver();
    expect(starts()).toBe(2);
  });

  it("with --force forgets it, warns, and the forget outlasts the end the running dispatcher saves", async () => {
    const dispatcher = fire();
    await processes.stepStarted(pidFile);

    const forced = await flowsIn(repo.dir, "forget", EVENT_ID, "--force", "--json");
    expect(forced.code, forced.err).toBe(0);
    const document = JSON.parse(forced.out) as { eventId: string; forgotten: string[]; stillRunning?: string[] };
    expect(document.forgotten).toHaveLength(1);
    expect(document.stillRunning).toEqual(document.forgotten);

    // The step ends and its dispatcher saves that end over the forget: the forget stays the
    // run's latest attempt, as the command said.
    await finish(dispatcher);
    expect(await storedRun()).toMatchObject({ effectiveStatus: "canceled", attempts: [{ status: "completed" }, { status: "canceled" }] });
    await redeliver();
    expect(starts()).toBe(2);
    expect(await storedRun()).toMatchObject({ effectiveStatus: "completed" });
  });

  it("says so in text with --force", async () => {
    const dispatcher = fire();
    await processes.stepStarted(pidFile);
    const forced = await flowsIn(repo.dir, "forget", EVENT_ID, "--force");
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toContain("slow/sleeper will run again on the event's next delivery.");
    expect(forced.out).toMatch(/Warning: slow\/sleeper \(attempt 1, running since .*pid \d+ on .*\) still read as running\./);
    await finish(dispatcher);
  });

  it("needs no --force once the dispatcher is gone (kill -9): the run reads as interrupted", async () => {
    const dispatcher = fire();
    const step = await processes.stepStarted(pidFile);
    kill(-dispatcher.child.pid!, "SIGKILL");
    await dispatcher.exited;
    expect(await goneWithin(step, 3_000)).toBe(true);
    const forgot = await flowsIn(repo.dir, "forget", EVENT_ID);
    expect(forgot.code, forgot.err).toBe(0);
    expect(forgot.out).not.toContain("Warning");
    appendFileSync(releaseFile, "go");
    await redeliver();
    expect(starts()).toBe(2);
  });
});

describe("a redelivery of an event whose step is running in another process (file store)", () => {
  it("does not start the step a second time beside it, says who runs it, and leaves the record to that dispatch", async () => {
    const dispatcher = fire();
    await processes.stepStarted(pidFile);

    const again = await flowsIn(repo.dir, "fire", "--event", eventPath);
    expect(again.code, again.err).toBe(0);
    expect(starts()).toBe(1);
    expect(again.out).toContain("ran=0");
    expect(again.out).toContain("running (in another dispatch)");
    expect(again.out).toContain(`warning: step "sleeper" of flow "slow" is running for event "${EVENT_ID}" in another dispatch (attempt 1 since`);
    expect(again.out).toContain(`pid ${dispatcher.child.pid} on `);
    // The warning's command as the line below says it: with the store's options, `npx` when npm ran it.
    expect(again.out).toContain(`that dispatch records how it ends (\`flows runs --event ${EVENT_ID} --repo ${repo.dir}\`)`);
    const npx = await runCli(["--repo", repo.dir, "--no-color", "fire", "--event", eventPath], cliTestEnv({ npm_command: "exec" }));
    expect(npx.out).toContain(`that dispatch records how it ends (\`npx flows runs --event ${EVENT_ID} --repo ${repo.dir}\`)`);
    expect(npx.err).toContain(`\`npx flows runs --event ${EVENT_ID} --repo ${repo.dir}\` shows how it ends.`);
    expect(again.err).toBe(`Event ${EVENT_ID} is being handled by another dispatch (slow/sleeper is running there), so nothing ran. \`flows runs --event ${EVENT_ID} --repo ${repo.dir}\` shows how it ends.\n`);
    const json = await flowsIn(repo.dir, "fire", "--event", eventPath, "--json");
    const result = JSON.parse(json.out) as { status: string; matched: number; idempotent?: boolean; runs: Array<{ alreadyHandled?: boolean; effectiveStatus: string }> };
    expect(result).toMatchObject({ status: "duplicate", matched: 0, idempotent: true });
    expect(result.runs).toMatchObject([{ alreadyHandled: true, effectiveStatus: "running" }]);
    expect((await storedRun()).attempts.map((attempt) => attempt.status)).toEqual(["running"]);

    await finish(dispatcher);
    expect(await storedRun()).toMatchObject({ effectiveStatus: "completed", attempts: [{ status: "completed" }] });
    await redeliver();
    expect(starts()).toBe(1);
  });

  it("a replay waits for it too: not replayed beside the running attempt", async () => {
    const dispatcher = fire();
    await processes.stepStarted(pidFile);
    const replay = await flowsIn(repo.dir, "replay", EVENT_ID);
    expect(replay.out).toContain("so it was not replayed beside it; that dispatch records how it ends");
    expect(replay.out).toContain("Replay it once it has ended.");
    expect(starts()).toBe(1);
    await finish(dispatcher);
  });

  it("runs it again once that dispatcher is gone (kill -9): the run reads as interrupted", async () => {
    const dispatcher = fire();
    const step = await processes.stepStarted(pidFile);
    kill(-dispatcher.child.pid!, "SIGKILL");
    await dispatcher.exited;
    expect(await goneWithin(step, 3_000)).toBe(true);
    appendFileSync(releaseFile, "go");
    await redeliver();
    expect(starts()).toBe(2);
    expect(await storedRun()).toMatchObject({ effectiveStatus: "completed" });
  });
});
