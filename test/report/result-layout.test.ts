import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { cpuTimed } from "../helpers/stalls.js";

// The summary and the check run show a step's FLOW_RESULT laid out as JSON.stringify(result,
// null, 2) does. A result of 2 MB, well within its 4 MiB and 256 levels, holding a long array
// 250 levels down, is over 500 million characters laid out so (every element on a line of its
// own, indented 500 spaces): V8 gave up with "Invalid string length" after seconds and half a
// gigabyte, and the job lost its summary and its check runs.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const push = examples.find((g) => g.name === "push")?.examples.find((e) => (e.commits as unknown[]).length > 0) as { repository: { full_name: string } };
const repository = push.repository.full_name;

const DEEP_WIDE_RESULT = `
await Bun.stdin.text();
const depth = 250;
const elements = 1_100_000;
const json = '{"status":"completed","message":"a deep, wide result","data":' + "[".repeat(depth) + "0,".repeat(elements - 1) + "0" + "]".repeat(depth) + "}";
console.log("FLOW_RESULT " + json);
`;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-result-layout-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

describe("a FLOW_RESULT whose indented JSON would be enormous", () => {
  it("is shown compact in the summary and the check run, and the job reports as usual", async () => {
    await writeFlow(repo.dir, { name: "wide", steps: [{ name: "deep", trigger: "push", source: DEEP_WIDE_RESULT }] });
    // The action runs in this process, and laying the result out is computing: timed in this
    // process's CPU time (test/helpers/stalls.ts), which a busy machine's wait for a core is not.
    const { value: run, cpuMs: ms } = await cpuTimed(() => runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: push,
      inputs: { "github-token": "ghs_resultLayoutJobToken0123456789abc", state: "none", checks: "per-step", comment: "off" },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository },
    }));
    expect(run.code, run.stdout.slice(-3000)).toBe(0);
    expect(run.summary).toContain("a deep, wide result");
    expect(run.summary).toContain('{"status":"completed","message":"a deep, wide result","data":[[[[');
    const [check] = server.github.checkRuns.list(repository);
    expect(check?.conclusion).toBe("success");
    expect(check?.output.summary).toContain('"data":[[[[');
    server.assertNoViolations();
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});
