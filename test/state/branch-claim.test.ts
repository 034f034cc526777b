// Two `flows fire` processes on one event with the branch store, started together: the start of
// a step is pushed before it runs (a claim), so only one runs it and the other reports it
// running in another dispatch. A `git` on PATH holds every process's first push until both
// processes have reached it, so both read the branch before either claims: the race itself,
// every time, not only when the timing happens to fall that way.
import { chmod, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { isTakenElsewhere } from "../../src/engine/run-view.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { BUN, type ChildResult, countingFlow, expectRanOnceElsewhereOnce, lines, git, makeRecord, originWithCheckout, runChild, startingRun, tempDir } from "./helpers.js";

const CLI = join(process.cwd(), "src", "cli.ts");
const EVENT_ID = "release-42";

function fire(repo: string, eventFile: string, env: NodeJS.ProcessEnv): Promise<ChildResult> {
  return runChild(BUN, [CLI, "fire", "--repo", repo, "--event", eventFile, "--no-color", "--json", "--state", "branch"], { env });
}

/**
 * `git` that logs each push and holds it until `parties` pushes have been logged (at most 20 s),
 * so the first push of each process waits for the other's.
 */
async function barrierGit(dir: string, log: string, parties: number): Promise<NodeJS.ProcessEnv> {
  const real = (await import("node:child_process")).execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const script = [
    "#!/bin/sh",
    'for a in "$@"; do',
    '  if [ "$a" = push ]; then',
    `    echo push >> '${log}'`,
    "    i=0",
    `    while [ "$(wc -l < '${log}')" -lt ${parties} ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done`,
    "  fi",
    "done",
    `exec '${real}' "$@"`,
  ].join("\n");
  await writeFile(join(dir, "git"), `${script}\n`);
  await chmod(join(dir, "git"), 0o755);
  return { ...process.env, PATH: `${dir}:${dirname(BUN)}:${process.env.PATH}` };
}

async function setUp(claim: string | undefined): Promise<{ origin: string; fireBoth: () => Promise<ChildResult[]>; executions: string; pushes: string }> {
  const { origin, checkout } = await originWithCheckout();
  const work = await tempDir();
  const executions = join(work, "executions.log");
  const pushes = join(work, "pushes.log");
  await countingFlow(checkout, executions);
  const eventFile = join(work, "event.json");
  await writeFile(eventFile, JSON.stringify({ id: EVENT_ID, type: "release.published", payload: { tag: "v42" } }));
  const env = await barrierGit(work, pushes, 2);
  if (claim === undefined) delete env.FLOWS_STATE_CLAIM;
  else env.FLOWS_STATE_CLAIM = claim;
  return { origin, executions, pushes, fireBoth: () => Promise.all([fire(checkout, eventFile, env), fire(checkout, eventFile, env)]) };
}

describe("branch store: two dispatches of one event at the same moment", () => {
  it("run the step once: the claim that loses the push re-reads the branch and reports the step running in the other dispatch", async () => {
    const { origin, executions, pushes, fireBoth } = await setUp(undefined);

    const results = await fireBoth();

    await expectRanOnceElsewhereOnce(results, executions, EVENT_ID);
    // Both processes pushed their claim at once (the barrier): one was turned back and read again.
    expect((await lines(pushes)).length).toBeGreaterThanOrEqual(3);

    const reader = new BranchStateStore({ remoteUrl: origin });
    const record = await reader.loadEvent(EVENT_ID);
    await reader.close();
    expect(record?.runs).toHaveLength(1);
    expect(record?.runs[0]?.attempts).toMatchObject([{ number: 1, status: "completed" }]);
    expect(record?.dispatchCount).toBe(2);
    expect(git(origin, "rev-list", "--merges", "flows-state")).toBe("");
  }, 60_000);

  it("with FLOWS_STATE_CLAIM=false both run it, as before: the starts wait for the end of each job", async () => {
    const { origin, executions, fireBoth } = await setUp("false");

    const results = await fireBoth();

    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(await lines(executions)).toEqual([EVENT_ID, EVENT_ID]);
    const reader = new BranchStateStore({ remoteUrl: origin });
    const record = await reader.loadEvent(EVENT_ID);
    await reader.close();
    expect(record?.runs[0]?.attempts).toHaveLength(2); // merged: nothing lost, but the work was done twice
  }, 60_000);
});

describe("BranchStateStore.claimRuns", () => {
  it("pushes the starts at once; a store that read the branch before leaves out the run the first one claimed, and pushes the rest", async () => {
    const { origin } = await originWithCheckout();
    const first = new BranchStateStore({ remoteUrl: origin, retryBaseMs: 10 });
    // The second store's read stays the one it claims on, however long the first one's claim
    // takes (a read older than reuseFetchMs, 1 s by default, is fetched again before a claim: on
    // a busy machine it was, and the race this test is about did not happen).
    const second = new BranchStateStore({ remoteUrl: origin, retryBaseMs: 10, reuseFetchMs: 10 * 60_000 });
    const rule = { isTaken: (stored: FlowRunView, mine: FlowRunView) => isTakenElsewhere(stored, mine, false) };
    // Both read the event as not handled.
    expect(await first.loadEvent("evt-claim")).toBeUndefined();
    expect(await second.loadEvent("evt-claim")).toBeUndefined();

    const one = makeRecord("evt-claim", [], { runs: [startingRun("evt-claim", "run_a", "key-first")] });
    expect(await first.claimRuns(one, { ...rule, starting: new Set(["run_a"]) })).toEqual(new Map());
    expect(first.stats.pushes).toBe(1);
    const two = makeRecord("evt-claim", [], { runs: [startingRun("evt-claim", "run_a", "key-second"), startingRun("evt-claim", "run_b", "key-second-b")] });
    const taken = await second.claimRuns(two, { ...rule, starting: new Set(["run_a", "run_b"]) });

    expect([...taken.keys()]).toEqual(["run_a"]);
    expect(taken.get("run_a")?.attempts).toMatchObject([{ key: "key-first", status: "running" }]);
    expect(second.stats.rejectedPushes).toBe(1);
    const reader = new BranchStateStore({ remoteUrl: origin });
    const stored = await reader.loadEvent("evt-claim");
    await Promise.all([first.close(), second.close(), reader.close()]);
    const byId = new Map(stored?.runs.map((run) => [run.id, run]));
    expect(byId.get("run_a")?.attempts.map((attempt) => attempt.key)).toEqual(["key-first"]);
    expect(byId.get("run_b")?.attempts.map((attempt) => attempt.key)).toEqual(["key-second-b"]);
    expect(git(origin, "rev-list", "--merges", "flows-state")).toBe("");
  });

  it("stores a start at the moment its claim lands, not when it was first tried: a push turned back and retried", async () => {
    const { origin } = await originWithCheckout();
    const other = new BranchStateStore({ remoteUrl: origin, retryBaseMs: 10 });
    // Read before the other store pushes, and kept: its first push is turned back, and it waits
    // at least a second (retryBaseMs 2000, times 0.5 to 1.5) before it reads and pushes again.
    const late = new BranchStateStore({ remoteUrl: origin, retryBaseMs: 2000, retryMaxMs: 2000, reuseFetchMs: 10 * 60_000 });
    expect(await other.loadEvent("evt-other")).toBeUndefined();
    expect(await late.loadEvent("evt-late")).toBeUndefined();
    const rule = { isTaken: (stored: FlowRunView, mine: FlowRunView) => isTakenElsewhere(stored, mine, false) };
    await other.claimRuns(makeRecord("evt-other", [], { runs: [startingRun("evt-other", "run_o", "key-o")] }), { ...rule, starting: new Set(["run_o"]) });

    const view = startingRun("evt-late", "run_l", "key-l");
    const asked = view.attempts[0]!.startedAt!;
    view.startedAt = asked;
    view.createdAt = asked;
    view.updatedAt = asked;
    await late.claimRuns(makeRecord("evt-late", [], { runs: [view], updatedAt: asked }), { ...rule, starting: new Set(["run_l"]) });
    const landed = Date.now();

    expect(late.stats.rejectedPushes).toBe(1);
    const reader = new BranchStateStore({ remoteUrl: origin });
    const stored = await reader.loadEvent("evt-late");
    await Promise.all([other.close(), late.close(), reader.close()]);
    const [run] = stored!.runs;
    const started = Date.parse(run!.attempts[0]!.startedAt!);
    // Stamped as the retried push was built: after the wait, not at the first try.
    expect(started).toBeGreaterThanOrEqual(Date.parse(asked) + 900);
    expect(started).toBeLessThanOrEqual(landed);
    expect(run).toMatchObject({ startedAt: run!.attempts[0]!.startedAt, createdAt: run!.attempts[0]!.startedAt, updatedAt: run!.attempts[0]!.startedAt });
    expect(run!.attempts[0]).toMatchObject({ key: "key-l", status: "running" });
    expect(stored!.updatedAt >= run!.attempts[0]!.startedAt!).toBe(true);
  });

  it("with claim: false keeps the starts for flush(), pushing nothing and leaving nothing out", async () => {
    const { origin } = await originWithCheckout();
    const store = new BranchStateStore({ remoteUrl: origin, claim: false });
    const record = makeRecord("evt-no-claim", [], { runs: [startingRun("evt-no-claim", "run_a", "key")] });

    const taken = await store.claimRuns(record, { starting: new Set(["run_a"]), isTaken: () => true });

    expect(taken).toEqual(new Map());
    expect(store.stats.pushes).toBe(0);
    expect((await store.loadEvent("evt-no-claim"))?.runs).toHaveLength(1);
    await store.flush();
    expect(store.stats.pushes).toBe(1);
    await store.close();
  });
});
