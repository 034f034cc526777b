import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

type WebhookExamples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as WebhookExamples;
const releasePublished = examples
  .find((group) => group.name === "release")
  ?.examples.find((example) => example.action === "published") as { release: { tag_name: string }; repository: { full_name: string } };

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-action-");
});
afterEach(async () => {
  await repo.cleanup();
});

// mode: dispatch, in process from src/ with a fake runner IO (test/action/dist.test.ts is the
// smoke test of the shipped bundle).

describe("mode: dispatch", () => {
  it("runs the matching step for a real release payload and writes outputs and the job summary", async () => {
    await writeFlow(repo.dir, {
      name: "on-release",
      steps: [
        {
          name: "announce",
          trigger: "release.published",
          schema: { type: "object", required: ["repo", "tag"], properties: { tag: { type: "string" } } },
          source:
            'const ctx = JSON.parse(await Bun.stdin.text());\nconsole.log("tag is " + ctx.flow.event.payload.tag);\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "announced " + ctx.flow.event.payload.tag }));',
        },
      ],
    });
    const run = await runInProcess({ workspace: repo.dir, eventName: "release", payload: releasePublished });
    expect(run.code, run.stdout).toBe(0);
    const tag = releasePublished.release.tag_name;
    const eventId = `github:release.published:${releasePublished.repository.full_name}:${tag}`;
    expect(run.outputs["event-id"]).toBe(eventId);
    expect(run.outputs["event-type"]).toBe("release.published");
    expect(run.outputs.matched).toBe("1");
    expect(run.outputs["needs-attention"]).toBe("false");
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ flowName: "on-release", stepName: "announce", effectiveStatus: "changed" });
    expect(results[0]?.output).toBeUndefined();
    expect(run.summary).toContain(`Event \`${eventId}\``);
    expect(run.summary).toContain(`| on-release | announce | ✅ changed | announced ${tag} |`);
    expect(run.stdout).toContain("::group::on-release/announce");
    expect(run.stdout).toContain(`tag is ${tag}`);
  });

  it("fails the job when a step fails, naming it, and sets needs-attention for a blocked step", async () => {
    await writeFlow(repo.dir, {
      name: "gate",
      steps: [
        { name: "broken", trigger: "push", source: 'console.error("boom"); process.exit(3);' },
        { name: "waiting", trigger: "push", source: rawStep("blocked", "waiting for a maintainer") },
      ],
    });
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::1 flow step ended with a status listed in fail-on: gate/broken (failed)");
    expect(run.outputs["needs-attention"]).toBe("true");
    expect(run.summary).toContain("⛔ blocked");
    expect(run.summary).toContain("exited with code 3");
  });

  it("turns manifest errors into file/line annotations, at most 10, and lists all of them in the summary", async () => {
    for (let i = 0; i < 12; i += 1) {
      const dir = `${repo.dir}/flows/bad-${String(i).padStart(2, "0")}`;
      await writeText(`${dir}/s.ts`, "");
      await writeText(`${dir}/flow.toml`, `name = "bad-${i}"\nversion = "one"\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "s.ts"\n`);
    }
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload() });
    // A package that cannot be loaded fails the job: its steps never saw the event.
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::12 errors in flow packages: the steps of a package that cannot be loaded were not considered");
    // GitHub shows 10 error annotations per step: 9 problems, and the failure.
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error "));
    expect(errors).toHaveLength(9);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::error"))).toHaveLength(10);
    expect(errors[0]).toMatch(/^::error title=flows-action,file=flows\/bad-00\/flow\.toml,line=2(,col=\d+)?::/);
    expect(run.stdout).toMatch(/::warning::\d+ more problems in flow packages are not shown as annotations/);
    expect(run.summary).toContain("flows/bad-11/flow.toml:2");
    expect(run.summary).toContain("Nothing matched among the flow packages that could be loaded: 12 errors (below)");
    // `fail-on: none` keeps the job green, as for failed steps.
    const lenient = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload(), inputs: { "fail-on": "none" } });
    expect(lenient.code).toBe(0);
  });

  it("masks the token and never prints it", async () => {
    await writeFlow(repo.dir, { name: "quiet", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    const token = "ghs_supersecrettokenvalue123";
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload(), inputs: { "github-token": token, checks: "off", comment: "off" } });
    expect(run.code).toBe(0);
    const printed = run.stdout.split("\n").filter((line) => line.includes(token));
    expect(printed).toEqual([`::add-mask::${token}`]);
  });

  it("reports a bad input as one clear error", async () => {
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload(), inputs: { "fail-on": "failed,sometimes" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input "fail-on" has "sometimes"; expected a list of:');
    expect(run.stdout).not.toContain("    at ");
  });

  it("runs nothing twice when the same delivery comes again (file state)", async () => {
    await writeFlow(repo.dir, { name: "once", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    const first = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload() });
    const second = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload(), env: { GITHUB_RUN_ATTEMPT: "2" } });
    expect(first.summary).not.toContain("already handled");
    expect(second.summary).toContain("already handled: 1 step, nothing new ran");
    expect(second.outputs).toMatchObject({ matched: "0", "already-handled": "1" });
    expect(second.stdout).not.toContain("::group::once/s");
    expect(second.stdout).toMatch(/Event github:push:\S+ was already handled, nothing ran: once\/s \(completed\) was handled before and not run again\. The replay input set to github:push:\S+ runs it again\./);
  });
});

