import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { abandonedWorkLeft } from "../../src/abandoned-work.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { git } from "../state/helpers.js";

// A step's start is stored (claimed) while Bun is set up for it, both at once to save time. When
// the store refuses the start, the step cannot start, whatever Bun's setup does: the job fails
// with the store's message then, not once Bun is downloaded (up to 5 minutes from a mirror that
// does not answer), and the setup it no longer waits for is left to the action's entry to end.

const REPOSITORY = "octo-org/refused";

describe("a state store that refuses a step's start", () => {
  it("fails the job with the store's message without waiting for Bun's download", async () => {
    const repo = await tempRepo("flows-refused-start-");
    const root = await mkdtemp(join(tmpdir(), "flows-refused-origin-"));
    onTestFinished(async () => {
      await repo.cleanup();
      await rm(root, { recursive: true, force: true });
    });
    await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "push", source: rawStep("completed", "noted") }] });
    // The state branch's remote takes no push: a protected branch, a token without contents: write.
    const origin = join(root, `${REPOSITORY}.git`);
    git(root, "init", "--bare", "--quiet", origin);
    await writeFile(join(origin, "hooks", "pre-receive"), "#!/bin/sh\necho 'protected branch' >&2\nexit 1\n", { mode: 0o755 });

    // A Bun mirror that takes the request and never answers.
    const asked: IncomingMessage[] = [];
    const mirror = createServer((request) => {
      asked.push(request);
    });
    await new Promise<void>((done) => mirror.listen(0, "127.0.0.1", done));
    onTestFinished(async () => {
      mirror.closeAllConnections();
      await new Promise((done) => mirror.close(done));
    });
    const mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`;
    const toolCache = join(root, "tool-cache");
    // @actions/tool-cache reads the runner's folders from the process environment; the download's
    // limit (FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS): the job that waited for it ended once it ran out.
    onTestFinished(setProcessEnv({ RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: join(root, "runner-temp"), FLOWS_BUN_DOWNLOAD_TIMEOUT_SECONDS: "30" }));

    const abandonedBefore = abandonedWorkLeft();
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "c".repeat(40), repository: { full_name: REPOSITORY } },
      inputs: { state: "branch", "github-token": "ghs_workflow_token", "bun-version": "9.9.8", "bun-download-url": mirrorUrl, checks: "off", comment: "off" },
      env: { PATH: "/usr/bin:/bin", RUNNER_TOOL_CACHE: toolCache, GITHUB_SERVER_URL: pathToFileURL(root).href, GITHUB_REPOSITORY: REPOSITORY },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.io.failed).toMatch(/^The start of notes\/write for event ".*" could not be saved, so it was not started .*is protected \(branch protection or a ruleset rejected the push\)/);
    // The download is still under way (or not even asked yet): the job did not wait for it. The
    // job that waited failed with the same message, once the download ran out of time (30 s).
    expect(asked.length).toBeLessThanOrEqual(1);
    expect(asked.filter((request) => request.socket.destroyed)).toEqual([]);
    // ...and the action's entry ends the process rather than wait for it (abandoned-work.ts).
    expect(abandonedWorkLeft()).toBe(abandonedBefore + 1);
  }, 120_000);
});
