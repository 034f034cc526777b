import { execFileSync } from "node:child_process";
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { BUN, CHILDREN, type ChildResult, git, originWithCheckout, runChild, tempDir } from "./helpers.js";

const WRITERS = 4;
const EVENTS_EACH = 30;
const FLUSH_EVERY = 5;

type WriterReport = { outcome: Record<string, "saved" | "unsaved">; errors: string[] };

/**
 * A git that is killed (SIGKILL) in one push out of three, half the time before it reaches the
 * remote and half the time after the remote took the commit, and in one fetch out of ten.
 */
async function killingGit(dir: string): Promise<string> {
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const wrapper = join(dir, "git");
  await writeFile(
    wrapper,
    [
      "#!/bin/bash",
      'case " $* " in',
      '  *" push "*)',
      "    r=$((RANDOM % 6))",
      '    if [ "$r" = 0 ]; then kill -9 $$; fi',
      `    if [ "$r" = 1 ]; then ${real} "$@" >/dev/null 2>&1; kill -9 $$; fi;;`,
      '  *" fetch "*)',
      '    if [ $((RANDOM % 10)) = 0 ]; then kill -9 $$; fi;;',
      "esac",
      `exec ${real} "$@"`,
      "",
    ].join("\n"),
  );
  await chmod(wrapper, 0o755);
  return dir;
}

function writer(args: string[], path: string): Promise<ChildResult> {
  return runChild(BUN, [join(CHILDREN, "branch-writer-killed-git.ts"), ...args], { env: { ...process.env, PATH: `${path}:${process.env.PATH}` } });
}

describe("BranchStateStore when git is killed mid-push and mid-fetch", () => {
  it("4 racing processes: every event a flush reported saved is on the branch, every other one was named as not saved", async () => {
    const { origin } = await originWithCheckout();
    const bin = await killingGit(await tempDir("flows-killing-git-"));
    const startAt = Date.now() + 1_500;
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, child) =>
        writer([origin, String(child), String(EVENTS_EACH), "shared-event", String(startAt), String(FLUSH_EVERY)], bin),
      ),
    );

    const reports = results.map((result) => {
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as WriterReport;
    });
    for (const report of reports) expect(report.errors).toEqual([]);
    const reader = new BranchStateStore({ remoteUrl: origin });
    const stored = new Map((await reader.listEvents()).map((record) => [record.event.id, record]));
    await reader.close();
    expect(reader.problems).toEqual([]);
    let saved = 0;
    let unsaved = 0;
    reports.forEach((report, child) => {
      for (let index = 0; index < EVENTS_EACH; index++) {
        const id = `writer-${child}-event-${index}`;
        const said = report.outcome[id];
        // Every event was in a flush, and that flush said which way it went.
        expect(said, id).toBeDefined();
        if (said === "saved") {
          saved++;
          expect(stored.get(id)?.runs.map((run) => run.id), id).toEqual([`run_${child}_${index}`]);
        } else {
          unsaved++;
        }
      }
    });
    expect(git(origin, "rev-list", "--merges", "flows-state")).toBe("");
    console.log(`killed git: ${saved} events saved and on the branch, ${unsaved} named as not saved, of ${WRITERS * EVENTS_EACH}`);
    expect(saved).toBeGreaterThan(0);
  }, 180_000);
});
