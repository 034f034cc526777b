import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import type { StateBranchError } from "../../src/state/branch-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { type GitHttpServerOptions, startGitHttpServer } from "./git-http-server.js";
import { BUN, countingFlow, git, lines, makeRecord, runChild, tempDir } from "./helpers.js";

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

function claimOutcome(store: BranchStateStore, eventId: string): Promise<unknown> {
  const runId = `run_${eventId}`;
  return store.claimRuns(makeRecord(eventId, [runId]), { starting: new Set([runId]), isTaken: () => false }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
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

  // A claim's push is looked for on the remote before its steps start (it may have been undone).
  // A look that hangs says nothing either way: the steps do not start, and it is not tried again.
  it("fails a claim whose push was answered but whose check then hangs, trying the check once", async () => {
    const { remoteUrl, settings } = await servedRepository();
    const store = new BranchStateStore({ remoteUrl, gitTimeoutMs: 5_000, flushTimeoutMs: 60_000, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    await store.loadEvent("evt-0");
    settings.hangAfterPush = true;

    const error = await claimOutcome(store, "evt-1");

    expect((error as StateBranchError).kind).toBe("timeout");
    const message = (error as Error).message;
    expect(message).toContain('The start of release-notes/write for event "evt-1" could not be saved, so it was not started');
    expect(message).toMatch(/reported the push of commit [0-9a-f]{12} to the state branch "flows-state" taken, but whether the branch holds it could not be checked \(.*did not answer: `git ls-remote`/);
    expect(settings.held).toEqual(["fetch"]);
  }, 60_000);

  // A claim is a push of its own per step start, each with its own limit: a remote that hung
  // mid-job cost each later step the whole limit again (20 steps at 120 s: 40 minutes). Now the
  // first git command to the remote stopped at its limit marks it hung, and later claims fail at
  // once, until a git command to it exits 0 again.
  it.each([
    ["everything", "fetch"],
    ["push", "push"],
  ] as const)("after a claim stopped at its limit (remote hangs: %s), fails later claims at once, until a git command gets an answer again", async (hang, command) => {
    const { remoteUrl, settings } = await servedRepository();
    // git's limit 5 s: what the remote answers takes less even on a loaded machine.
    const store = new BranchStateStore({ remoteUrl, gitTimeoutMs: 5_000, flushTimeoutMs: 60_000, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    await store.loadEvent("evt-0");
    settings.hang = hang;

    const first = await claimOutcome(store, "evt-1");
    expect((first as StateBranchError).kind).toBe("timeout");
    expect(settings.held).toEqual([command]);

    for (const id of ["evt-2", "evt-3", "evt-4"]) {
      const error = await claimOutcome(store, id);
      expect((error as StateBranchError).kind).toBe("timeout");
      const message = (error as Error).message;
      expect(message).toContain(`The start of release-notes/write for event "${id}" could not be saved, so it was not started`);
      expect(message).toMatch(
        new RegExp(
          `${remoteUrl.replace(/[.]/g, "\\.")} does not answer: \`git ${command}\` for the state branch "flows-state" was stopped after 5 s at \\d{4}-.*, ` +
            "and no git command has got an answer from it since, so this push was not tried \\(it would wait as long again, for each step\\)",
        ),
      );
      expect(message).toContain(`Check that ${remoteUrl} is reachable`);
    }
    // None of the later claims reached the remote (each took the whole limit before).
    expect(settings.held).toEqual([command]);

    // Once the remote answers a git command (the job's flush here), claims are pushed again.
    settings.hang = undefined;
    await store.saveEvent(makeRecord("evt-5", ["run_5"]));
    await store.flush();
    expect(await claimOutcome(store, "evt-6")).toBeUndefined();
    const reader = new BranchStateStore({ remoteUrl });
    onTestFinished(() => reader.close());
    expect((await reader.loadEvent("evt-6"))?.runs.map((run) => run.id)).toEqual(["run_evt-6"]);
    expect(await reader.loadEvent("evt-2")).toBeUndefined();
  }, 60_000);

  it("tries a claim through the remote again once a save's limit has passed since the command stopped, answered or not", async () => {
    const { remoteUrl, settings } = await servedRepository();
    const store = new BranchStateStore({ remoteUrl, gitTimeoutMs: 5_000, flushTimeoutMs: 8_000, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    await store.loadEvent("evt-0");
    settings.hang = "everything";

    expect((await claimOutcome(store, "evt-1")) as StateBranchError).toMatchObject({ kind: "timeout" });
    expect(((await claimOutcome(store, "evt-2")) as Error).message).toContain("so this push was not tried");
    expect(settings.held).toEqual(["fetch"]);
    await sleep(8_000); // the mark's lifetime: the flush's limit, from when the fetch was stopped

    expect(((await claimOutcome(store, "evt-3")) as Error).message).toContain("did not answer: `git fetch`");
    expect(settings.held).toEqual(["fetch", "fetch"]);
  }, 60_000);

  // A read outside a flush had git's own limit per command and none in all: a listing's fetches
  // through a remote that answers each just in time had no bound. Now a whole read has one.
  it("stops a listing through a hung remote at the read's limit (FLOWS_STATE_READ_TIMEOUT_SECONDS), before git's own", async () => {
    const { remoteUrl, settings } = await servedRepository();
    // git's own limit stays the default 120 s: only the read's limit can end this in time.
    const store = new BranchStateStore({ remoteUrl });
    onTestFinished(() => store.close());
    expect(await store.loadEvent("absent")).toBeUndefined(); // opens the store; no record's blob is fetched
    // Set as a user sets it, once the store is open (a loaded machine may take 2 s to open it).
    vi.stubEnv("FLOWS_STATE_READ_TIMEOUT_SECONDS", "2");
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    settings.hang = "everything";

    const error = await store.listEvents().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect((error as StateBranchError).kind).toBe("timeout");
    const message = (error as Error).message;
    expect(message).toMatch(
      /did not answer: `git fetch` for the state branch "flows-state" was stopped after [0-9.]+ s, at the end of the 2 s a read of the state branch may take \(FLOWS_STATE_READ_TIMEOUT_SECONDS; raise it for a slow remote\), and not tried again/,
    );
    expect(message).toContain(`Check that ${remoteUrl} is reachable`);
    expect(settings.held).toEqual(["fetch"]);
  }, 30_000);

  // A dispatch that cannot read whether its event was handled fails (`flows fire` exits 1) and
  // runs nothing: the read throws, never answers "not stored". Pinned with the event handled
  // before, so that running it as new would show as a second execution.
  it("`flows fire` through a hung remote stops at FLOWS_STATE_READ_TIMEOUT_SECONDS, exits 1 and runs no step (the event was handled before)", async () => {
    const { remoteUrl, settings } = await servedRepository();
    const root = await tempDir();
    const checkout = join(root, "checkout");
    git(root, "init", "--quiet", checkout);
    git(checkout, "remote", "add", "origin", remoteUrl);
    const executions = join(root, "executions.log");
    await countingFlow(checkout, executions);
    const eventFile = join(root, "event.json");
    await writeFile(eventFile, JSON.stringify({ id: "release-7", type: "release.published", payload: { tag: "v7" } }));
    const cli = [join(process.cwd(), "src", "cli.ts"), "fire", "--repo", checkout, "--event", eventFile, "--no-color", "--state", "branch"];
    // The short limit for the fire through the hung remote only: a loaded machine may take 2 s to read when answered.
    const fire = (readSeconds?: string) => {
      const env = { ...process.env };
      if (readSeconds === undefined) delete env.FLOWS_STATE_READ_TIMEOUT_SECONDS;
      else env.FLOWS_STATE_READ_TIMEOUT_SECONDS = readSeconds;
      return runChild(BUN, cli, { env });
    };

    const handled = await fire();
    expect(handled.code, handled.stderr).toBe(0);
    expect(await lines(executions)).toEqual(["release-7"]);

    settings.hang = "everything";
    const hung = await fire("2");

    expect(hung.code).toBe(1);
    expect(hung.stderr).toContain(`${remoteUrl} did not answer: \`git fetch\` for the state branch "flows-state" was stopped after`);
    expect(hung.stderr).toContain("the 2 s a read of the state branch may take (FLOWS_STATE_READ_TIMEOUT_SECONDS; raise it for a slow remote)");
    expect(await lines(executions)).toEqual(["release-7"]);
    expect(settings.held).toEqual(["fetch"]);

    // Answered again, the event reads as handled: still not run again.
    settings.hang = undefined;
    const again = await fire();
    expect(again.code, again.stderr).toBe(0);
    expect(await lines(executions)).toEqual(["release-7"]);
  }, 60_000);
});

/**
 * A `git` on PATH that is the real one, except that `fetch --stdin` answers as git before 2.29
 * does (129, unknown option): the store then leaves each blob to `git cat-file`, which fetches it
 * from the remote itself (a partial clone's lazy fetch).
 */
async function gitWithoutFetchStdin(): Promise<string> {
  const bin = join(await tempDir(), "bin");
  await mkdir(bin);
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const script = [
    "#!/bin/sh",
    'fetch=no; stdin=no; for a in "$@"; do [ "$a" = fetch ] && fetch=yes; [ "$a" = --stdin ] && stdin=yes; done',
    "if [ $fetch = yes ] && [ $stdin = yes ]; then echo \"error: unknown option \\`stdin'\" >&2; exit 129; fi",
    `exec ${real} "$@"`,
    "",
  ].join("\n");
  await writeFile(join(bin, "git"), script, { mode: 0o755 });
  return `${bin}:${process.env.PATH ?? ""}`;
}

// Reading records runs `git cat-file`, which in the store's partial clone fetches a blob it lacks
// from the remote. It ran outside both limits (git's own 120 s only, without the credentials): a
// remote that hung while a record's blob was fetched held the read or the save two minutes.
describe("BranchStateStore reading record blobs through a remote that hangs", () => {
  it("stops a read whose blob fetch hangs (git cat-file) at the read's limit, naming the remote and what to set", async () => {
    const { remoteUrl, settings } = await servedRepository();
    vi.stubEnv("PATH", await gitWithoutFetchStdin());
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const store = new BranchStateStore({ remoteUrl });
    onTestFinished(() => store.close());
    expect(await store.loadEvent("absent")).toBeUndefined(); // opens the store; no record's blob is fetched
    vi.stubEnv("FLOWS_STATE_READ_TIMEOUT_SECONDS", "2");
    settings.hang = "everything";

    const error = await store.loadEvent("evt-0").then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect((error as StateBranchError).kind).toBe("timeout");
    const message = (error as Error).message;
    expect(message).toMatch(
      /did not answer: `git cat-file` for the state branch "flows-state" was stopped after [0-9.]+ s, at the end of the 2 s a read of the state branch may take \(FLOWS_STATE_READ_TIMEOUT_SECONDS; raise it for a slow remote\)/,
    );
    expect(message).toContain(`Check that ${remoteUrl} is reachable`);
    // The blob's fetch reached the remote once, from cat-file: nothing else was tried.
    expect(settings.held).toEqual(["fetch"]);
    // The remote counts as hung: a claim fails at once, without waiting on it again.
    const claim = await claimOutcome(store, "evt-1");
    expect((claim as Error).message).toMatch(/does not answer: `git cat-file` for the state branch "flows-state" was stopped after [0-9.]+ s at .*so this push was not tried/);
    expect(settings.held).toEqual(["fetch"]);
  }, 30_000);

  it("stops a save whose blob fetch hangs (git cat-file) at the save's limit, and names the events not saved", async () => {
    const { remoteUrl, settings } = await servedRepository();
    vi.stubEnv("PATH", await gitWithoutFetchStdin());
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const store = new BranchStateStore({ remoteUrl, flushTimeoutMs: 2_000, reuseFetchMs: 60_000 });
    onTestFinished(() => store.close());
    expect(await store.loadEvent("absent")).toBeUndefined();
    settings.hang = "everything";
    await store.saveEvent(makeRecord("evt-0", ["run_0", "run_1"]));

    const error = await flushOutcome(store);

    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["evt-0"]);
    expect((error as Error).message).toMatch(
      /did not answer: `git cat-file` for the state branch "flows-state" was stopped after [0-9.]+ s, at the end of the 2 s a save to the state branch may take \(FLOWS_STATE_FLUSH_TIMEOUT_SECONDS\)/,
    );
    expect(((error as Error).cause as StateBranchError).kind).toBe("timeout");
    expect(settings.held).toEqual(["fetch"]);
  }, 30_000);
});
