import { execFileSync } from "node:child_process";
import { chmod, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { StateBranchError } from "../../src/state/branch-errors.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { UserError } from "../../src/user-error.js";
import { startGitHttpServer } from "./git-http-server.js";
import { git, makeRecord, originWithCheckout, tempDir } from "./helpers.js";

const TOKEN = "ghs_S3cretT0kenThatMustNotLeak1234";

/** flush() fails with StateNotSavedError naming the event; its cause says why. */
async function flushError(store: BranchStateStore): Promise<StateBranchError> {
  await store.saveEvent(makeRecord("evt-1", ["run_a"]));
  const error = await store.flush().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  await store.close();
  expect(error).toBeInstanceOf(StateNotSavedError);
  expect((error as StateNotSavedError).eventIds).toEqual(["evt-1"]);
  expect((error as Error).message).toMatch(/1 event record\(s\) were NOT saved .*: evt-1\./);
  const cause = (error as Error).cause;
  expect(cause).toBeInstanceOf(StateBranchError);
  expect((error as Error).message).toContain((cause as Error).message);
  return cause as StateBranchError;
}

async function installPreReceive(origin: string, script: string): Promise<void> {
  const hook = join(origin, "hooks", "pre-receive");
  await writeFile(hook, `#!/bin/sh\n${script}\nexit 1\n`);
  await chmod(hook, 0o755);
}

describe("BranchStateStore push errors", () => {
  it('names "contents: write" and hides the token when GitHub answers the push with 403', async () => {
    const root = await tempDir();
    git(root, "init", "--bare", "--quiet", join(root, "repo.git"));
    const server = await startGitHttpServer({ root, deny: "push" });
    onTestFinished(() => server.close());
    const store = new BranchStateStore({
      remoteUrl: `http://x-access-token:${TOKEN}@127.0.0.1:${server.port}/repo.git`,
    });

    const error = await flushError(store);

    expect(error.kind).toBe("permission");
    expect(error.message).toContain('add permissions: contents: write to the job');
    expect(error.message).toMatch(/returned error: 403|Permission to owner\/repo\.git denied/);
    expect(error.message).toContain(`http://127.0.0.1:${server.port}/repo.git`);
    expect(error.message).not.toContain(TOKEN);
    expect(store.remote).not.toContain(TOKEN);
  });

  it("pushes and reads over HTTP when the server allows it", async () => {
    const root = await tempDir();
    git(root, "init", "--bare", "--quiet", join(root, "repo.git"));
    const server = await startGitHttpServer({ root });
    onTestFinished(() => server.close());
    const remoteUrl = `http://x-access-token:${TOKEN}@127.0.0.1:${server.port}/repo.git`;
    const writer = new BranchStateStore({ remoteUrl });
    await writer.saveEvent(makeRecord("evt-1", ["run_a"]));
    await writer.flush();
    await writer.close();

    const reader = new BranchStateStore({ remoteUrl });
    expect(await reader.loadEvent("evt-1")).toEqual(makeRecord("evt-1", ["run_a"]));
    await reader.close();
  });

  it('names "contents: write" when the remote says "Permission to ... denied"', async () => {
    const { origin } = await originWithCheckout();
    await installPreReceive(origin, 'echo "Permission to owner/repo.git denied to github-actions[bot]." >&2');

    const error = await flushError(new BranchStateStore({ remoteUrl: origin }));

    expect(error.kind).toBe("permission");
    expect(error.message).toContain('the state branch needs "contents: write"');
  });

  it("says the branch is protected when a branch rule rejects the push", async () => {
    const { origin } = await originWithCheckout();
    await installPreReceive(origin, 'echo "error: GH006: Protected branch update failed for refs/heads/flows-state." >&2');

    const error = await flushError(new BranchStateStore({ remoteUrl: origin }));

    expect(error.kind).toBe("protected");
    expect(error.message).toMatch(/"flows-state" .* is protected/);
  });

  it("gives up when the time budget is spent, names the unsaved events, keeps them pending, and a later flush pushes them", async () => {
    const { origin } = await originWithCheckout();
    const other = new BranchStateStore({ remoteUrl: origin });
    const store = new BranchStateStore({ remoteUrl: origin, pushBudgetMs: 1, reuseFetchMs: 60_000 });
    onTestFinished(() => Promise.all([other.close(), store.close()]).then(() => undefined));
    await store.loadEvent("evt-1"); // fetched before the other writer pushes
    await other.saveEvent(makeRecord("evt-0", ["run_0"]));
    await other.flush();
    await store.saveEvent(makeRecord("evt-1", ["run_1"]));

    const error = await store.flush().catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["evt-1"]);
    expect(((error as Error).cause as StateBranchError).kind).toBe("contention");
    expect((error as Error).message).toMatch(/NOT saved .*evt-1.*in 1 attempts.*concurrency/);
    expect(git(origin, "rev-list", "--count", "flows-state")).toBe("1");
    await store.flush(); // the tip is now fetched again, and the records were kept
    expect(git(origin, "ls-tree", "-r", "--name-only", "flows-state")).toContain(eventRecordPath("evt-1"));
  });

  it("says access was denied, without the token, when the repository cannot be read", async () => {
    const root = await tempDir();
    const server = await startGitHttpServer({ root, deny: "everything" });
    onTestFinished(() => server.close());
    const store = new BranchStateStore({
      remoteUrl: `http://x-access-token:${TOKEN}@127.0.0.1:${server.port}/repo.git`,
    });

    expect(store.remote).toBe(`http://***@127.0.0.1:${server.port}/repo.git`);

    const error = await store.loadEvent("evt-1").catch((thrown: unknown) => thrown);
    await store.close();

    expect(error).toBeInstanceOf(StateBranchError);
    expect((error as StateBranchError).kind).toBe("read");
    expect((error as Error).message).toMatch(/access was denied.*contents: read/);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  // `state-branch: main` committed the records onto the project's own branch, beside its code.
  it("refuses a branch holding files it never writes (the project's main), before reading or writing anything", async () => {
    const { origin } = await originWithCheckout();
    const before = git(origin, "rev-parse", "main");
    const store = new BranchStateStore({ remoteUrl: origin, branch: "main" });
    onTestFinished(() => store.close());

    const error = await store.loadEvent("evt-1").catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StateBranchError);
    expect((error as Error).message).toContain('branch "main" of ');
    expect((error as Error).message).toContain('holds files flows-action does not write ("src"), so it is not a state branch');
    expect((error as Error).message).toContain("such as the default flows-state");
    await expect(store.saveEvent(makeRecord("evt-1", ["run_a"])).then(() => store.flush())).rejects.toThrow();
    expect(git(origin, "rev-parse", "main")).toBe(before);
  });

  it("saves nothing onto a state branch moved onto the project's code while the job ran, and says so", async () => {
    const { origin } = await originWithCheckout();
    const store = new BranchStateStore({ remoteUrl: origin, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    await store.saveEvent(makeRecord("evt-0", ["run_a"]));
    await store.flush();
    const stateTip = git(origin, "rev-parse", "flows-state").trim();
    git(origin, "update-ref", "refs/heads/flows-state", "refs/heads/main");

    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    const error = await store.flush().catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["evt-1"]);
    expect((error as Error).message).toContain('holds files flows-action does not write ("src"), so it is not a state branch');
    expect((error as Error).message).toContain(`It was one (at ${stateTip.slice(0, 12)}) when this job began: something moved it since`);
    expect(git(origin, "rev-parse", "flows-state")).toBe(git(origin, "rev-parse", "main"));
  });

  it("takes a state branch that holds a dot file beside its records", async () => {
    const { origin } = await originWithCheckout();
    const writer = new BranchStateStore({ remoteUrl: origin });
    await writer.saveEvent(makeRecord("evt-1", ["run_a"]));
    await writer.flush();
    await writer.close();
    const root = await tempDir();
    git(root, "clone", "--quiet", "--branch", "flows-state", origin, "c");
    execFileSync("sh", ["-c", "echo '* -diff' > .gitattributes && git add . && git -c user.name=a -c user.email=a@b commit -qm attrs && git push -q origin flows-state"], { cwd: join(root, "c") });

    const reader = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => reader.close());
    expect(await reader.loadEvent("evt-1")).toEqual(makeRecord("evt-1", ["run_a"]));
  });

  it("opens again on the next call after the repository could not be reached", async () => {
    const root = await tempDir();
    const origin = join(root, "later.git");
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());

    await expect(store.loadEvent("evt-1")).rejects.toThrow(/could not fetch the state branch/);
    git(root, "init", "--bare", "--quiet", origin);

    expect(await store.loadEvent("evt-1")).toBeUndefined();
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.flush();
    expect(git(origin, "ls-tree", "-r", "--name-only", "flows-state")).toContain(eventRecordPath("evt-1"));
  });

  it("when the remote refuses a flush for one oversized record, saves the others and names only the refused event", async () => {
    const { origin } = await originWithCheckout();
    // As GitHub refuses a file over 100 MB (GH001), here over 20,000 bytes.
    const hook = join(origin, "hooks", "pre-receive");
    await writeFile(
      hook,
      `#!/bin/sh
while read old new ref; do
  big=$(git rev-list --objects "$new" --not --all | git cat-file --batch-check='%(objecttype) %(objectsize) %(rest)' | awk '$1 == "blob" && $2 > 20000 { print $3 }')
  if [ -n "$big" ]; then echo "error: GH001: Large files detected. $big is over the limit (token ${TOKEN})" >&2; exit 1; fi
done
`,
    );
    await chmod(hook, 0o755);
    const store = new BranchStateStore({ remoteUrl: origin, token: TOKEN });
    onTestFinished(() => store.close());
    const big = makeRecord("evt-big", ["run_a"]);
    big.event.payload = { text: "x".repeat(50_000) };
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.saveEvent(big);
    await store.saveEvent(makeRecord("evt-2", ["run_a"]));

    const error = await store.flush().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["evt-big"]);
    const message = (error as Error).message;
    expect(message).toMatch(/each was pushed on its own: 2 saved, 1 refused\. evt-big: the remote refused the push/);
    expect(message).toContain(`GH001: Large files detected. ${eventRecordPath("evt-big")}`);
    expect(message).not.toContain(TOKEN);
    expect(((error as Error).cause as StateBranchError).kind).toBe("refused");
    const files = git(origin, "ls-tree", "-r", "--name-only", "flows-state");
    expect(files).toContain(eventRecordPath("evt-1"));
    expect(files).toContain(eventRecordPath("evt-2"));
    expect(files).not.toContain(eventRecordPath("evt-big"));
    // Reported, the refused record leaves pending (a retry would be refused again): nothing is pushed again.
    const before = git(origin, "rev-parse", "flows-state");
    const pushes = store.stats.pushes;
    await store.flush();
    expect(store.stats.pushes).toBe(pushes);
    expect(git(origin, "rev-list", "--count", `${before}..flows-state`)).toBe("0");
  });

  it("says the state branch is checked out in the repository it pushes to, and how to free it, in one push", async () => {
    const root = await tempDir();
    const repo = join(root, "repo");
    git(root, "init", "--quiet", repo);
    await writeFile(join(repo, "a.txt"), "x\n");
    git(repo, "add", "a.txt");
    git(repo, "commit", "--quiet", "-m", "initial");
    // A checkout without a remote keeps the state branch itself; someone switched to it to look.
    const first = new BranchStateStore({ repoDir: repo });
    await first.saveEvent(makeRecord("evt-0", ["run_0"]));
    await first.flush();
    await first.close();
    git(repo, "switch", "--quiet", "flows-state");
    const store = new BranchStateStore({ repoDir: repo });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.saveEvent(makeRecord("evt-2", ["run_b"]));

    const failure = await store.flush().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    await store.close();

    expect(failure).toBeInstanceOf(StateNotSavedError);
    expect((failure as StateNotSavedError).eventIds).toEqual(["evt-1", "evt-2"]);
    const error = (failure as Error).cause as StateBranchError;
    expect(error.kind).toBe("checked-out");
    expect(error.message).toContain(`the state branch "flows-state" is checked out in ${repo}`);
    expect(error.message).toMatch(/switch that checkout to another branch/);
    expect(error.message).not.toMatch(/GitHub refuses any file over 100 MB/);
    expect(store.stats.pushes).toBe(1);
  });

  it.each([
    ["the moved tip", "fetch --depth=1", 1, 3],
    ["the records' blobs", "--stdin", 0, 2],
  ])("fetches again when fetching %s fails once (a network blip), and saves", async (_, fetch, failing, fetches) => {
    const { origin } = await originWithCheckout();
    const root = await tempDir();
    // A git whose fetch number `failing` (from 0) of that kind into the store's folder fails as a
    // dropped connection does; every other call is git's.
    const workDir = join(root, "store");
    const count = join(root, "tip-fetches");
    await writeFile(count, "0");
    await writeFile(
      join(root, "git"),
      [
        "#!/bin/sh",
        `case " $* " in *" --git-dir ${workDir} "*" ${fetch} "*)`,
        `  n=$(cat ${count}); echo $((n + 1)) > ${count}`,
        `  if [ "$n" = ${failing} ]; then echo "fatal: unable to access 'http://example.invalid/': Could not resolve host" >&2; exit 128; fi;;`,
        "esac",
        `exec ${JSON.stringify(execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim())} "$@"`,
        "",
      ].join("\n"),
    );
    await chmod(join(root, "git"), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${root}:${saved}`;
    try {
      const store = new BranchStateStore({ remoteUrl: origin, workDir, reuseFetchMs: 0, retryBaseMs: 10 });
      expect(await store.loadEvent("evt-1")).toBeUndefined();
      // Another writer moves the branch: this store's push is rejected, or it fetches first.
      const other = new BranchStateStore({ remoteUrl: origin });
      await other.saveEvent(makeRecord("evt-2", ["run_b"]));
      await other.flush();
      await other.close();
      await store.saveEvent(makeRecord("evt-1", ["run_a"]));
      await store.flush();
      await store.close();
    } finally {
      process.env.PATH = saved;
    }
    expect(Number((await readFile(count, "utf8")).trim())).toBe(fetches);
    expect(JSON.parse(git(origin, "show", `flows-state:${eventRecordPath("evt-1")}`)).runs[0].id).toBe("run_a");
  });

  it.each([
    ["refs/heads/state", /give the branch name alone, without "refs\/heads\/" \(for example "state"\)/],
    ["a..b", /cannot hold "\.\."/],
    ["-x", /cannot start with -/],
    ["my state", /cannot hold spaces/],
    ["state.lock", /end with "\.lock"/],
  ])("refuses the state branch name %j before running git, saying what to change", async (branch, reason) => {
    const { origin } = await originWithCheckout();
    const refs = git(origin, "for-each-ref");
    expect(() => new BranchStateStore({ remoteUrl: origin, branch })).toThrow(UserError);
    expect(() => new BranchStateStore({ remoteUrl: origin, branch })).toThrow(reason);
    expect(git(origin, "for-each-ref")).toBe(refs);
  });
});
