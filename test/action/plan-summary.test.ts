import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// A repository_dispatch's event_type is any printable text its caller sends, and becomes the
// event type (`repository_dispatch.<event_type>`): the plan's summary line quoted it between
// backticks of its own, so a backtick in it ended the code span and the rest was markdown.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-plan-summary-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("the plan's job summary", () => {
  it("shows an event type holding backticks and HTML as code", async () => {
    await writeFlow(repo.dir, { name: "deploy", steps: [{ name: "go", trigger: "repository_dispatch.*", source: rawStep("completed") }] });
    const action = 'ship`<img src="https://t.example/p.png">` @octo-org/all';
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "repository_dispatch",
      payload: { action, client_payload: {}, repository: { full_name: "octo-org/octo-repo" } },
      inputs: { mode: "plan", state: "none", checks: "off", comment: "off" },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain("Planned 1 step for ``repository_dispatch.ship`<img src=\"https://t.example/p.png\">` @octo-org/all`` in 1 job.");
  }, 60_000);
});
