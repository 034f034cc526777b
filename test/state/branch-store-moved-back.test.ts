import { execFileSync } from "node:child_process";
import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import type { StateBranchError } from "../../src/state/branch-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { writeFlow } from "../helpers/flow-packages.js";
import { BUN, countingFlow, git, lines, makeRecord, originWithCheckout, runChild, tempDir } from "./helpers.js";

// A remote can take a push (git reports success) and then put its branch back: a post-receive
// hook that resets it, a mirror that syncs the branch from elsewhere. Nothing is stored then, and
// the next delivery of the event runs its steps again; the flush must say so, not succeed.

/** A bare origin whose post-receive hook runs `action` (sh, with $old, $new, $ref) for each push to the state branch. */
async function originWithPostReceive(action: string): Promise<string> {
  return (await checkoutWithPostReceive(action)).origin;
}

async function checkoutWithPostReceive(action: string): Promise<{ origin: string; checkout: string }> {
  const { origin, checkout } = await originWithCheckout();
  const hook = join(origin, "hooks", "post-receive");
  await writeFile(hook, `#!/bin/sh\nwhile read old new ref; do\n  case "$ref" in refs/heads/flows-state) ${action} ;; esac\ndone\nexit 0\n`);
  await chmod(hook, 0o755);
  return { origin, checkout };
}

/** Puts the branch back where it was before the push (removes it when it was new). */
const PUT_BACK = 'if [ "$old" = 0000000000000000000000000000000000000000 ]; then git update-ref -d "$ref"; else git update-ref "$ref" "$old"; fi';

async function flushOutcome(store: BranchStateStore): Promise<unknown> {
  return store.flush().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
}

async function readBack(origin: string, id: string): Promise<unknown> {
  const reader = new BranchStateStore({ remoteUrl: origin });
  try {
    return await reader.loadEvent(id);
  } finally {
    await reader.close();
  }
}

describe("BranchStateStore: a push the remote takes and then undoes", () => {
  it("fails the flush naming the event and what moved the branch back, and keeps the record for the next flush", async () => {
    const origin = await originWithPostReceive(PUT_BACK);
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    const error = await flushOutcome(store);

    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["evt-1"]);
    expect((error as Error).message).toMatch(/reported the push of commit [0-9a-f]{12} to the state branch "flows-state" taken, but the branch is not there: something on the remote moved the branch back/);
    expect(((error as Error).cause as StateBranchError).kind).toBe("git");
    expect(await readBack(origin, "evt-1")).toBeUndefined();

    // Once the hook is gone, the next flush pushes the record it kept.
    await rm(join(origin, "hooks", "post-receive"));
    await store.flush();
    expect(await readBack(origin, "evt-1")).toEqual(makeRecord("evt-1", ["run_a"]));
  });

  it("names the commit the branch was put back to when it existed", async () => {
    const origin = await originWithPostReceive(PUT_BACK);
    const first = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => first.close());
    git(origin, "config", "core.hooksPath", "/dev/null");
    await first.saveEvent(makeRecord("evt-0", ["run_a"]));
    await first.flush();
    git(origin, "config", "--unset", "core.hooksPath");
    const before = git(origin, "rev-parse", "refs/heads/flows-state").trim();

    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    const error = await flushOutcome(store);

    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as Error).message).toContain(`but the branch is at ${before.slice(0, 12)}, which does not hold it`);
    expect(git(origin, "rev-parse", "refs/heads/flows-state").trim()).toBe(before);
  });

  it("is no failure when another writer pushed on top of the commit meanwhile", async () => {
    // The hook stands for a writer whose push lands right after ours: a commit on top of it.
    const origin = await originWithPostReceive('git update-ref "$ref" "$(git commit-tree "$new^{tree}" -p "$new" -m other)" "$new"');
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    await store.flush();

    expect(await readBack(origin, "evt-1")).toEqual(makeRecord("evt-1", ["run_a"]));
    expect(git(origin, "log", "--format=%s", "-1", "refs/heads/flows-state").trim()).toBe("other");
  });
});

