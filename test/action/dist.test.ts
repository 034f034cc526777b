import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { commandsTheRunnerRuns } from "../helpers/runner-log.js";

// The smoke test of the shipped bundle (dist/index.js, rebuilt first when src/ changed): the
// modes themselves are tested in process from src/ (dispatch-mode.test.ts and the others).

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

describe("dist/index.js", () => {
  it("runs once for a real release: outputs, summary, a log group, the token masked, step output inert", async () => {
    await writeFlow(repo.dir, {
      name: "on-release",
      steps: [
        {
          name: "announce",
          trigger: "release.published",
          schema: { type: "object", required: ["repo", "tag"], properties: { tag: { type: "string" } } },
          source: [
            "const ctx = JSON.parse(await Bun.stdin.text());",
            'console.log("tag is " + ctx.flow.event.payload.tag);',
            'console.log("::add-mask::x");',
            'console.log("::error::y");',
            'console.log("::stop-commands::z");',
            'console.log("::warning::after z");',
            'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "announced " + ctx.flow.event.payload.tag }));',
          ].join("\n"),
        },
      ],
    });
    const token = "ghs_supersecrettokenvalue123";
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "release",
      payload: releasePublished,
      inputs: { "github-token": token, checks: "off", comment: "off" },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const tag = releasePublished.release.tag_name;
    const eventId = `github:release.published:${releasePublished.repository.full_name}:${tag}`;
    expect(run.stdout.match(/^Event release\.published → /gm)).toHaveLength(1);
    expect(run.outputs["event-id"]).toBe(eventId);
    expect(run.outputs.matched).toBe("1");
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results[0]).toMatchObject({ flowName: "on-release", stepName: "announce", effectiveStatus: "changed" });
    expect(run.summary).toContain(`| on-release | announce | ✅ changed | announced ${tag} |`);
    expect(run.stdout).toContain("::group::on-release/announce");
    expect(run.stdout).toContain(`tag is ${tag}`);
    expect(run.stdout.split("\n").filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`]);
    // What the step printed is in the log, and the runner runs none of it.
    expect(run.stdout).toContain("::error::y");
    const commands = commandsTheRunnerRuns(run.stdout);
    expect(commands.map((command) => command.name)).toEqual(["add-mask", "group", "endgroup"]);
    expect(commands[0]?.data).toBe(token);
  });
});

describe("dist/index.js's start", () => {
  it("loads neither node:crypto nor an HTTP client for an event no flow matches, and still writes its outputs", async () => {
    await writeFlow(repo.dir, { name: "unrelated", steps: [{ name: "s", trigger: "release.published", source: "" }] });
    // A hook Node runs first writes the builtins the action loaded, as it exits.
    const hook = join(repo.dir, "modules-hook.mjs");
    const list = join(repo.dir, "modules.json");
    await writeFile(hook, `process.on("exit", () => process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r", name: "r", owner: { login: "o" } } },
      inputs: { state: "none", checks: "off", comment: "off" },
      env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.matched).toBe("0");
    const loaded = (JSON.parse(await readFile(list, "utf8")) as string[]).filter((entry) => entry.startsWith("NativeModule "));
    expect(loaded.length).toBeGreaterThan(20);
    // node:crypto costs a cold start 4–6 ms on Node 24, the HTTP stack far more (the 2.5× guard).
    expect(loaded.filter((entry) => /^NativeModule (crypto|internal\/crypto\/|https?$|tls$|_http_)/.test(entry))).toEqual([]);
  });
});
