// The flow packages' problems as the runner reads them from the shipped action's stdout: one
// workflow command per problem, its file relative to the workspace and escaped as GitHub's
// runner unescapes it, and never more than GitHub shows per step (10 of each kind): the failure
// keeps its error annotation and a note says how many problems were left out.
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { workspacePath } from "../../src/action/publish.js";
import { rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { runInProcess } from "../helpers/run-in-process.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-annotations-");
});
afterEach(async () => {
  await repo.cleanup();
});

const STEP = '\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "s.ts"\n';

describe("annotations of the flow packages' problems", () => {
  it("warn at its line about a misspelt trigger type on any event, in a repository of more than 100 packages too", async () => {
    // Past 100 packages only those an event could match are parsed: a misspelt type matches none.
    for (let i = 0; i < 100; i += 1) {
      await writeFlow(repo.dir, { name: `own-${String(i).padStart(3, "0")}`, steps: [{ name: "s", trigger: `deploy.finished-${i}`, source: rawStep("completed") }] });
    }
    await writeFlow(repo.dir, { name: "typo", steps: [{ name: "s", trigger: "pul_request.opened", source: rawStep("completed") }] });

    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: { ref: "refs/heads/main", after: "a".repeat(40), commits: [] }, inputs: { checks: "off", comment: "off", state: "none" } });

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::warning"))).toEqual([
      '::warning title=flows-action,file=flows/typo/flow.toml,line=10,col=1::steps[0].trigger.type "pul_request.opened" matches no GitHub event: "pul_request" is not a GitHub event name. Did you mean "pull_request.opened"? (A type of your own FlowEvents may be anything; then leave it.)',
    ]);
  }, 60_000);

  it("name files relative to the workspace, escaped, at most 10 errors and 10 warnings, the rest counted", async () => {
    // A folder name with the characters a workflow command's properties must escape.
    const folders = ["a,b:c%d", ...Array.from({ length: 11 }, (_, i) => `bad-${String(i).padStart(2, "0")}`)];
    for (const folder of folders) {
      await writeText(join(repo.dir, "flows", folder, "s.ts"), "");
      await writeText(join(repo.dir, "flows", folder, "flow.toml"), `name = "${folder}"\nversion = "one"\n${STEP}`);
    }
    for (let i = 0; i < 12; i += 1) {
      await writeText(join(repo.dir, "flows", `warn-${String(i).padStart(2, "0")}`, "s.ts"), "");
      await writeText(join(repo.dir, "flows", `warn-${String(i).padStart(2, "0")}`, "flow.toml"), `name = "warn-${i}"\nversion = 1\ntrigers = 1\n${STEP}`);
    }

    const run = await runDistAction({ workspace: repo.dir, eventName: "push", payload: { ref: "refs/heads/main", after: "a".repeat(40), commits: [] }, inputs: { checks: "off", comment: "off", state: "none" } });

    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    const errors = lines.filter((line) => line.startsWith("::error"));
    const warnings = lines.filter((line) => line.startsWith("::warning"));
    expect(errors).toHaveLength(10);
    // 8 problems and the note about the 7 left out (3 errors, 4 warnings); the 10th is kept for a later note.
    expect(warnings).toHaveLength(9);
    expect(errors[0]).toBe(
      "::error title=flows-action,file=flows/a%2Cb%3Ac%25d/flow.toml,line=2,col=1::version is \"one\"; expected a finite number. Write it without quotes, e.g. version = 1.",
    );
    expect(errors[1]).toMatch(/^::error title=flows-action,file=flows\/bad-00\/flow\.toml,line=2,col=1::/);
    // The failure is the last error, and GitHub shows it.
    expect(errors[9]).toMatch(/^::error::12 errors in flow packages/);
    expect(warnings.at(-1)).toBe("::warning::7 more problems in flow packages are not shown as annotations; the job summary lists all 24.");
    expect(warnings[0]).toMatch(/^::warning title=flows-action,file=flows\/warn-00\/flow\.toml,line=3,col=1::unknown key "trigers"/);
    expect(run.summary).toContain("flows/warn-11/flow.toml:3");
  });

  it("write the paths inside a message relative to the workspace, as the annotation's file is", async () => {
    await writeFlow(repo.dir, { name: "twin", root: ".codex/flows", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "twin", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await writeText(join(repo.dir, "flows", "gone", "flow.toml"), `name = "gone"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "exec/missing.ts"\n`);

    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: { ref: "refs/heads/main", after: "a".repeat(40), commits: [] }, inputs: { checks: "off", comment: "off", state: "none" } });

    const lines = run.stdout.split("\n");
    expect(lines).toContain(
      '::error title=flows-action,file=flows/gone/flow.toml,line=7,col=1::steps[0].script "exec/missing.ts" does not exist (looked for flows/gone/exec/missing.ts); expected a file. Create the file or fix the path (it is relative to the package folder).',
    );
    expect(lines).toContain(
      '::warning title=flows-action,file=flows/twin/flow.toml,line=1,col=1::flow "twin" is also defined by .codex/flows/twin/flow.toml, which was found first, so flows/twin/flow.toml is ignored. Rename one of them or remove the stale copy.',
    );
    expect(run.summary).toContain("(looked for flows/gone/exec/missing.ts)");
    expect(run.summary).not.toContain(`${repo.dir}/flows`);
  }, 60_000);

  it("name a file by its path in the workspace, with / separators; a file outside it is not named", () => {
    expect(workspacePath("/w/repo/flows/a/flow.toml", "/w/repo")).toBe("flows/a/flow.toml");
    expect(workspacePath("/w/repo/flows/a/flow.toml", "/w/repo/")).toBe("flows/a/flow.toml");
    expect(workspacePath("flows/a/flow.toml", "/w/repo")).toBe("flows/a/flow.toml");
    expect(workspacePath("/w/repo", "/w/repo")).toBeUndefined();
    expect(workspacePath("/w/repo-2/flow.toml", "/w/repo")).toBeUndefined();
    expect(workspacePath("/etc/passwd", "/w/repo")).toBeUndefined();
    expect(workspacePath("/w/repo/..flows/flow.toml", "/w/repo")).toBe("..flows/flow.toml");
  });
});
