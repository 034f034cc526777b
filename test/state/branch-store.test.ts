import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { eventRecordPath, serializeEventRecord } from "../../src/state/layout.js";
import { indexShardPath } from "../../src/state/branch-index.js";
import { countDispatch } from "../../src/state/record.js";
import { buildOriginWithCheckout, copyOfOriginWithCheckout, git, makeRecord, originWithCheckout, tempDir } from "./helpers.js";

/** Everything about a checkout that the state store must leave alone. */
async function checkoutSnapshot(checkout: string): Promise<Record<string, string>> {
  const index = await readFile(join(checkout, ".git", "index"));
  return {
    head: git(checkout, "rev-parse", "HEAD"),
    symbolicHead: git(checkout, "symbolic-ref", "HEAD"),
    status: git(checkout, "status", "--porcelain=v2", "--branch", "--untracked-files=all"),
    refs: git(checkout, "for-each-ref", "--format=%(refname) %(objectname)"),
    index: createHash("sha256").update(index).digest("hex"),
    files: (await readdir(checkout, { recursive: true })).filter((f) => !f.startsWith(".git")).sort().join(","),
  };
}


let fixtureRoot: string;
let stateBranch: { origin: string; checkout: string };

// A state branch holding one record ("good"), and a checkout of it: built once, copied per test.
beforeAll(async () => {
  fixtureRoot = mkdtempSync(join(tmpdir(), "flows-branch-store-"));
  const { origin, checkout } = buildOriginWithCheckout(fixtureRoot);
  const writer = new BranchStateStore({ remoteUrl: origin });
  await writer.saveEvent(makeRecord("good", ["run_a"]));
  await writer.flush();
  await writer.close();
  git(checkout, "fetch", "--quiet", "origin", "flows-state:flows-state");
  git(checkout, "switch", "--quiet", "flows-state");
  stateBranch = { origin, checkout };
});
afterAll(() => rm(fixtureRoot, { recursive: true, force: true }));

