import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { isTakenElsewhere, liveAttemptOf } from "../../src/engine/run-view.js";
import type { StateBranchError } from "../../src/state/branch-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { makeRecord, originWithCheckout, startingRun, tempDir } from "./helpers.js";

// A claim whose push git reported taken, but whose landing could not be checked (the look at the
// remote failed), fails: its step is not started. Yet the push may have landed, and then the
// branch holds the step as running under this job's dispatcher, which never started it: a
// delivery on another runner left it alone until that dispatcher's lease ran out (the step's
// timeout and a minute). The job that gave up on the claim now records, at its flush, that the
// step was not started, so the next delivery runs it at once.

/** A `git` whose `ls-remote` fails as a network blip does; all else runs as usual. */
async function gitFailingLsRemote(origin: string): Promise<string> {
  const bin = join(await tempDir(), "bin");
  await mkdir(bin);
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const script = `#!/bin/sh\nfor a in "$@"; do [ "$a" = ls-remote ] && { echo "fatal: unable to access '${origin}': Could not resolve host" >&2; exit 128; }; done\nexec '${real}' "$@"\n`;
  await writeFile(join(bin, "git"), script, { mode: 0o755 });
  return bin;
}

async function storedRun(origin: string, eventId: string, runId: string) {
  const reader = new BranchStateStore({ remoteUrl: origin });
  try {
    return (await reader.loadEvent(eventId))?.runs.find((run) => run.id === runId);
  } finally {
    await reader.close();
  }
}

describe("BranchStateStore: a claim that may have landed though its check failed", () => {
  it("is recorded at the next flush as not started, so another delivery runs the step at once", async () => {
    const { origin } = await originWithCheckout();
    vi.stubEnv("PATH", `${await gitFailingLsRemote(origin)}:${process.env.PATH ?? ""}`);
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    const start = startingRun("evt-1", "run_a", "k1");
    const record = { ...makeRecord("evt-1", []), runs: [start] };

    const error = await store.claimRuns(record, { starting: new Set(["run_a"]), isTaken: () => false }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect((error as StateBranchError).message).toContain("whether the branch holds it could not be checked");
    // The push landed: the branch holds the step as running under this (live) dispatcher.
    expect(liveAttemptOf((await storedRun(origin, "evt-1", "run_a"))!)).toBeDefined();

    await store.flush();

    const run = (await storedRun(origin, "evt-1", "run_a"))!;
    expect(run.attempts).toHaveLength(1);
    expect(run.attempts[0]).toMatchObject({ key: "k1", status: "failed" });
    expect(run.effectiveStatus).toBe("failed");
    expect(run.error).toMatch(/^not started: The start of release-notes\/write for event "evt-1" could not be saved, so it was not started/);
    expect(liveAttemptOf(run)).toBeUndefined();
    // Another delivery's claim of the step goes ahead.
    expect(isTakenElsewhere(run, startingRun("evt-1", "run_a", "k2"), false)).toBe(false);
  }, 30_000);

  it("records nothing for a claim the remote refused outright (it did not land)", async () => {
    const { origin } = await originWithCheckout();
    await writeFile(join(origin, "hooks", "pre-receive"), "#!/bin/sh\necho 'hook declined' >&2\nexit 1\n", { mode: 0o755 });
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    const record = { ...makeRecord("evt-1", []), runs: [startingRun("evt-1", "run_a", "k1")] };

    const error = await store.claimRuns(record, { starting: new Set(["run_a"]), isTaken: () => false }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect((error as StateBranchError).kind).toBe("refused");

    await store.flush(); // nothing pending: nothing pushed, nothing refused
    expect(store.stats.pushes).toBe(1);
  }, 30_000);
});