// A claim (the push of a step's start, FLOWS_STATE_CLAIM) was not looked at after git said it was
// taken, to keep a step's start one round trip: through a remote that undid it, the step ran with
// its start stored nowhere, so another job could claim and run it too, and a lost job's steps
// count as never started. Now a claim is checked as a flush is, and the step starts only once the
// branch holds its start.
describe("BranchStateStore: a claim the remote takes and then undoes", () => {
  it("fails the claim (its step is not started) and stores nothing", async () => {
    const origin = await originWithPostReceive(PUT_BACK);
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    const record = makeRecord("evt-1", ["run_a"]);

    const error = await store.claimRuns(record, { starting: new Set(["run_a"]), isTaken: () => false }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect((error as StateBranchError).kind).toBe("git");
    expect((error as Error).message).toMatch(
      /^The start of release-notes\/write for event "evt-1" could not be saved, so it was not started .*reported the push of commit [0-9a-f]{12} to the state branch "flows-state" taken, but the branch is not there: something on the remote moved the branch back/,
    );
    expect(await readBack(origin, "evt-1")).toBeUndefined();
  });

  // The look after the push failed too (a network blip): the old code took git's word, and the
  // step ran on a start the remote had undone. A claim's steps start only on a look that saw it.
  it("fails the claim when whether the push landed cannot be checked (git ls-remote fails)", async () => {
    const origin = await originWithPostReceive(PUT_BACK);
    const bin = join(await tempDir(), "bin");
    await mkdir(bin);
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    const failing = `#!/bin/sh\nfor a in "$@"; do [ "$a" = ls-remote ] && { echo "fatal: unable to access '${origin}': Could not resolve host" >&2; exit 128; }; done\nexec '${real}' "$@"\n`;
    await writeFile(join(bin, "git"), failing, { mode: 0o755 });
    vi.stubEnv("PATH", `${bin}:${process.env.PATH ?? ""}`);
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());

    const error = await store.claimRuns(makeRecord("evt-1", ["run_a"]), { starting: new Set(["run_a"]), isTaken: () => false }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect((error as StateBranchError).kind).toBe("git");
    expect((error as Error).message).toMatch(
      /^The start of release-notes\/write for event "evt-1" could not be saved, so it was not started .*reported the push of commit [0-9a-f]{12} to the state branch "flows-state" taken, but whether the branch holds it could not be checked \(git ls-remote failed: fatal: unable to access/,
    );
    vi.unstubAllEnvs();
    expect(await readBack(origin, "evt-1")).toBeUndefined();
  });

  it("is taken when another writer pushed on top of the claim meanwhile", async () => {
    const origin = await originWithPostReceive('git update-ref "$ref" "$(git commit-tree "$new^{tree}" -p "$new" -m other)" "$new"');
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());

    expect(await store.claimRuns(makeRecord("evt-1", ["run_a"]), { starting: new Set(["run_a"]), isTaken: () => false })).toEqual(new Map());
    expect((await readBack(origin, "evt-1")) as unknown).toMatchObject({ runs: [{ id: "run_a" }] });
  });

  it("`flows fire` runs no step whose claim the remote undid, and exits 1 naming it", async () => {
    const { origin, checkout } = await checkoutWithPostReceive(PUT_BACK);
    const work = await tempDir();
    const executions = join(work, "executions.log");
    await countingFlow(checkout, executions);
    const eventFile = join(work, "event.json");
    await writeFile(eventFile, JSON.stringify({ id: "release-9", type: "release.published", payload: { tag: "v9" } }));
    const env = { ...process.env };
    delete env.FLOWS_STATE_CLAIM;

    const fire = await runChild(BUN, [join(process.cwd(), "src", "cli.ts"), "fire", "--repo", checkout, "--event", eventFile, "--no-color", "--state", "branch"], { env });

    expect(fire.code, fire.stderr).toBe(1);
    expect(await lines(executions)).toEqual([]);
    expect(fire.stderr).toContain("could not be saved, so it was not started");
    expect(fire.stderr).toContain("something on the remote moved the branch back");
    expect(await readBack(origin, "release-9")).toBeUndefined();
  }, 60_000);
});

// Two jobs of one event, through a remote that undoes the first push it takes (a mirror syncing
// the branch back once). The first job's claim was undone and it ran the step all the same; the
// second, reading no start, claimed and ran it again beside it: both exited 0, the step ran twice.
describe("two `flows fire` of one event through a remote that undoes a claim", () => {
  it("run the step once: the job whose claim was undone does not start it and exits 1", async () => {
    const { origin, checkout } = await checkoutWithPostReceive(`if [ ! -e undone ]; then touch undone; ${PUT_BACK}; fi`);
    const work = await tempDir();
    const executions = join(work, "executions.log");
    // Each execution waits (up to 20 s) for a second one: run twice, they overlap for sure. It
    // stops waiting once the first job has exited (the test marks it): a first job that ran the
    // step cannot have exited before its step ends, so only a run of the second job is cut short.
    const firstExited = join(work, "first-exited");
    const source = [
      "import { appendFileSync, existsSync, readFileSync } from 'node:fs';",
      "const context = JSON.parse(await Bun.stdin.text());",
      `const log = ${JSON.stringify(executions)};`,
      'appendFileSync(log, context.runtime.eventId + "\\n");',
      `for (let i = 0; i < 200 && !existsSync(${JSON.stringify(firstExited)}) && readFileSync(log, 'utf8').split('\\n').filter(Boolean).length < 2; i++) await Bun.sleep(100);`,
      'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed" }));',
    ].join("\n");
    await writeFlow(checkout, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
    const eventFile = join(work, "event.json");
    await writeFile(eventFile, JSON.stringify({ id: "release-11", type: "release.published", payload: { tag: "v11" } }));
    const env = { ...process.env };
    delete env.FLOWS_STATE_CLAIM;
    const fire = () => runChild(BUN, [join(process.cwd(), "src", "cli.ts"), "fire", "--repo", checkout, "--event", eventFile, "--no-color", "--state", "branch"], { env });

    const first = fire().then(async (result) => {
      await writeFile(firstExited, "");
      return result;
    });
    // The second starts once the remote has undone the first one's claim.
    for (let i = 0; i < 600 && !existsSync(join(origin, "undone")); i++) await sleep(50);
    expect(existsSync(join(origin, "undone"))).toBe(true);
    const results = await Promise.all([first, fire()]);

    expect(await lines(executions)).toEqual(["release-11"]);
    expect(results.map((result) => result.code)).toEqual([1, 0]);
    expect(results[0]!.stderr).toContain("could not be saved, so it was not started");
    expect(results[0]!.stderr).toContain("something on the remote moved the branch back");
    expect((await readBack(origin, "release-11")) as unknown).toMatchObject({ runs: [{ processStatus: "completed" }] });
  }, 90_000);
});
