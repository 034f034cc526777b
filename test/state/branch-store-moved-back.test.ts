import { chmod, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import type { StateBranchError } from "../../src/state/branch-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { git, makeRecord, originWithCheckout } from "./helpers.js";

// A remote can take a push (git reports success) and then put its branch back: a post-receive
// hook that resets it, a mirror that syncs the branch from elsewhere. Nothing is stored then, and
// the next delivery of the event runs its steps again; the flush must say so, not succeed.

/** A bare origin whose post-receive hook runs `action` (sh, with $old, $new, $ref) for each push to the state branch. */
async function originWithPostReceive(action: string): Promise<string> {
  const { origin } = await originWithCheckout();
  const hook = join(origin, "hooks", "post-receive");
  await writeFile(hook, `#!/bin/sh\nwhile read old new ref; do\n  case "$ref" in refs/heads/flows-state) ${action} ;; esac\ndone\nexit 0\n`);
  await chmod(hook, 0o755);
  return origin;
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