/** A state branch holding one record ("good"), and a checkout of it to edit by hand and push. */
function stateBranchCheckedOut(): Promise<{ origin: string; checkout: string }> {
  return copyOfOriginWithCheckout(stateBranch);
}
describe("BranchStateStore", () => {
  it("creates the orphan flows-state branch with a README and leaves the user's checkout and main untouched", async () => {
    const { origin, checkout } = await originWithCheckout();
    const before = await checkoutSnapshot(checkout);
    const mainBefore = git(origin, "rev-parse", "main");
    const store = new BranchStateStore({ repoDir: checkout });

    expect(await store.loadEvent("evt-1")).toBeUndefined();
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.saveEvent(makeRecord("evt-2", ["run_b"]));
    await store.flush();
    await store.close();

    expect(await checkoutSnapshot(checkout)).toEqual(before);
    expect(git(origin, "rev-parse", "main")).toBe(mainBefore);
    expect(git(origin, "rev-list", "--count", "flows-state")).toBe("1");
    expect(git(origin, "rev-list", "--parents", "-n", "1", "flows-state").split(" ")).toHaveLength(1);
    expect(git(origin, "log", "-1", "--format=%an <%ae>", "flows-state")).toBe(
      "flows-action[bot] <flows-action[bot]@users.noreply.github.com>",
    );
    const files = git(origin, "ls-tree", "-r", "--name-only", "flows-state").split("\n").sort();
    // And the index's shards of the two records (branch-index.ts).
    const shards = [...new Set([indexShardPath(eventRecordPath("evt-1")), indexShardPath(eventRecordPath("evt-2"))])];
    expect(files).toEqual(["README.md", eventRecordPath("evt-1"), eventRecordPath("evt-2"), ...shards].sort());
    expect(git(origin, "show", `flows-state:${eventRecordPath("evt-1")}`)).toBe(
      serializeEventRecord(makeRecord("evt-1", ["run_a"])).trim(),
    );
    expect(git(origin, "show", "flows-state:README.md")).toMatch(/flows-action/);
  });

  it("lets a fresh store pointed at the repository read what another store wrote, fetching only the tip", async () => {
    const { origin } = await originWithCheckout();
    const writer = new BranchStateStore({ remoteUrl: origin });
    for (const id of ["a", "b", "c"]) {
      await writer.saveEvent(makeRecord(id, [`run_${id}`]));
      await writer.flush();
    }
    await writer.close();
    expect(git(origin, "rev-list", "--count", "flows-state")).toBe("3");

    const workDir = await tempDir();
    const reader = new BranchStateStore({ remoteUrl: origin, workDir });
    expect(await reader.loadEvent("b")).toEqual(makeRecord("b", ["run_b"]));
    expect((await reader.listEvents()).map((record) => record.event.id).sort()).toEqual(["a", "b", "c"]);
    expect(git(workDir, "rev-list", "--count", "refs/flows/tip")).toBe("1");
    await reader.close();
    expect(await stat(workDir)).toBeTruthy(); // a caller's work directory is not removed
  });

  it("re-applies its records onto the new tip when another writer pushed first, keeping both runs and a linear history", async () => {
    const { origin } = await originWithCheckout();
    const first = new BranchStateStore({ remoteUrl: origin });
    const second = new BranchStateStore({ remoteUrl: origin, reuseFetchMs: 60_000 });
    await first.loadEvent("shared");
    await second.loadEvent("shared"); // both fetched the same (empty) state

    await first.saveEvent(makeRecord("shared", ["run_first"]));
    await first.flush();
    await second.saveEvent(makeRecord("shared", ["run_second"]));
    await second.saveEvent(makeRecord("other", ["run_other"]));
    await second.flush();

    expect(second.stats).toMatchObject({ pushes: 2, rejectedPushes: 1 });
    const reader = new BranchStateStore({ remoteUrl: origin });
    const shared = await reader.loadEvent("shared");
    expect(shared?.runs.map((run) => run.id).sort()).toEqual(["run_first", "run_second"]);
    expect(await reader.loadEvent("other")).toBeDefined();
    expect(git(origin, "rev-list", "--merges", "flows-state")).toBe("");
    expect(git(origin, "rev-list", "--count", "flows-state")).toBe("2");
    await Promise.all([first.close(), second.close(), reader.close()]);
  });

  it("counts both dispatches of two writers that read the same record, when the second re-applies onto the first's push", async () => {
    const { origin } = await originWithCheckout();
    const seed = new BranchStateStore({ remoteUrl: origin });
    await seed.saveEvent({ ...makeRecord("shared", ["run_a"]), ...countDispatch(undefined) });
    await seed.flush();
    const first = new BranchStateStore({ remoteUrl: origin });
    const second = new BranchStateStore({ remoteUrl: origin, reuseFetchMs: 60_000 });
    const [readFirst, readSecond] = [await first.loadEvent("shared"), await second.loadEvent("shared")];
    expect([readFirst?.dispatchCount, readSecond?.dispatchCount]).toEqual([1, 1]);

    await first.saveEvent({ ...makeRecord("shared", ["run_a"]), ...countDispatch(readFirst) });
    await first.flush();
    await second.saveEvent({ ...makeRecord("shared", ["run_a"]), ...countDispatch(readSecond) });
    await second.flush();

    expect(second.stats).toMatchObject({ rejectedPushes: 1 });
    const reader = new BranchStateStore({ remoteUrl: origin });
    expect((await reader.loadEvent("shared"))?.dispatchCount).toBe(3);
    await Promise.all([seed.close(), first.close(), second.close(), reader.close()]);
  });

  it("does not push when every saved record is already on the branch", async () => {
    const { origin } = await originWithCheckout();
    const store = new BranchStateStore({ remoteUrl: origin });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.flush();
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.flush();
    await store.flush();

    expect(store.stats.pushes).toBe(1);
    expect(git(origin, "rev-list", "--count", "flows-state")).toBe("1");
    await store.close();
  });

  it("reports a corrupt record on the branch with its path, lists the others, and on the next save keeps its bytes aside", async () => {
    const { origin, checkout } = await stateBranchCheckedOut();
    const broken = eventRecordPath("broken");
    await mkdir(join(checkout, broken, ".."), { recursive: true });
    await writeFile(join(checkout, broken), '{"formatVersion": 1, "event": ');
    git(checkout, "add", broken);
    git(checkout, "commit", "--quiet", "-m", "hand edit");
    git(checkout, "push", "--quiet", "origin", "flows-state");

    const reader = new BranchStateStore({ remoteUrl: origin });
    const listed = await reader.listEvents();

    expect(listed.map((record) => record.event.id)).toEqual(["good"]);
    expect(reader.problems).toEqual([
      { path: `flows-state:${broken}`, message: expect.stringMatching(/not valid JSON/) },
    ]);
    expect(await reader.loadEvent("broken")).toBeUndefined(); // the event counts as new
    await reader.saveEvent(makeRecord("broken", ["run_b"]));
    await reader.flush();
    await reader.close();
    const files = git(origin, "ls-tree", "-r", "--name-only", "flows-state").split("\n");
    const aside = files.find((file) => file.startsWith(`${broken}.corrupt-`));
    expect(aside).toBeDefined();
    expect(git(origin, "show", `flows-state:${aside}`)).toBe('{"formatVersion": 1, "event":');
    expect(JSON.parse(git(origin, "show", `flows-state:${broken}`)).runs[0].id).toBe("run_b");
  });

  it.each([
    ["a folder", "040000", /is a folder on the state branch, not a record file/],
    ["a submodule", "160000", /is a submodule on the state branch, not a record file/],
    ["a symbolic link", "120000", /not valid JSON/],
  ])("reports %s where a record should be, and on the next save keeps it aside as it was, never dropping it", async (_, mode, said) => {
    const { origin, checkout } = await stateBranchCheckedOut();
    const odd = eventRecordPath("odd");
    await mkdir(join(checkout, odd, ".."), { recursive: true });
    if (mode === "040000") {
      await mkdir(join(checkout, odd));
      await writeFile(join(checkout, odd, "notes.txt"), "kept by hand\n");
      git(checkout, "add", odd);
    } else if (mode === "160000") {
      git(checkout, "update-index", "--add", "--cacheinfo", `160000,${git(checkout, "rev-parse", "main")},${odd}`);
    } else {
      await symlink("../../README.md", join(checkout, odd));
      git(checkout, "add", odd);
    }
    git(checkout, "commit", "--quiet", "-m", "hand edit");
    git(checkout, "push", "--quiet", "origin", "flows-state");
    const before = git(origin, "ls-tree", "flows-state", odd);

    const reader = new BranchStateStore({ remoteUrl: origin });
    expect(await reader.loadEvent("odd")).toBeUndefined(); // the event counts as new
    expect(reader.problems).toEqual([{ path: `flows-state:${odd}`, message: expect.stringMatching(said) }]);
    await reader.saveEvent(makeRecord("odd", ["run_b"]));
    await reader.flush();
    await reader.close();

    const files = git(origin, "ls-tree", "flows-state", `${odd}.corrupt-*`, `${odd.replace(/[^/]+$/, "")}`).split("\n");
    const aside = files.find((line) => line.includes(`${odd}.corrupt-`));
    // The same entry (mode, type and object) under the new name.
    expect(aside?.split("\t")[0]).toBe(before.split("\t")[0]);
    expect(JSON.parse(git(origin, "show", `flows-state:${odd}`)).runs[0].id).toBe("run_b");
  });

  it("sets aside a record blob over the size limit without reading it, counts its event as new, and keeps the blob beside the next save", async () => {
    const { origin } = await originWithCheckout();
    const writer = new BranchStateStore({ remoteUrl: origin });
    await writer.saveEvent(makeRecord("good", ["run_a"]));
    const bigRecord = makeRecord("big", ["run_a"]);
    bigRecord.event.payload = { text: "x".repeat(10_000) };
    await writer.saveEvent(bigRecord);
    await writer.flush();
    await writer.close();
    // A valid record, only bigger than the limit: were it read, it would load.
    const big = eventRecordPath("big");
    const blob = git(origin, "rev-parse", `flows-state:${big}`);
    const size = Number(git(origin, "cat-file", "-s", blob));

    const reader = new BranchStateStore({ remoteUrl: origin, maxRecordBytes: size - 1 });
    expect(await reader.loadEvent("big")).toBeUndefined();
    expect((await reader.listEvents()).map((record) => record.event.id)).toEqual(["good"]);
    expect(reader.problems).toEqual([
      {
        path: `flows-state:${big}`,
        message: expect.stringMatching(new RegExp(`it is ${size} bytes, over the ${size - 1} bytes a record may be, so it was not read; set aside`)),
      },
    ]);
    await reader.saveEvent(makeRecord("big", ["run_b"]));
    await reader.flush();
    await reader.close();
    const files = git(origin, "ls-tree", "-r", "--name-only", "flows-state").split("\n");
    const aside = files.find((file) => file.startsWith(`${big}.corrupt-`));
    expect(aside && git(origin, "rev-parse", `flows-state:${aside}`)).toBe(blob);
    expect(JSON.parse(git(origin, "show", `flows-state:${big}`)).runs.map((run: { id: string }) => run.id)).toEqual(["run_b"]);
  });

  it("keeps state on a branch of the checkout itself when it has no remote, leaving HEAD and the index alone", async () => {
    const { checkout } = await originWithCheckout();
    git(checkout, "remote", "remove", "origin");
    const before = await checkoutSnapshot(checkout);
    const store = new BranchStateStore({ repoDir: checkout });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.flush();
    await store.close();

    const after = await checkoutSnapshot(checkout);
    expect({ ...after, refs: before.refs }).toEqual(before);
    expect(git(checkout, "ls-tree", "-r", "--name-only", "flows-state")).toContain(eventRecordPath("evt-1"));
  });

  it("says a folder that is not a git checkout cannot hold the state branch", async () => {
    const dir = await tempDir();
    const store = new BranchStateStore({ repoDir: join(dir, "nowhere") });
    await expect(store.loadEvent("evt-1")).rejects.toThrow(/is not a git checkout/);
  });

  it("makes one push when flush is called twice at once", async () => {
    const { origin } = await originWithCheckout();
    const store = new BranchStateStore({ remoteUrl: origin });
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await Promise.all([store.flush(), store.flush()]);
    await store.close();

    expect(store.stats.pushes).toBe(1);
    expect(git(origin, "rev-list", "--count", "flows-state")).toBe("1");
  });

  it("removes its temporary git directory on close", async () => {
    const { origin } = await originWithCheckout();
    const store = new BranchStateStore({ remoteUrl: origin });
    await store.loadEvent("x");
    const workDir = store.workDir!;
    expect((await stat(workDir)).isDirectory()).toBe(true);

    await store.close();

    await expect(stat(workDir)).rejects.toThrow(/ENOENT/);
  });
});
