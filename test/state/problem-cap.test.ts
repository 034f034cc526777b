import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runsCommand } from "../../src/cli/state-commands.js";
import { briefOutcome } from "../../src/cli/commands.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, serializeEventRecord } from "../../src/state/layout.js";
import { PROBLEMS_SHOWN_PER_KIND } from "../../src/state/problems.js";
import { renderSummary } from "../../src/report/summary.js";
import { flowEvent, rawStep, writeFlow } from "../helpers/flow-packages.js";
import { makeRecord, storeContext, tempDir } from "./helpers.js";

// A listing of 100,000 damaged records printed one line for each (36 MB of problem text in
// `flows runs`, and as many warnings in a dispatch's outcome and job summary). The first few of
// each kind are listed; each kind's rest is one line with an exact count.

/** `damaged` records that are not JSON, `illTyped` whose runs is not a list, and one good record. */
function writeStore(dir: string, damaged: number, illTyped: number): void {
  const write = (id: string, text: string) => {
    const file = join(dir, ...eventRecordPath(id).split("/"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  for (let index = 0; index < damaged; index++) write(`bad-${index}`, `{"formatVersion": 1, "event": ${index}`);
  for (let index = 0; index < illTyped; index++) {
    write(`typed-${index}`, JSON.stringify({ ...makeRecord(`typed-${index}`, []), runs: index + 1 }));
  }
  write("good", serializeEventRecord(makeRecord("good", ["run_good"])));
}

function capture(store: FileStateStore, json = false) {
  let err = "";
  const ctx = {
    ...storeContext(store),
    json,
    err: (text: string) => {
      err += text;
    },
  };
  return { ctx, err: () => err };
}

describe("problems of a store with many bad records", () => {
  it("flows runs lists the first of each kind and counts the rest, exactly, in text and JSON", async () => {
    const dir = await tempDir();
    writeStore(dir, 150, 45);

    const text = capture(new FileStateStore({ dir }));
    expect(await runsCommand(text.ctx, {})).toBe(0);
    expect(text.ctx.output()).toContain("run_good");
    const lines = text.err().split("\n").filter(Boolean);
    expect(lines.filter((line) => line.includes(": skipped: "))).toHaveLength(2 * PROBLEMS_SHOWN_PER_KIND);
    const more = lines.filter((line) => line.startsWith("and "));
    expect(more).toHaveLength(2);
    expect(more.join("\n")).toContain(`and ${150 - PROBLEMS_SHOWN_PER_KIND} more like it (150 in all of this kind`);
    expect(more.join("\n")).toContain(`and ${45 - PROBLEMS_SHOWN_PER_KIND} more like it (45 in all of this kind`);
    expect(lines).toHaveLength(2 * PROBLEMS_SHOWN_PER_KIND + 2);

    const json = capture(new FileStateStore({ dir }), true);
    await runsCommand(json.ctx, {});
    const { storeProblems } = JSON.parse(json.err());
    expect(storeProblems.count).toBe(195);
    expect(storeProblems.problems).toHaveLength(2 * PROBLEMS_SHOWN_PER_KIND);
    expect(storeProblems.leftOut.map((kind: { count: number }) => kind.count).sort()).toEqual([130, 25]);
  });

  it("a dispatch reports the first of each kind, a warning per kind for the rest, and the exact count", async () => {
    const dir = await tempDir();
    writeStore(dir, 300, 0);
    const repo = await tempDir("flows-repo-");
    await writeFlow(repo, { name: "notes", steps: [{ name: "write", trigger: "release.published", source: rawStep("changed") }] });
    const store = new FileStateStore({ dir });
    // What the artifact store does at its first lookup: every record read (here a listing).
    await store.listEvents();

    const outcome = await dispatch(flowEvent("release.published", "evt-1"), { repoRoot: repo, store });
    const storeWarnings = outcome.problems.filter((problem) => problem.message.startsWith("state record: "));
    expect(storeWarnings).toHaveLength(PROBLEMS_SHOWN_PER_KIND + 1);
    expect(storeWarnings.at(-1)!.message).toContain(`and ${300 - PROBLEMS_SHOWN_PER_KIND} more like it (300 in all`);
    expect(outcome.storeProblemCount).toBe(300);
    expect(briefOutcome(outcome).storeProblemCount).toBe(300);
    expect(renderSummary(outcome).length).toBeLessThan(30_000);

    // Reported once: the next dispatch of the job does not say them again.
    const again = await dispatch(flowEvent("release.published", "evt-2"), { repoRoot: repo, store });
    expect(again.problems.filter((problem) => problem.message.startsWith("state record: "))).toEqual([]);
  });
});
