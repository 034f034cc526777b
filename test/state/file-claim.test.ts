// Two `flows fire` processes on one event and one state folder, started together: the start of a
// step is claimed in the file store's locked read-merge-write, so only one runs it and the other
// reports it running in another dispatch. The test holds the event's record lock until both
// processes have read the record (their --debug line says so), so both read it as not handled
// before either claims: the race itself, every time, not only when the timing falls that way.
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { runIdFor } from "../../src/engine/ids.js";
import { isTakenElsewhere } from "../../src/engine/run-view.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { StateFolderError } from "../../src/state/file-errors.js";
import { withFileLock } from "../../src/state/file-lock.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import type { RunClaim, StateStore } from "../../src/state/types.js";
import { flowEvent, rawStep, writeFlow } from "../helpers/flow-packages.js";
import { BUN, type ChildResult, countingFlow, expectRanOnceElsewhereOnce, makeRecord, originWithCheckout, runChild, startingRun, tempDir } from "./helpers.js";

const CLI = join(process.cwd(), "src", "cli.ts");
const EVENT_ID = "release-42";
const READ_LINE = `state file: get ${EVENT_ID} → not stored`;

/**
 * Start two `flows fire --debug` on one event and folder while this process holds the event's
 * record lock (a live owner on this host: never broken), and let go of it once both said they
 * read the record, or after 30 s (then `bothRead` is false).
 */
async function fireBoth(repo: string, stateDir: string, eventFile: string): Promise<{ results: ChildResult[]; bothRead: boolean }> {
  const lock = `${join(stateDir, eventRecordPath(EVENT_ID))}.lock`;
  await mkdir(dirname(lock), { recursive: true });
  const env = { ...process.env };
  delete env.FLOWS_STATE_CLAIM;
  let read = 0;
  let bothRead = (): void => undefined;
  const both = new Promise<void>((resolve) => {
    bothRead = resolve;
  });
  let children: Promise<ChildResult[]> | undefined;
  const allRead = await withFileLock(lock, async () => {
    const fire = (): Promise<ChildResult> => {
      let seen = false;
      const args = [CLI, "fire", "--repo", repo, "--event", eventFile, "--state-dir", stateDir, "--no-color", "--json", "--debug"];
      return runChild(BUN, args, {
        env,
        onStderr: (text) => {
          if (seen || !text.includes(READ_LINE)) return;
          seen = true;
          if (++read === 2) bothRead();
        },
      });
    };
    children = Promise.all([fire(), fire()]);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000).unref());
    return Promise.race([both.then(() => true), timeout, children.then(() => false)]);
  });
  return { results: await children!, bothRead: allRead };
}

describe("file store: two dispatches of one event at the same moment", () => {
  it("run the step once: the claim that takes the lock second reads the first one's start and reports the step running in the other dispatch", async () => {
    const repo = await tempDir("flows-repo-");
    const work = await tempDir();
    const executions = join(work, "executions.log");
    await countingFlow(repo, executions);
    const eventFile = join(work, "event.json");
    await writeFile(eventFile, JSON.stringify({ id: EVENT_ID, type: "release.published", payload: { tag: "v42" } }));
    const stateDir = join(work, "state");

    const { results, bothRead } = await fireBoth(repo, stateDir, eventFile);

    expect(bothRead, results.map((result) => result.stderr).join("\n")).toBe(true);
    const loser = await expectRanOnceElsewhereOnce(results, executions, EVENT_ID);
    expect(loser.stderr).toContain(`state file: claim ${EVENT_ID} (notes/write taken by another dispatch (running))`);

    const record = await new FileStateStore({ dir: stateDir }).loadEvent(EVENT_ID);
    expect(record?.runs).toHaveLength(1);
    expect(record?.runs[0]?.attempts).toMatchObject([{ number: 1, status: "completed" }]);
    expect(record?.dispatchCount).toBe(2);
  }, 60_000);
});

const rule: Pick<RunClaim, "isTaken"> = { isTaken: (stored: FlowRunView, mine: FlowRunView) => isTakenElsewhere(stored, mine, false) };

