import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// The event input's id and type reach log lines, summaries, file names and terminals. Flow names
// refused C1 controls and the Unicode line breaks; an event id took them, and the summary showed
// `a\u0085b` as "ab".

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-event-controls-");
  await writeFlow(repo.dir, { name: "notes", steps: [{ name: "write", trigger: "deploy", source: rawStep("completed") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

describe("the event input", () => {
  it.each([
    ["NEL (U+0085) in the id", { id: "a\u0085b", type: "deploy" }, "id"],
    ["CSI (U+009B) in the id", { id: "a\u009b2Jb", type: "deploy" }, "id"],
    ["a paragraph separator (U+2029) in the type", { id: "a-1", type: "dep\u2029loy" }, "type"],
  ])("is refused with %s, and nothing runs", async (_label, event, key) => {
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "workflow_dispatch",
      payload: {},
      inputs: { state: "none", checks: "off", comment: "off", event: JSON.stringify({ ...event, payload: {} }) },
    });
    expect(run.code).toBe(1);
    expect(run.io.failed).toContain(`"${key}" contains a control character`);
    expect(run.stdout).not.toContain("notes/write");
  });
});
