import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { watchAndDispatch } from "../../src/watch/index.js";
import { stepThatWaits, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { clientFor, githubServer, UPSTREAM, watches } from "./helpers.js";

// Two polls overlap (a scheduled run and a manual one on a shared store): the second finds the
// release's step running in the first. It does not start it beside it, and does not ask the
// next poll to deliver the release again: the poll running it finishes (and retries) it.

describe("a poll that finds a release's step running in another poll", () => {
  it("leaves it to that poll: not run beside it, not put up for the next poll again", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const flows = await tempRepo("flows-watch-elsewhere-");
    onTestFinished(() => flows.cleanup());
    const release = join(flows.dir, "release");
    const started = join(flows.dir, "started");
    await writeFlow(flows.dir, {
      name: "follow",
      steps: [
        {
          name: "step",
          trigger: "upstream.release",
          source: stepThatWaits({ started, release }),
        },
      ],
    });
    const poll = () => watchAndDispatch({ client, store, watches: watches(UPSTREAM), dispatchOptions: { repoRoot: flows.dir } });
    server.github.releases.add(UPSTREAM, { tagName: "v1.0.0", createdAt: "2025-01-01T00:00:00Z" });

    const first = poll();
    while (!existsSync(started)) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await poll();
    expect(second.outcomes.map((outcome) => outcome.runs.map((run) => [run.effectiveStatus, run.alreadyHandled]))).toEqual([[["running", true]]]);
    expect(JSON.stringify(second.reports)).not.toContain("runs it again");

    await writeFile(release, "");
    expect((await first).outcomes.map((outcome) => outcome.runs[0]?.effectiveStatus)).toEqual(["completed"]);
    expect((await poll()).outcomes).toEqual([]);
    server.assertNoViolations();
  });
});