describe("FileStateStore.claimRuns", () => {
  it("stores the starts; a store that read the record before leaves out the run the first one claimed, and stores the rest", async () => {
    const dir = await tempDir();
    const first = new FileStateStore({ dir });
    const second = new FileStateStore({ dir });
    expect(await first.loadEvent("evt-claim")).toBeUndefined();
    expect(await second.loadEvent("evt-claim")).toBeUndefined();

    const one = makeRecord("evt-claim", [], { runs: [startingRun("evt-claim", "run_a", "key-first")] });
    expect(await first.claimRuns(one, { ...rule, starting: new Set(["run_a"]) })).toEqual(new Map());
    const two = makeRecord("evt-claim", [], { runs: [startingRun("evt-claim", "run_a", "key-second"), startingRun("evt-claim", "run_b", "key-second-b")] });
    const taken = await second.claimRuns(two, { ...rule, starting: new Set(["run_a", "run_b"]) });

    expect([...taken.keys()]).toEqual(["run_a"]);
    expect(taken.get("run_a")?.attempts).toMatchObject([{ key: "key-first", status: "running" }]);
    const byId = new Map((await new FileStateStore({ dir }).loadEvent("evt-claim"))?.runs.map((run) => [run.id, run]));
    expect(byId.get("run_a")?.attempts.map((attempt) => attempt.key)).toEqual(["key-first"]);
    expect(byId.get("run_b")?.attempts.map((attempt) => attempt.key)).toEqual(["key-second-b"]);
    // One write each: the claim is the save.
    expect(first.counts.recordWrites + second.counts.recordWrites).toBe(2);
  });

  it("checks a claim against the saves written before it in the same write (two dispatches of one process), and is not turned off by FLOWS_STATE_CLAIM", async () => {
    const before = process.env.FLOWS_STATE_CLAIM;
    process.env.FLOWS_STATE_CLAIM = "false";
    try {
      const store = new FileStateStore({ dir: await tempDir() });
      const claim = { ...rule, starting: new Set(["run_a"]) };
      const [mine, theirs] = await Promise.all([
        store.claimRuns(makeRecord("evt-twice", [], { runs: [startingRun("evt-twice", "run_a", "key-one")] }), claim),
        store.claimRuns(makeRecord("evt-twice", [], { runs: [startingRun("evt-twice", "run_a", "key-two")] }), claim),
      ]);

      expect(mine).toEqual(new Map());
      expect([...theirs.keys()]).toEqual(["run_a"]);
      expect(theirs.get("run_a")?.attempts.map((attempt) => attempt.key)).toEqual(["key-one"]);
      expect(store.counts.recordWrites).toBe(1);
      expect((await store.loadEvent("evt-twice"))?.runs[0]?.attempts.map((attempt) => attempt.key)).toEqual(["key-one"]);
    } finally {
      if (before === undefined) delete process.env.FLOWS_STATE_CLAIM;
      else process.env.FLOWS_STATE_CLAIM = before;
    }
  });

  it("stores a start at the moment its claim is written under the lock, not when it was asked for", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    const lock = `${join(dir, eventRecordPath("evt-wait"))}.lock`;
    await mkdir(dirname(lock), { recursive: true });
    const view = startingRun("evt-wait", "run_w", "key-w");
    const asked = view.attempts[0]!.startedAt!;
    Object.assign(view, { startedAt: asked, createdAt: asked, updatedAt: asked });
    let claimed: Promise<Map<string, FlowRunView>> | undefined;
    // This process holds the record's lock for 0.5 s while the claim waits for it: a start taken
    // when asked is at `asked`, whatever the hold.
    await withFileLock(lock, async () => {
      claimed = store.claimRuns(makeRecord("evt-wait", [], { runs: [view], updatedAt: asked }), { starting: new Set(["run_w"]), isTaken: () => false });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(await claimed).toEqual(new Map());

    const [run] = (await new FileStateStore({ dir }).loadEvent("evt-wait"))!.runs;
    expect(Date.parse(run!.attempts[0]!.startedAt!)).toBeGreaterThanOrEqual(Date.parse(asked) + 450);
    expect(run).toMatchObject({ startedAt: run!.attempts[0]!.startedAt, createdAt: run!.attempts[0]!.startedAt, updatedAt: run!.attempts[0]!.startedAt });
    expect(run!.attempts[0]).toMatchObject({ key: "key-w", status: "running" });
  });

  it("rejects as saveEvent does when the record cannot be stored, and stores nothing", async () => {
    const dir = await tempDir();
    const elsewhere = await tempDir();
    await symlink(elsewhere, join(dir, "events"));
    const store = new FileStateStore({ dir });
    const record = makeRecord("evt-refused", [], { runs: [startingRun("evt-refused", "run_a", "key")] });

    const saved = await store.saveEvent(record).then(() => undefined, (error: unknown) => error);
    const claimed = await store.claimRuns(record, { ...rule, starting: new Set(["run_a"]) }).then(() => undefined, (error: unknown) => error);

    expect(saved).toBeInstanceOf(StateFolderError);
    expect(claimed).toBeInstanceOf(StateFolderError);
    expect((claimed as Error).message).toBe((saved as Error).message);
    expect(store.counts.recordWrites).toBe(0);
  });
});

/** `store`, with `meanwhile` done once a dispatch has read the record (another dispatcher's start, saved then). */
function afterLoad(store: StateStore, meanwhile: () => Promise<void>): StateStore {
  return {
    kind: store.kind,
    get problems() {
      return store.problems;
    },
    loadEvent: async (eventId) => {
      const record = await store.loadEvent(eventId);
      await meanwhile();
      return record;
    },
    saveEvent: (record) => store.saveEvent(record),
    claimRuns: (record, claim) => store.claimRuns!(record, claim),
    listEvents: (query) => store.listEvents(query),
    flush: () => store.flush(),
    close: async () => store.close?.(),
  };
}

/** A pid no process has now: a shell's, once it exited. */
async function deadPid(): Promise<number> {
  const { spawnSync } = await import("node:child_process");
  return Number(spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim());
}

describe.each([
  [
    "file",
    async () => {
      const dir = await tempDir();
      return { reader: new FileStateStore({ dir }) as StateStore, other: new FileStateStore({ dir }) as StateStore };
    },
  ],
  [
    "branch",
    async () => {
      const { origin } = await originWithCheckout();
      return { reader: new BranchStateStore({ remoteUrl: origin, retryBaseMs: 10 }) as StateStore, other: new BranchStateStore({ remoteUrl: origin, retryBaseMs: 10 }) as StateStore };
    },
  ],
] as const)("%s store: a step found interrupted only as its start is claimed", (_kind, open) => {
  it("runs again with the warning a step found interrupted as the record is read gets", async () => {
    const repo = await tempDir("flows-repo-");
    await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source: rawStep("changed") }] });
    const runId = runIdFor("evt-1", "notes", "write");
    const { reader, other } = await open();
    // Another dispatcher started the step after this dispatch read the record, and died.
    const dead = { host: hostname(), pid: await deadPid(), startedAt: new Date().toISOString() };
    const theirs = { ...startingRun("evt-1", runId, "key-dead"), flowName: "notes", stepName: "write" };
    theirs.attempts[0]!.dispatcher = dead;
    const store = afterLoad(reader, async () => {
      await other.claimRuns!(makeRecord("evt-1", [], { type: "release.published", runs: [theirs] }), { starting: new Set([runId]), isTaken: () => false });
    });

    const outcome = await dispatch(flowEvent("release.published", "evt-1"), { repoRoot: repo, store });
    await store.flush();

    expect(outcome.status).toBe("accepted");
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({ severity: "warning", message: expect.stringMatching(/"write" of flow "notes" was interrupted for event "evt-1": its dispatcher \(pid \d+ on .*\) stopped while attempt 1 ran.* runs again as attempt 2/) }),
    );
    expect(outcome.problems.filter((problem) => /was interrupted/.test(problem.message))).toHaveLength(1);
    const stored = await reader.loadEvent("evt-1");
    expect(stored?.runs[0]?.attempts.map((attempt) => [attempt.number, attempt.status])).toEqual([
      [1, "interrupted"],
      [2, "completed"],
    ]);
    await Promise.all([reader.close?.(), other.close?.()]);
  }, 30_000);
});
