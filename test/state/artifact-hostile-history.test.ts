import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { STATE_FILE_FORMAT, STATE_FILE_NAME } from "../../src/state/artifact-format.js";
import { packEntry, zipArchive } from "../helpers/zip.js";
import { artifactWorld, hoursAgo, REPOSITORY, runIds, stateZip, zipOf } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

// A busy repository: thousands of other tools' artifacts, old state the newest snapshot holds,
// expired artifacts, and hostile state artifacts in the snapshot's window. A read lists only down
// to the snapshot's window and downloads only what it needs; each bad artifact or record is
// reported under its name and costs only itself.

const OTHER_NAMES = ["coverage-report", "playwright-traces", "dist", "flows-statex", "flows-state", "sbom.spdx.json"];

describe("the artifact store in a repository with a long artifact history", () => {
  it("lists down to the newest snapshot's window only, downloads what it does not hold, and skips each hostile artifact alone", async () => {
    const world = await artifactWorld();
    const artifacts = world.github.github.artifacts;
    const other = (index: number, createdAt: string) =>
      artifacts.add(REPOSITORY, { name: `${OTHER_NAMES[index % OTHER_NAMES.length]}-${index}`, zip: zipOf({ "x.txt": "x" }), createdAt });
    // Ids grow with creation, as the listing's newest-first order needs: oldest first.
    let index = 0;
    for (let day = 30; day >= 1; day--) {
      for (let k = 0; k < 140; k++) other(index++, hoursAgo(day * 24 - k / 10));
      // Old state the snapshot holds: never downloaded.
      artifacts.add(REPOSITORY, { name: `flows-state-delta-${day}-1-old`, zip: stateZip("delta", [makeRecord(`evt-old-${day}`, ["run_x"])]), createdAt: hoursAgo(day * 24) });
    }
    artifacts.add(REPOSITORY, { name: "flows-state-snapshot-5-1-expired", zip: stateZip("snapshot", [], { coversThrough: hoursAgo(100), includes: [] }), createdAt: hoursAgo(100), expired: true });
    artifacts.add(REPOSITORY, { name: "flows-state-snapshot-9-1-held", zip: stateZip("snapshot", [makeRecord("evt-held", ["run_h"])], { coversThrough: hoursAgo(2), includes: [] }), createdAt: hoursAgo(2) });
    const window: Array<[string, Uint8Array]> = [
      ["flows-state-delta-10-1-good", stateZip("delta", [makeRecord("evt-new", ["run_n"])])],
      ["flows-state-delta-10-1-schema", stateZip("delta", [makeRecord("evt-fine", ["run_f"]), { ...makeRecord("evt-bad", ["run_b"]), runs: [{ id: 7 }] }])],
      ["flows-state-delta-10-1-notzip", new TextEncoder().encode("PK\u0003\u0004 not really")],
      ["flows-state-delta-10-1-slip", zipOf({ [`../${STATE_FILE_NAME}`]: JSON.stringify({ format: STATE_FILE_FORMAT }), "../../etc/passwd": "root" })],
      ["flows-state-delta-10-1-bomb", new Uint8Array(zipArchive([{ ...packEntry(STATE_FILE_NAME, "", { stored: false }), data: deflateRawSync(Buffer.alloc(64 << 20, 32)), size: 64 << 20 }]))],
      ["flows-state-delta-10-1-expired", stateZip("delta", [makeRecord("evt-expired", ["run_e"])])],
      ["flows-state-delta-10-1-deleted", stateZip("delta", [makeRecord("evt-deleted", ["run_d"])])],
    ];
    for (const [name, zip] of window) {
      for (let k = 0; k < 150; k++) other(index++, hoursAgo(1.9 - k / 1000));
      artifacts.add(REPOSITORY, { name, zip, createdAt: hoursAgo(1), expired: name.endsWith("expired") });
    }
    // Listed, but deleted before its download: GitHub answers 404.
    const deleted = artifacts.list(REPOSITORY).find((artifact) => artifact.name.endsWith("-deleted"))!;
    world.github.failNext({ path: new RegExp(`/actions/artifacts/${deleted.id}/zip$`), status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" } });
    const total = artifacts.list(REPOSITORY).length;
    expect(total).toBeGreaterThan(5000);
    const newer = artifacts.list(REPOSITORY).filter((artifact) => Date.parse(artifact.created_at!) > Date.now() - 3.5 * 3_600_000).length;

    const store = world.store(500, { maxStateFileBytes: 16 << 20 });
    expect(runIds(await store.loadEvent("evt-held"))).toEqual(["run_h"]);
    expect(runIds(await store.loadEvent("evt-new"))).toEqual(["run_n"]);
    expect(runIds(await store.loadEvent("evt-fine"))).toEqual(["run_f"]);
    expect(await store.loadEvent("evt-bad")).toBeUndefined();
    expect(await store.loadEvent("evt-old-3")).toBeUndefined(); // the snapshot, which holds it, says it never ran

    // Pages down to the window only (100 a page), not the whole history; downloads: the snapshot
    // and the window's deltas but the expired one.
    expect(store.stats.listRequests).toBeLessThanOrEqual(Math.ceil(newer / 100) + 1);
    expect(store.stats.listRequests).toBeLessThan(total / 100 / 2);
    expect(world.count("actions/download-artifact")).toBe(1 + window.length - 1);
    const problems = Object.fromEntries(store.problems.map((problem) => [problem.path, problem.message]));
    expect(Object.keys(problems).sort()).toEqual([
      "flows-state-delta-10-1-bomb",
      "flows-state-delta-10-1-deleted",
      "flows-state-delta-10-1-expired",
      "flows-state-delta-10-1-notzip",
      "flows-state-delta-10-1-schema: records[1]",
      "flows-state-delta-10-1-slip",
    ]);
    expect(problems["flows-state-delta-10-1-bomb"]).toMatch(/skipped/);
    expect(problems["flows-state-delta-10-1-slip"]).toMatch(/no file named flows-state.json.*skipped/);
    expect(problems["flows-state-delta-10-1-expired"]).toMatch(/forgotten/);
    expect(problems["flows-state-delta-10-1-deleted"]).toMatch(/deleted.*forgotten/);
    expect(problems["flows-state-delta-10-1-schema: records[1]"]).toMatch(/record skipped/);
    world.assertNoViolations();
  }, 120_000);
});