describe("the replay input", () => {
  it("runs every matching step of a stored event again, as a replay attempt", async () => {
    await writeFlow(repo.dir, { name: "again", steps: [{ name: "s", trigger: "push", source: rawStep("completed", "ran") }] });
    const first = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload() });
    const eventId = first.outputs["event-id"] as string;
    const dispatchPayload = { inputs: {}, ref: "refs/heads/main", repository: { full_name: "octo-org/octo-repo" }, workflow: ".github/workflows/flows.yml" };
    const replay = await runInProcess({ workspace: repo.dir, eventName: "workflow_dispatch", payload: dispatchPayload, inputs: { replay: eventId } });
    expect(replay.code, replay.stdout).toBe(0);
    expect(replay.outputs["event-id"]).toBe(eventId);
    expect(replay.summary).toContain("✅ completed (replay)");
    const results = JSON.parse(replay.outputs.results ?? "[]") as FlowRunView[];
    expect(results[0]?.attempts.map((attempt) => attempt.replay ?? false)).toEqual([false, true]);

    const unknown = await runInProcess({ workspace: repo.dir, eventName: "workflow_dispatch", payload: dispatchPayload, inputs: { replay: "no-such-event" } });
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('::error::Input "replay" names event "no-such-event", which the file state store does not hold.');

    const stateless = await runInProcess({ workspace: repo.dir, eventName: "workflow_dispatch", payload: dispatchPayload, inputs: { replay: eventId, state: "none" } });
    expect(stateless.code).toBe(1);
    expect(stateless.stdout).toContain(`::error::Input "replay" names event "${eventId}", but state is "none", which keeps no events.`);
  });
});

function pushPayload(): Record<string, unknown> {
  const push = examples.find((group) => group.name === "push")?.examples[0];
  if (!push) throw new Error("no push example");
  return push;
}

describe("debug lines", () => {
  it("tell each match decision and each store operation, with the event id", async () => {
    await writeFlow(repo.dir, {
      name: "told",
      steps: [
        { name: "yes", trigger: "push", source: rawStep("completed") },
        { name: "no", trigger: "release.published", source: rawStep("completed") },
      ],
    });
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload(), debug: true });
    expect(run.code, run.stdout).toBe(0);
    const id = run.outputs["event-id"] as string;
    const debug = run.stdout.split("\n").filter((line) => line.startsWith("::debug::"));
    expect(debug).toContain(`::debug::match ${id}: told/yes matched (trigger type "push")`);
    expect(debug).toContain(`::debug::match ${id}: told/no did not match: trigger type "release.published" does not match event type "push"`);
    expect(debug).toContain("::debug::state file: open");
    expect(debug).toContain(`::debug::state file: get ${id} → not stored`);
    expect(debug).toContain(`::debug::state file: put ${id} (told/yes completed)`);
    expect(debug).toContain("::debug::state file: flush");
  });

  it("are not written when debug logging is off", async () => {
    await writeFlow(repo.dir, { name: "quiet", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload() });
    expect(run.stdout).not.toContain("::debug::");
  });
});

describe("a crashed step", () => {
  it("shows its stderr once in the summary, with Bun's workflow-command lines decoded", async () => {
    await writeFlow(repo.dir, { name: "crashy", steps: [{ name: "s", trigger: "push", source: 'console.log("before");\nconst x: any = undefined;\nx.boom();\n' }] });
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: pushPayload(), inputs: { "fail-on": "none" } });
    // The reason says what and where first (read from Bun's report), then how the process ended.
    const reason = "exec/s.ts:3:1: TypeError: undefined is not an object (evaluating 'x.boom') (bun exited with code 1)";
    expect(run.summary).toContain(`| ${reason} |`);
    expect(run.summary).toContain(`${reason} (its output is below)`);
    // The report itself once in the output, besides the reason in the table and the error.
    expect(run.summary.match(/TypeError: undefined is not an object \(evaluating 'x\.boom'\)/g)?.length).toBeLessThanOrEqual(4);
    expect(run.summary.match(/x\.boom\(\);/g)).toHaveLength(1);
    expect(run.summary).not.toContain("::error");
    expect(run.summary).not.toContain("%0A");
    expect(run.summary).toContain("error (flows/crashy/exec/s.ts:3:1): TypeError");
  });
});
