import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { indexShardPath } from "../../src/state/branch-index.js";
import type { StateBranchError } from "../../src/state/branch-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { git, makeRecord, originWithCheckout, tempDir } from "./helpers.js";

// A save fills in the index of records an older flows-action wrote (the backfill of
// #indexFiles), which fetches their blobs. That fetch swallowed every error, a timeout too: one
// that hung used up the save's time limit, and the save then failed saying it "ran out before
// `git fast-import` could start", naming neither the fetch nor a hung remote.

/** An event id whose record shares `other`'s index shard. */
function idInShardOf(other: string, prefix: string): string {
  const shard = indexShardPath(eventRecordPath(other));
  for (let n = 0; ; n++) if (indexShardPath(eventRecordPath(`${prefix}-${n}`)) === shard) return `${prefix}-${n}`;
}

/** A `git` whose `fetch --stdin` asking for blob `oid` hangs (never ends); all else runs as usual. */
async function gitHangingOnFetchOf(oid: string): Promise<string> {
  const bin = join(await tempDir(), "bin");
  await mkdir(bin);
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const script = [
    "#!/bin/sh",
    'fetch=; stdin=; for a in "$@"; do [ "$a" = fetch ] && fetch=1; [ "$a" = --stdin ] && stdin=1; done',
    'if [ -n "$fetch" ] && [ -n "$stdin" ]; then',
    '  asked=$(mktemp); cat > "$asked"',
    `  grep -q ${oid} "$asked" && exec sleep 60`,
    `  exec '${real}' "$@" < "$asked"`,
    "fi",
    `exec '${real}' "$@"`,
  ].join("\n");
  await writeFile(join(bin, "git"), `${script}\n`, { mode: 0o755 });
  return bin;
}

describe("BranchStateStore: an index backfill whose fetch hangs", () => {
  it("fails the save naming the fetch stopped at the save's limit, and marks the remote hung", async () => {
    const { origin } = await originWithCheckout();
    const old = "evt-old";
    const writer = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => writer.close());
    await writer.saveEvent(makeRecord(old, ["run_old"]));
    await writer.flush();
    // As an older flows-action left it: records, no index.
    const tip = git(origin, "rev-parse", "refs/heads/flows-state").trim();
    const events = git(origin, "rev-parse", `${tip}:events`).trim();
    const tree = execFileSync("git", ["--git-dir", origin, "mktree"], { input: `040000 tree ${events}\tevents\n`, encoding: "utf8" }).trim();
    git(origin, "update-ref", "refs/heads/flows-state", git(origin, "-c", "user.name=x", "-c", "user.email=x@x", "commit-tree", tree, "-p", tip, "-m", "no index").trim());
    const oldBlob = git(origin, "rev-parse", `refs/heads/flows-state:${eventRecordPath(old)}`).trim();

    vi.stubEnv("PATH", `${await gitHangingOnFetchOf(oldBlob)}:${process.env.PATH ?? ""}`);
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const store = new BranchStateStore({ remoteUrl: origin, flushTimeoutMs: 4_000, gitTimeoutMs: 60_000 });
    onTestFinished(() => store.close());
    const id = idInShardOf(old, "evt-new");
    await store.saveEvent(makeRecord(id, ["run_new"]));

    const error = await store.flush().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect(error).toBeInstanceOf(StateNotSavedError);
    const message = (error as Error).message;
    expect(((error as Error).cause as StateBranchError).kind).toBe("timeout");
    expect(message).toMatch(/did not answer: `git fetch` for the state branch "flows-state" was stopped after [\d.]+ s, at the end of the 4 s a save to the state branch may take/);
    expect(message).not.toContain("could start");
    // Marked hung: a claim now fails at once, without trying the remote.
    const fetches = store.stats.fetches;
    const claim = await store.claimRuns(makeRecord("evt-c", ["run_c"]), { starting: new Set(["run_c"]), isTaken: () => false }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect((claim as Error).message).toContain("does not answer: `git fetch` for the state branch");
    expect(store.stats.fetches).toBe(fetches);
  }, 60_000);
});
