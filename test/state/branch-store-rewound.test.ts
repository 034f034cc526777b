import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { flushActionStore } from "../../src/action/state.js";
import { main } from "../../src/cli/main.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { rawStep, writeFlow } from "../helpers/flow-packages.js";
import { git, makeRecord, originWithCheckout, tempDir } from "./helpers.js";

// A state branch deleted and pushed again from an older copy, or put back to an old tip (a
// force-push, a re-run restoring it), has lost the records saved after that tip. A store that saw
// the newer tip went on saving onto the older one without a word; it now says so at its next
// fetch of the tip, as a warning naming the tip it saw, how many records are gone and how to
// put them back.

async function storeOnOrigin(): Promise<{ origin: string; store: BranchStateStore }> {
  const { origin } = await originWithCheckout();
  // reuseFetchMs 0: each flush fetches the tip, as one minutes after the last does.
  const store = new BranchStateStore({ remoteUrl: origin, reuseFetchMs: 0 });
  onTestFinished(() => store.close());
  return { origin, store };
}

function tipOf(origin: string): string {
  return git(origin, "rev-parse", "refs/heads/flows-state").trim();
}

async function saved(store: BranchStateStore, ...ids: string[]): Promise<string> {
  for (const id of ids) await store.saveEvent(makeRecord(id, [`run_${id}`]));
  await store.flush();
  return "";
}

describe("BranchStateStore: a state branch that lost commits the store saw", () => {
  it("warns at the next save when the branch was put back to an older tip, naming the tip it saw and the records gone", async () => {
    const { origin, store } = await storeOnOrigin();
    await saved(store, "evt-1");
    const older = tipOf(origin);
    await saved(store, "evt-2", "evt-3");
    const seen = tipOf(origin);
    // Someone pushes the branch again from a copy that has only the first save.
    git(origin, "update-ref", "refs/heads/flows-state", older);

    await saved(store, "evt-4");

    expect(store.problems).toHaveLength(1);
    const [problem] = store.problems;
    expect(problem!.path).toBe(`flows-state@${seen.slice(0, 12)}`);
    expect(problem!.message).toContain(`the state branch "flows-state" was moved back or made anew since this job saw it at commit ${seen}: its tip ${older.slice(0, 12)} does not hold that commit.`);
    expect(problem!.message).toContain("2 event record(s) held then are gone from it, and 0 differ");
    // Named: this store wrote their index shards at the tip it saw.
    expect(problem!.message).toContain('The records gone are those of events "evt-2", "evt-3".');
    expect(problem!.message).toContain(`\`git push --force origin ${seen}:refs/heads/flows-state\``);
    // The save itself went ahead, on the branch as it is.
    const reader = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => reader.close());
    expect(await reader.loadEvent("evt-4")).toEqual(makeRecord("evt-4", ["run_evt-4"]));
    expect(await reader.loadEvent("evt-2")).toBeUndefined();
  });

  it("warns when the branch was deleted, counting the records it held", async () => {
    const { origin, store } = await storeOnOrigin();
    await saved(store, "evt-1", "evt-2");
    const seen = tipOf(origin);
    git(origin, "update-ref", "-d", "refs/heads/flows-state");

    await saved(store, "evt-3");

    expect(store.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining(`the state branch "flows-state" was deleted since this job saw it at commit ${seen}: the 2 event record(s) it held then are gone from ${origin}, and the next save makes the branch anew with this job's records only.`),
    ]);
  });

  it("says nothing when other writers only pushed on top of what it saw, once or many times", async () => {
    const { origin, store } = await storeOnOrigin();
    await saved(store, "evt-1");
    const other = new BranchStateStore({ remoteUrl: origin, reuseFetchMs: 0 });
    onTestFinished(() => other.close());
    await saved(other, "evt-2");
    const before = store.stats.fetches;
    await saved(store, "evt-3"); // the tip's parent is the tip it saw
    // The tip, then the records' blobs: the parent was in the tip's commit, so nothing more.
    expect(store.stats.fetches - before).toBe(2);
    for (const id of ["evt-4", "evt-5", "evt-6"]) await saved(other, id);
    const fetches = store.stats.fetches;
    await saved(store, "evt-7"); // three commits on top: found among the last ones

    expect(store.problems).toEqual([]);
    // One fetch of the history under the tip (commits and trees, depth-bounded) besides those two.
    expect(store.stats.fetches - fetches).toBe(3);
  });
});

describe("a branch that lost commits, met by the job's last save", () => {
  // The store meets the problem in its last flush, after every dispatch had reported its own:
  // kept in store.problems, it was said nowhere.
  it("is said by the action: annotated, and in the job summary", async () => {
    const { origin, store } = await storeOnOrigin();
    await saved(store, "evt-1");
    const older = tipOf(origin);
    await saved(store, "evt-2");
    git(origin, "update-ref", "refs/heads/flows-state", older);
    await store.saveEvent(makeRecord("evt-3", ["run_evt-3"]));
    let summary = "";
    const warnings: string[] = [];
    const io = {
      appendSummary: async (markdown: string) => {
        summary += markdown;
      },
      error: () => undefined,
      warning: (message: string) => {
        warnings.push(message);
      },
    };

    await flushActionStore(store, io, process.cwd());

    expect(warnings).toEqual([expect.stringContaining('the state branch "flows-state" was moved back or made anew since this job saw it')]);
    expect(summary).toContain("### Problems");
    expect(summary).toContain("1 event record(s) held then are gone from it");
    // Said once: a later flush with nothing new says nothing more.
    await flushActionStore(store, io, process.cwd());
    expect(warnings).toHaveLength(1);
  });

  it("is said by `flows fire` on standard error, when the branch was pushed again from an older copy while a step ran", async () => {
    const { origin, checkout } = await originWithCheckout();
    const rewind = join(await tempDir(), "rewind-to");
    // The step pushes the branch again from an older copy with a commit of its own on the tip
    // named in `rewind`, when there is one: as another job with an old copy of the branch would.
    const source = [
      `const file = Bun.file(${JSON.stringify(rewind)});`,
      "if (await file.exists()) {",
      `  const git = (...args) => Bun.spawnSync(["git", "--git-dir", ${JSON.stringify(origin)}, ...args]).stdout.toString().trim();`,
      "  const older = (await file.text()).trim();",
      '  const commit = git("commit-tree", older + "^{tree}", "-p", older, "-m", "an older copy, saved again");',
      '  git("update-ref", "refs/heads/flows-state", commit);',
      "}",
      rawStep("completed"),
    ].join("\n");
    await writeFlow(checkout, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
    const fire = async (id: string): Promise<{ code: number; stderr: string }> => {
      const eventFile = join(checkout, `${id}.json`);
      await writeFile(eventFile, JSON.stringify({ id, type: "release.published", payload: {} }));
      let stderr = "";
      const code = await main(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile, "--no-color"], {
        out: () => undefined,
        err: (text) => {
          stderr += text;
        },
      });
      return { code, stderr };
    };
    expect((await fire("evt-1")).code).toBe(0);
    // After the claim of its step's start was pushed, the step pushes an older copy over it.
    await writeFile(rewind, tipOf(origin));

    const second = await fire("evt-2");

    expect(second.code).toBe(0);
    expect(second.stderr).toContain('the state branch "flows-state" was moved back or made anew since this job saw it');
  }, 60_000);
});
