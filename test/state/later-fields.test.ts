import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STATE_FILE_NAME } from "../../src/state/artifact-format.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { readZipEntry } from "../../src/zip-entry.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { artifactWorld, REPOSITORY, runIds, stateZip } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

// A newer flows-action of the same record format may add fields (record-check.ts allows them).
// A save by this version read the record, kept only the fields it knows, and wrote that back:
// the newer writer's fields were gone, without a word.

const LATER = { laterField: { kept: ["by", "older", "writers"] }, laterCount: 3 };

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-later-fields-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("fields a newer writer added to a record", () => {
  it("survive `flows replay` saving the record in a state folder", async () => {
    await writeFlow(repo.dir, { name: "e", steps: [{ name: "s", trigger: "test", source: rawStep("completed") }] });
    const dir = join(repo.dir, "state");
    const file = join(dir, ...eventRecordPath("evt-later").split("/"));
    await mkdir(dirname(file), { recursive: true });
    const stored = { ...makeRecord("evt-later", [], { type: "test" }), ...LATER };
    await writeFile(file, JSON.stringify(stored, null, 2));

    const { code, out, err } = await runCli(["replay", "evt-later", "--repo", repo.dir, "--state-dir", dir, "--no-color"], cliTestEnv());

    expect(code, `${out}${err}`).toBe(0);
    expect(out).toMatch(/completed \(replay\)\s+e\/s/);
    const saved = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown> & { runs: unknown[] };
    expect(saved.runs).toHaveLength(1);
    expect(saved).toMatchObject(LATER);
  }, 20_000);

  it("survive the artifact store's next delta and snapshot", async () => {
    const world = await artifactWorld();
    world.github.github.artifacts.add(REPOSITORY, {
      name: "flows-state-delta-99-1-later",
      zip: stateZip("delta", [{ ...makeRecord("evt-later", ["run_a"]), ...LATER }]),
      runId: 99,
    });
    const store = world.store(102, { compactAfter: 0 });
    const loaded = await store.loadEvent("evt-later");
    expect(runIds(loaded)).toEqual(["run_a"]);
    await store.saveEvent(makeRecord("evt-later", ["run_b"]));
    await store.flush();

    const snapshot = world.results.uploads.find((upload) => upload.name.includes("-snapshot-"));
    expect(snapshot).toBeDefined();
    const file = JSON.parse(readZipEntry(snapshot!.bytes, STATE_FILE_NAME, { maxBytes: 1 << 20 }).toString("utf8")) as {
      records: Array<Record<string, unknown>>;
    };
    expect(file.records).toHaveLength(1);
    expect(file.records[0]).toMatchObject(LATER);
    expect(runIds(await world.store(103).loadEvent("evt-later"))).toEqual(["run_a", "run_b"]);
    expect((await world.store(104).loadEvent("evt-later")) as unknown).toMatchObject(LATER);
    world.assertNoViolations();
  });
});
