// What a flow written for the older runtime (peezy-tech/codex-flows) meets under `flows`: its
// `run <flow> <step>` ran the named step whatever its trigger (its docs: "Use explicit `run` when
// you are debugging one step and do not want trigger matching to select other steps"), its local
// client kept handled events in .codex/flow-client/state.json, and a step's `::add-mask::` line
// is a step's way to keep a value it fetched out of every log. Real Bun steps, `flows` in process.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv, flowsIn, flowsProcessIn, runCli, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-older-parity-");
});
afterEach(async () => {
  await repo.cleanup();
});

// A build of dist/ is waited for here, not within the time of the tests that run it (DIST_BUILD_WAIT_MS).
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

describe("flows run <flow> <step>, as the older runner's run", () => {
  beforeEach(async () => {
    await writeFlow(repo.dir, {
      name: "e",
      steps: [
        { name: "notrigger", source: rawStep("completed", "ran by hand") },
        { name: "gated", trigger: "deploy.requested", source: rawStep("completed", "gated ran") },
        { name: "other", trigger: "ev", source: rawStep("completed", "other ran") },
      ],
    });
  });

  it("runs a step that has no [steps.trigger], and that step alone", async () => {
    const event = await writeEventFile(repo.dir, flowEvent("ev", "evt-manual"));
    const run = await flowsIn(repo.dir, "run", "e", "notrigger", "--event", event, "--json");
    expect(run.err).not.toContain("no event runs it");
    expect(run.code).toBe(0);
    const document = JSON.parse(run.out) as { runs: Array<{ stepName: string; effectiveStatus: string; resultPayload?: { message?: string } }> };
    expect(document.runs.map((each) => [each.stepName, each.effectiveStatus, each.resultPayload?.message])).toEqual([["notrigger", "completed", "ran by hand"]]);
    // Recorded as any run: the store shows it.
    const shown = await flowsIn(repo.dir, "runs", "--event", "evt-manual", "--json");
    expect(shown.out).toContain('"stepName": "notrigger"');
    // `flows fire` still runs no untriggered step: only what the event's type reaches.
    const fired = await flowsIn(repo.dir, "fire", "--event", await writeEventFile(repo.dir, flowEvent("ev", "evt-fired")), "--json");
    expect((JSON.parse(fired.out) as { runs: Array<{ stepName: string }> }).runs.map((each) => each.stepName)).toEqual(["other"]);
  });

  it("refuses a step whose trigger does not match the event, naming --ignore-trigger, which runs it", async () => {
    const event = await writeEventFile(repo.dir, flowEvent("ev", "evt-gated"));
    const refused = await flowsIn(repo.dir, "run", "e", "gated", "--event", event);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('e/gated does not match this event: trigger type "deploy.requested" does not match event type "ev"');
    expect(refused.err).toContain("--ignore-trigger");
    expect(refused.out).not.toContain("gated ran");

    const forced = await flowsIn(repo.dir, "run", "e", "gated", "--event", event, "--ignore-trigger", "--json");
    expect(forced.code).toBe(0);
    const document = JSON.parse(forced.out) as { runs: Array<{ stepName: string; resultPayload?: { message?: string } }>; mismatches: Array<{ step: string }> };
    expect(document.runs.map((each) => [each.stepName, each.resultPayload?.message])).toEqual([["gated", "gated ran"]]);
    expect(document.mismatches.map((each) => each.step)).not.toContain("gated");
  });

  it("takes --ignore-trigger only with flows run", async () => {
    const event = await writeEventFile(repo.dir, flowEvent("ev", "evt-fire-flag"));
    const run = await flowsIn(repo.dir, "fire", "--event", event, "--ignore-trigger");
    expect(run.code).toBe(2);
  });
});

/** The older runtime's local client (packages/flow-runtime/src/local-client.ts) saved its state so. */
function olderState(eventId: string): string {
  const event = { id: eventId, type: "ev", receivedAt: "2025-01-01T00:00:00.000Z", payload: {} };
  const run = {
    id: "run_0123456789ab",
    eventId,
    flowName: "e",
    flowVersion: "1.0.0",
    stepName: "other",
    runner: "bun",
    backend: "local",
    processStatus: "completed",
    resultStatus: "completed",
    status: "completed",
    effectiveStatus: "completed",
    needsAttention: false,
    attemptCount: 1,
    attempts: [],
    output: [],
    createdAt: "2025-01-01T00:00:00.000Z",
  };
  return JSON.stringify({ events: [{ event, createdAt: "2025-01-01T00:00:01.000Z", runIds: [run.id] }], runs: [run] }, null, 2);
}

