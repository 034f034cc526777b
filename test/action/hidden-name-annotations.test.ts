// A flow.toml name holding a bidirectional control or an invisible character (which `flows new`
// refuses) as the action's annotations show it: a warning at the name's line, on any event, in a
// repository of more than 100 packages too, where a package no event type of the push could
// match is otherwise left unparsed (src/flows/deferred.ts).
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-hidden-name-annotations-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("annotations of a flow.toml name holding a hidden character", () => {
  it("warn at the name's line, escaped, on an event none of its steps is for, in a repository of more than 100 packages", async () => {
    for (let i = 0; i < 100; i += 1) {
      await writeFlow(repo.dir, { name: `own-${String(i).padStart(3, "0")}`, steps: [{ name: "s", trigger: `deploy.finished-${i}`, source: rawStep("completed") }] });
    }
    await writeText(join(repo.dir, "flows", "notes", "exec", "s.ts"), rawStep("completed"));
    await writeText(
      join(repo.dir, "flows", "notes", "flow.toml"),
      'name = "notes"\nversion = 1\n\n[[steps]]\nname = "sum\u202Emary"\nrunner = "bun"\nscript = "exec/s.ts"\n\n[steps.trigger]\ntype = "demo"\n',
    );

    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload: { ref: "refs/heads/main", after: "a".repeat(40), commits: [] }, inputs: { checks: "off", comment: "off", state: "none" } });

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::warning"))).toEqual([
      '::warning title=flows-action,file=flows/notes/flow.toml,line=5,col=1::steps[0].name "sum\\u202emary" holds U+202E, an invisible character which changes the order the name is shown in (the text after it can read reversed). ' +
        'It runs as the older runtime ran it, and summaries, check runs and logs show the character escaped. Rename it "summary" (flows new refuses such names).',
    ]);
    expect(run.stdout).not.toContain("\u202E");
  }, 60_000);
});
