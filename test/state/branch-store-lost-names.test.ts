import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexShardPath } from "../../src/state/branch-index.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { BUN, countingFlow, git, lines, originWithCheckout, runChild, tempDir } from "./helpers.js";

// A state branch moved back while a job saved to it: the warning counted every record the branch
// lost, those the job's own save wrote again included ("2 event record(s) are gone" when its
// flush had just saved one of the two again), and named none of them.

/** An event id other than `other` whose record shares `other`'s index shard (index/<2 hex>.json). */
function idInShardOf(other: string, prefix: string): string {
  const shard = indexShardPath(eventRecordPath(other));
  for (let n = 0; ; n++) if (indexShardPath(eventRecordPath(`${prefix}-${n}`)) === shard) return `${prefix}-${n}`;
}

/** A `git` that, at its `at`-th push, first points `origin`'s flows-state at an orphan commit with an empty tree. */
async function gitOrphaningAtPush(origin: string, at: number): Promise<string> {
  const bin = join(await tempDir(), "bin");
  await mkdir(bin);
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const count = join(bin, "pushes");
  const script = [
    "#!/bin/sh",
    'for a in "$@"; do',
    '  if [ "$a" = push ]; then',
    `    n=$(( $(cat '${count}' 2>/dev/null || echo 0) + 1 )); echo $n > '${count}'`,
    `    if [ $n = ${at} ]; then`,
    `      tree=$('${real}' --git-dir '${origin}' hash-object -t tree -w /dev/null)`,
    `      '${real}' --git-dir '${origin}' update-ref refs/heads/flows-state "$('${real}' --git-dir '${origin}' -c user.name=x -c user.email=x@x commit-tree "$tree" -m orphan)"`,
    "    fi",
    "    break",
    "  fi",
    "done",
    `exec '${real}' "$@"`,
  ].join("\n");
  await writeFile(join(bin, "git"), `${script}\n`, { mode: 0o755 });
  return bin;
}

describe("the warning for a state branch moved back while a job saved", () => {
  it("counts only the records still gone after the job's save, and names their events", async () => {
    const { origin, checkout } = await originWithCheckout();
    const work = await tempDir();
    const executions = join(work, "executions.log");
    // The two dispatches follow one another: the step need not last.
    await countingFlow(checkout, executions, 0);
    const e0 = "e0";
    const e1 = idInShardOf(e0, "e1");
    const fire = async (id: string, env: NodeJS.ProcessEnv) => {
      const eventFile = join(work, `${id}.json`);
      await writeFile(eventFile, JSON.stringify({ id, type: "release.published", payload: {} }));
      return runChild(BUN, [join(process.cwd(), "src", "cli.ts"), "fire", "--repo", checkout, "--event", eventFile, "--no-color", "--state", "branch"], { env });
    };
    const env = { ...process.env };
    delete env.FLOWS_STATE_CLAIM;
    expect((await fire(e0, env)).code).toBe(0);

    // The claim of e1's step is the first push; its flush the second, met by a branch made anew.
    const bin = await gitOrphaningAtPush(origin, 2);
    const second = await fire(e1, { ...env, PATH: `${bin}:${process.env.PATH ?? ""}` });

    expect(second.code, second.stderr).toBe(0);
    expect(await lines(executions)).toEqual([e0, e1]);
    expect(second.stderr).toContain('the state branch "flows-state" was moved back or made anew since this job saw it');
    expect(second.stderr).toContain("1 event record(s) held then are gone from it, and 0 differ");
    expect(second.stderr).toContain(`The records gone are those of events "${e0}".`);
    expect(second.stderr).toContain("1 other record(s) it held then are not counted: the branch holds them again (this job's save wrote them again, or another writer did).");
    // Only e1 is on the branch now, as the warning says.
    expect(git(origin, "ls-tree", "-r", "--name-only", "refs/heads/flows-state", "--", "events").trim()).toBe(eventRecordPath(e1));
  }, 60_000);
});