describe("the older runtime's .codex/flow-client/state.json", () => {
  let stateFile: string;
  beforeEach(async () => {
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "other", trigger: "ev", source: rawStep("completed", "other ran") }] });
    await mkdir(join(repo.dir, ".codex", "flow-client"), { recursive: true });
    stateFile = join(repo.dir, ".codex", "flow-client", "state.json");
  });

  it("warns, naming the file, when the event fired is one the older runtime handled", async () => {
    await writeFile(stateFile, olderState("evt-old"));
    const run = await flowsIn(repo.dir, "fire", "--event", await writeEventFile(repo.dir, flowEvent("ev", "evt-old")));
    expect(run.code).toBe(0);
    expect(run.err).toContain("warning: event evt-old was handled by the older codex-flows runtime");
    expect(run.err).toContain(".codex/flow-client/state.json");
    expect(run.err).toContain("so its steps ran again here");
    // Said once, and the file is left as it was.
    expect(run.err.split("older codex-flows runtime").length).toBe(2);
    expect(await readFile(stateFile, "utf8")).toBe(olderState("evt-old"));
    // Handled by flows now: a redelivery runs nothing, and nothing is said about the older file.
    const again = await flowsIn(repo.dir, "fire", "--event", join(repo.dir, "event.json"));
    expect(again.err).toContain("was handled before, so nothing ran");
    expect(again.err).not.toContain("older codex-flows runtime");
  });

  it("looks in --state-dir too, where that runtime may have been pointed", async () => {
    const dir = join(repo.dir, "older-state");
    await mkdir(dir);
    await writeFile(join(dir, "state.json"), olderState("evt-elsewhere"));
    const run = await flowsIn(repo.dir, "fire", "--event", await writeEventFile(repo.dir, flowEvent("ev", "evt-elsewhere")), "--state-dir", dir);
    expect(run.code).toBe(0);
    expect(run.err).toContain("older-state/state.json");
    expect(run.err).toContain("warning: event evt-elsewhere was handled by the older codex-flows runtime");
  });

  it("says what a dry run would do", async () => {
    await writeFile(stateFile, olderState("evt-old"));
    const run = await flowsIn(repo.dir, "fire", "--event", await writeEventFile(repo.dir, flowEvent("ev", "evt-old")), "--dry-run");
    expect(run.code).toBe(0);
    expect(run.err).toContain("so its steps would run again here");
  });

  it("says nothing for an event the older runtime did not handle", async () => {
    await writeFile(stateFile, olderState("evt-old"));
    const run = await flowsIn(repo.dir, "fire", "--event", await writeEventFile(repo.dir, flowEvent("ev", "evt-new")));
    expect(run.code).toBe(0);
    expect(run.err).not.toContain("state.json");
  });

  it("reads a huge, damaged or odd file within bounds and says what it is", async () => {
    const event = await writeEventFile(repo.dir, flowEvent("ev", "evt-hostile"));
    // Larger than the read bound: not read at all.
    await writeFile(stateFile, Buffer.alloc(40 * 1024 * 1024, 0x20));
    const huge = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");
    expect(huge.code).toBe(0);
    expect(huge.err).toContain("warning: .codex/flow-client/state.json");
    expect(huge.err).toContain("is larger than");
    expect(huge.out).toContain("e/other");

    await writeFile(stateFile, '{"events": [ {"event": {"id": "evt-hostile"');
    const damaged = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");
    expect(damaged.code).toBe(0);
    expect(damaged.err).toContain("is not JSON");

    await writeFile(stateFile, JSON.stringify({ events: "nope", runs: 3 }));
    const odd = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");
    expect(odd.code).toBe(0);
    expect(odd.err).toContain("not the older runtime's state");

    await writeFile(stateFile, "");
    await (await import("node:fs/promises")).rm(stateFile);
    await mkdir(stateFile);
    const folder = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");
    expect(folder.code).toBe(0);
    expect(folder.err).toContain("could not be read");
  });
});

describe("a step's ::add-mask:: under flows", () => {
  const SECRET = "fetched-credential-Zq81xW";
  const MASKING_STEP = [
    "await Bun.stdin.text();",
    `const value = ["fetched", "credential", "Zq81xW"].join("-");`,
    'console.log("::add-mask::" + value);',
    'console.log("the value is " + value);',
    'console.error("on stderr: " + value);',
    'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "got " + value }));',
  ].join("\n");

  beforeEach(async () => {
    await writeFlow(repo.dir, { name: "masker", steps: [{ name: "fetch", trigger: "ev", source: MASKING_STEP }] });
  });

  it("masks the value in what flows prints and in the record it stores", async () => {
    await ensureFreshDist();
    const event = await writeEventFile(repo.dir, flowEvent("ev", "evt-mask"));
    const run = await runCli(["--repo", repo.dir, "--no-color", "fire", "--event", event], cliTestEnv());
    expect(run.code).toBe(0);
    expect(run.err).toContain("[masker/fetch] the value is ***");
    expect(run.err).toContain("[masker/fetch] on stderr: ***");
    expect(`${run.out}${run.err}`).not.toContain(SECRET);
    expect(run.out).toContain("got ***");

    // In a process of its own (this one's redactor has the value now), with --json.
    await writeEventFile(repo.dir, flowEvent("ev", "evt-mask-json"));
    const json = flowsProcessIn(repo.dir, ["fire", "--event", "event.json", "--json"]);
    expect(json.code).toBe(0);
    expect(json.out).toContain('"stepName": "fetch"');
    expect(json.err).toContain("[masker/fetch] the value is ***");
    expect(`${json.out}${json.err}`).not.toContain(SECRET);

    // The stored records, read as files: no copy of the value.
    const stored = await filesUnder(join(repo.dir, ".codex", "flow-client"));
    expect(stored.length).toBeGreaterThan(0);
    for (const text of stored) expect(text).not.toContain(SECRET);
  }, 180_000);
});

async function filesUnder(dir: string): Promise<string[]> {
  const texts: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) texts.push(await readFile(join(entry.parentPath, entry.name), "utf8"));
  }
  return texts;
}
