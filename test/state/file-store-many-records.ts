import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { eventRecordPath, serializeEventRecord } from "../../src/state/layout.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { rawStep, writeFlow } from "../helpers/flow-packages.js";
import { makeRecord } from "./helpers.js";

/**
 * `flows fire` and its redelivery in `repoDir`, over a state folder of `records` event records,
 * every other one damaged: a dispatch that read them would report each; a listing does.
 * (file-store-many-records.test.ts with a few dozen, its .stress.test.ts with thousands.)
 */
export async function fireAmongRecords(repoDir: string, records: number): Promise<void> {
  await writeFlow(repoDir, { name: "e", steps: [{ name: "s", trigger: "test", source: rawStep("completed") }] });
  const dir = join(repoDir, "state");
  for (let index = 0; index < records; index++) {
    const file = join(dir, ...eventRecordPath(`evt-${index}`).split("/"));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, index % 2 ? "{ damaged" : serializeEventRecord(makeRecord(`evt-${index}`, ["run_a"])));
  }
  const event = join(repoDir, "ev.json");
  await writeFile(event, JSON.stringify({ id: "new-1", type: "test", payload: {} }));
  const fire = () => runCli(["fire", "--repo", repoDir, "--event", event, "--state-dir", dir, "--no-color"], cliTestEnv());

  const first = await fire();
  expect(first.code, `${first.out}${first.err}`).toBe(0);
  expect(first.out).toMatch(/completed\s+e\/s/);
  const again = await fire();
  expect(again.code, `${again.out}${again.err}`).toBe(0);
  expect(again.out).toMatch(/already handled/);
  expect(`${first.out}${first.err}${again.out}${again.err}`).not.toMatch(/damaged|problem|not valid JSON/i);

  const runs = await runCli(["runs", "--repo", repoDir, "--state-dir", dir, "--limit", "1", "--no-color"], cliTestEnv());
  // A listing does read every record: the damaged ones are reported there.
  expect(runs.err).toMatch(/not valid JSON[\s\S]*and \d+ more like it/);
}
