import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import type { StateBranchError } from "../../src/state/branch-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { type GitHttpServerOptions, startGitHttpServer } from "./git-http-server.js";
import { git, makeRecord, tempDir } from "./helpers.js";

// A remote that answers the store's first fetch and then hangs (takes requests, never answers).
// Each git command had 120 s, and a timed-out fetch or push was retried as a network blip within
// the 5-minute push budget: about 6 minutes per flush, three timeouts, before it said anything.
// Now a flush has one limit (flushTimeoutMs) that every git command in it shares, and a command
// stopped at its limit is not tried again. Small limits are injected; what git tried is counted
// at the server, not timed.

async function servedRepository(): Promise<{ remoteUrl: string; settings: GitHttpServerOptions & { held: Array<"fetch" | "push"> } }> {
  const root = await tempDir();
  git(root, "init", "--bare", "--quiet", join(root, "repo.git"));
  git(join(root, "repo.git"), "config", "uploadpack.allowFilter", "true");
  const settings: GitHttpServerOptions & { held: Array<"fetch" | "push"> } = { root, held: [] };
  const server = await startGitHttpServer(settings);
  onTestFinished(() => server.close());
  const remoteUrl = `http://127.0.0.1:${server.port}/repo.git`;
  const writer = new BranchStateStore({ remoteUrl });
  await writer.saveEvent(makeRecord("evt-0", ["run_0"]));
  await writer.flush();
  await writer.close();
  return { remoteUrl, settings };
}

async function flushOutcome(store: BranchStateStore): Promise<unknown> {
  return store.flush().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
}

describe("BranchStateStore against a remote that hangs", () => {
  it("stops a fetch that hangs at git's limit, tries it once only, and fails the flush naming the remote and the events", async () => {
    const { remoteUrl, settings } = await servedRepository();
    const store = new BranchStateStore({ remoteUrl, gitTimeoutMs: 5_000, flushTimeoutMs: 60_000, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    expect(await store.loadEvent("evt-0")).toEqual(makeRecord("evt-0", ["run_0"])); // the first fetch is answered
    settings.hang = "everything";
    await store.saveEvent(makeRecord("evt-1", ["run_1"]));
    await store.saveEvent(makeRecord("evt-2", ["run_2"]));

    const error = await flushOutcome(store);

    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["evt-1", "evt-2"]);
    const message = (error as Error).message;
    expect(message).toContain(`2 event record(s) were NOT saved to the state branch "flows-state" of ${remoteUrl}: evt-1, evt-2.`);
    expect(message).toContain(
      `${remoteUrl} did not answer: \`git fetch\` for the state branch "flows-state" was stopped after 5 s, at its time limit for one git command, and not tried again`,
    );
    expect(message).toContain(`Check that ${remoteUrl} is reachable`);
    expect(((error as Error).cause as StateBranchError).kind).toBe("timeout");
    // One fetch reached the hung remote: it was not tried again (the old retries made three).
    expect(settings.held).toEqual(["fetch"]);

    // The records stay pending: once the remote answers, the next flush saves them.
    settings.hang = undefined;
    await store.flush();
    const reader = new BranchStateStore({ remoteUrl });
    onTestFinished(() => reader.close());
    expect(await reader.loadEvent("evt-2")).toEqual(makeRecord("evt-2", ["run_2"]));
  }, 60_000);

  it("stops a push that hangs where the flush's own limit ends, before git's, and tries nothing more", async () => {
    const { remoteUrl, settings } = await servedRepository();
    // git's own limit stays the default 120 s: only the flush's limit can end this in time.
    const store = new BranchStateStore({ remoteUrl, flushTimeoutMs: 2_000, reuseFetchMs: 60_000 });
    onTestFinished(() => store.close());
    await store.loadEvent("evt-0");
    settings.hang = "push";
    await store.saveEvent(makeRecord("evt-1", ["run_1"]));

    const error = await flushOutcome(store);

    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["evt-1"]);
    expect((error as Error).message).toMatch(
      /did not answer: `git push` for the state branch "flows-state" was stopped after [0-9.]+ s, at the end of the 2 s a save to the state branch may take \(FLOWS_STATE_FLUSH_TIMEOUT_SECONDS\), and not tried again/,
    );
    expect(settings.held).toEqual(["push"]);
  }, 60_000);

  it("fails a claim through a hung remote within the flush's limit, saying its steps did not start", async () => {
    const { remoteUrl, settings } = await servedRepository();
    const store = new BranchStateStore({ remoteUrl, flushTimeoutMs: 2_000, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    await store.loadEvent("evt-0");
    settings.hang = "everything";
    const record = makeRecord("evt-1", ["run_1"]);

    const error = await store.claimRuns(record, { starting: new Set(["run_1"]), isTaken: () => false }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect((error as StateBranchError).kind).toBe("timeout");
    expect((error as Error).message).toMatch(/could not be saved, so it was not started .*did not answer: `git fetch`/);
    expect(settings.held).toEqual(["fetch"]);
  }, 60_000);
});
