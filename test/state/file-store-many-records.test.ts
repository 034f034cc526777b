import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventRecordPath, serializeEventRecord } from "../../src/state/layout.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { makeRecord } from "./helpers.js";

// The file store keeps no index (README, Branch store): listings read every record, a dispatch
// only its event's. Measured with 20,000 records on a loaded 2-core machine: `flows fire` 0.5 s,
// `flows runs --limit 20` 2.5 to 4.9 s, `flows events --limit 20` 2.1 s, `flows show <run>` 2.2 s.
// Here every other record is damaged: a dispatch that read them would report each.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-many-records-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("a state folder of many records", () => {
  it("`flows fire` and its redelivery read their own event's record only", async () => {
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "test", source: rawStep("completed") }] });
    const dir = join(repo.dir, "state");
    for (let index = 0; index < 2000; index++) {
      const file = join(dir, ...eventRecordPath(`evt-${index}`).split("/"));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, index % 2 ? "{ damaged" : serializeEventRecord(makeRecord(`evt-${index}`, ["run_a"])));
    }
    const event = join(repo.dir, "ev.json");
    await writeFile(event, JSON.stringify({ id: "new-1", type: "test", payload: {} }));
    const fire = () => runCli(["fire", "--repo", repo.dir, "--event", event, "--state-dir", dir, "--no-color"], cliTestEnv());

    const first = await fire();
    expect(first.code, `${first.out}${first.err}`).toBe(0);
    expect(first.out).toMatch(/completed\s+e\/s/);
    const again = await fire();
    expect(again.code, `${again.out}${again.err}`).toBe(0);
    expect(again.out).toMatch(/already handled/);
    expect(`${first.out}${first.err}${again.out}${again.err}`).not.toMatch(/damaged|problem|not valid JSON/i);

    const runs = await runCli(["runs", "--repo", repo.dir, "--state-dir", dir, "--limit", "1", "--no-color"], cliTestEnv());
    // A listing does read every record: the damaged ones are reported there.
    expect(runs.err).toMatch(/not valid JSON[\s\S]*and \d+ more like it/);
  }, 120_000);
});
