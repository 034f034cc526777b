import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CliRun, flowsIn, writeEventFile } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-cli-");
});
afterEach(async () => {
  await repo.cleanup();
});

const flows = (...argv: string[]): Promise<CliRun> => flowsIn(repo.dir, ...argv);

describe("flows fire with an event file whose id is stored", () => {
  it("runs nothing of another event under that id, warning what differs; the same event again is a redelivery", async () => {
    // It ran the new type's steps and stored them under the first event, type and all.
    await writeFlow(repo.dir, { name: "onx", steps: [{ name: "s", trigger: "x", source: rawStep("completed") }] });
    await writeFlow(repo.dir, { name: "ony", steps: [{ name: "s", trigger: "y", source: rawStep("completed") }] });
    const first = await flows("fire", "--event", await writeEventFile(repo.dir, { id: "e1", type: "x", payload: { n: 1 } }));
    expect(first.code).toBe(0);
    const other = await flows("fire", "--event", await writeEventFile(repo.dir, { id: "e1", type: "y", payload: { n: 2 } }));
    expect(other.code).toBe(0);
    expect(other.out).toContain("event e1 type=y ran=0 already handled: 1 step (duplicate: nothing new ran)\n  ✅ completed (already handled)  onx/s");
    expect(other.out).toContain(
      'FlowEvent.id: warning: event "e1" is stored with other content (its payload.n, type differ), and a FlowEvent id names one event: this delivery was taken as a redelivery of the stored event, and none of its steps ran.',
    );
    expect(other.out).not.toContain("ony/s");
    const shown = await flows("show", "e1", "--json");
    const record = JSON.parse(shown.out) as { event: { type: string }; runs: Array<{ flowName: string }> };
    expect([record.event.type, record.runs.map((run) => run.flowName)]).toEqual(["x", ["onx"]]);
    const again = await flows("fire", "--event", await writeEventFile(repo.dir, { id: "e1", type: "x", payload: { n: 1 } }), "--json");
    expect(JSON.parse(again.out).status).toBe("duplicate");
  });
});
