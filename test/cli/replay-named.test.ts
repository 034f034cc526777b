// `flows replay` of an event whose step `flows run <flow> <step>` started by name (a step with no
// trigger, or --ignore-trigger): the replay runs what that run ran, as it was started, instead of
// matching the event against triggers again and running nothing. Real Bun steps, `flows` in process.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultStateDir, eventRecordPath } from "../../src/state/layout.js";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-replay-named-");
  await writeFlow(repo.dir, {
    name: "e",
    steps: [
      { name: "notrigger", source: rawStep("completed", "ran by hand") },
      { name: "gated", trigger: "deploy.requested", source: rawStep("completed", "gated ran") },
      { name: "other", trigger: "ev", source: rawStep("completed", "other ran") },
    ],
  });
});
afterEach(async () => {
  await repo.cleanup();
});

type Brief = { runs: Array<{ stepName: string; attempts: Array<{ number: number; replay?: boolean; named?: string }> }> };

describe("flows replay of a step flows run started by name", () => {
  it("runs again a step with no trigger that flows run started", async () => {
    const event = await writeEventFile(repo.dir, flowEvent("ev", "evt-hand"));
    expect((await flowsIn(repo.dir, "run", "e", "notrigger", "--event", event)).code).toBe(0);
    const replay = await flowsIn(repo.dir, "replay", "evt-hand", "--json");
    expect(replay.err).not.toContain("did not run again");
    expect(replay.code, replay.err).toBe(0);
    const runs = (JSON.parse(replay.out) as Brief).runs.filter((run) => run.stepName === "notrigger");
    expect(runs.map((run) => run.attempts.map(({ number, replay, named }) => ({ number, replay, named })))).toEqual([
      [
        { number: 1, replay: undefined, named: "untriggered" },
        { number: 2, replay: true, named: "untriggered" },
      ],
    ]);
  });

  it("runs again a step flows run --ignore-trigger started, though its trigger does not match", async () => {
    const event = await writeEventFile(repo.dir, flowEvent("ev", "evt-forced"));
    expect((await flowsIn(repo.dir, "run", "e", "gated", "--event", event, "--ignore-trigger")).code).toBe(0);
    const replay = await flowsIn(repo.dir, "replay", "evt-forced", "--json");
    expect(replay.code, replay.err).toBe(0);
    expect(replay.err).not.toContain("did not run again");
    // Said: the record (outside text) is what made it run against its trigger.
    expect(replay.err).toContain("flows: e/gated ran again though the event does not match its trigger: the stored record says `flows run --ignore-trigger` started it so.\n");
    const gated = (JSON.parse(replay.out) as Brief).runs.find((run) => run.stepName === "gated");
    expect(gated?.attempts.map(({ replay, named }) => ({ replay, named }))).toEqual([
      { replay: undefined, named: "any" },
      { replay: true, named: "any" },
    ]);
  });

  it("replays a record from before attempts said how they started: a step with no trigger runs again, one whose trigger does not match is said, with what to type", async () => {
    const first = await writeEventFile(repo.dir, flowEvent("ev", "evt-old"));
    expect((await flowsIn(repo.dir, "run", "e", "notrigger", "--event", first)).code).toBe(0);
    expect((await flowsIn(repo.dir, "run", "e", "gated", "--event", first, "--ignore-trigger")).code).toBe(0);
    // As an older flows-action wrote it: no `named` on any attempt.
    const file = join(defaultStateDir(repo.dir), eventRecordPath("evt-old"));
    const text = await readFile(file, "utf8");
    expect(text).toContain('"named"');
    await writeFile(file, text.replace(/,\s*"named": "(?:untriggered|any)"/g, ""));

    const replay = await flowsIn(repo.dir, "replay", "evt-old");
    expect(replay.out).toContain("e/notrigger");
    expect(replay.err).toContain(
      'flows: a stored step of the event did not run again, since the event does not match its trigger now (a replay runs what matches, and what `flows run` started by name):\n  e/gated: trigger type "deploy.requested" does not match event type "ev"\n',
    );
    expect(replay.err).toContain("To run one anyway: `flows forget evt-old");
    expect(replay.err).toContain("`flows run e gated --event event.json --ignore-trigger");
    expect(replay.err).not.toContain("    at ");
  });
  it("runs only the step flows run named when that is all the event ran, saying which matching steps it skipped and how to run one; every matching one once the event was fired", async () => {
    const event = await writeEventFile(repo.dir, flowEvent("ev", "evt-only"));
    expect((await flowsIn(repo.dir, "run", "e", "notrigger", "--event", event)).code).toBe(0);
    const replay = await flowsIn(repo.dir, "replay", "evt-only", "--json");
    expect(replay.code, replay.err).toBe(0);
    // e/other matches "ev" but never ran for this event: not started by its replay.
    expect((JSON.parse(replay.out) as Brief).runs.map((run) => run.stepName)).toEqual(["notrigger"]);
    expect(replay.err).toContain(
      "flows: replayed only e/notrigger, which `flows run` started by name, as the event ran nothing else; skipped e/other: it matches the event but never ran for it. " +
        `To run one for this event: \`flows run e other --event event.json --repo ${repo.dir}\` (event.json: the "event" of \`flows show evt-only --repo ${repo.dir} --json\`).\n`,
    );
    const shown = JSON.parse((await flowsIn(repo.dir, "show", "evt-only", "--json")).out) as Brief;
    expect(shown.runs.map((run) => run.stepName)).toEqual(["notrigger"]);
    // The command it suggests runs that step for the event, beside the replayed one.
    await writeFile(event, JSON.stringify(JSON.parse((await flowsIn(repo.dir, "show", "evt-only", "--json")).out).event));
    expect((await flowsIn(repo.dir, "run", "e", "other", "--event", event)).code).toBe(0);
    const after = JSON.parse((await flowsIn(repo.dir, "show", "evt-only", "--json")).out) as Brief;
    expect(after.runs.map((run) => run.stepName).sort()).toEqual(["notrigger", "other"]);

    // An event fired as well ran what it matched: its replay runs every matching step again, as a replay does.
    const both = await writeEventFile(repo.dir, flowEvent("ev", "evt-both"));
    expect((await flowsIn(repo.dir, "fire", "--event", both)).code).toBe(0);
    expect((await flowsIn(repo.dir, "run", "e", "notrigger", "--event", both)).code).toBe(0);
    const again = await flowsIn(repo.dir, "replay", "evt-both", "--json");
    expect(again.code, again.err).toBe(0);
    expect((JSON.parse(again.out) as Brief).runs.map((run) => run.stepName).sort()).toEqual(["notrigger", "other"]);
    expect(again.err).not.toContain("skipped");
    expect(again.err).not.toContain("replayed only");
  });
});
