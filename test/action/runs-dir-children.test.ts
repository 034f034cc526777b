// A runs file's child events (the events its steps led to with FlowResult.next) were all kept
// by the report job, every file's at once: 256 files of forged or runaway children could take its
// memory. Each file's are now cut to a cap per file and one over all files, as soon as the file is
// read, and every cut is said. The heavy case (20 files × 10,000 children in a capped heap) is in
// runs-dir-children.stress.test.ts.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import { CHILD_LIMITS, childFiles, readRunsDir, type RunsFile } from "../../src/action/scale-out.js";
import { DEFAULT_MAX_RUNS } from "../../src/engine/dispatch-types.js";
import { bigPushEvent, completedRun, writeRunsFilesWithChildren } from "../helpers/runs-files.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-runs-children-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const event = bigPushEvent(256);
const count = (list: RunsFile[]): number => list.reduce((n, child) => n + 1 + count(child.children), 0);

/** A child event, and the events it led to, each naming the run that asked for it, as a run-step job writes them. */
function child(id: string, children: RunsFile[] = [], filler = ""): RunsFile {
  const next: FlowEvent = { id, type: "chain.next", receivedAt: "2026-11-26T00:00:01Z", payload: { filler } };
  const run = completedRun(next, "chain", "next");
  return { version: 1, event: next, runs: [run], children: askedBy(run.id, children) };
}

function askedBy(runId: string, children: RunsFile[]): RunsFile[] {
  return children.map((each) => ({ ...each, requestedBy: runId }));
}

/** A job's runs file holding its one step's run and `tree`, the child events that run asked for. */
function jobFile(tree: RunsFile[]): string {
  const run = completedRun(event, "flow-0", "s");
  return JSON.stringify({ version: 1, event, runs: [run], children: askedBy(run.id, tree) });
}

describe("the report job's runs files' child events", () => {
  it(`keeps ${DEFAULT_MAX_RUNS} of a file's (as many as a run-step job dispatches), and says how many it dropped`, async () => {
    await writeRunsFilesWithChildren(dir, event, { count: 2, children: DEFAULT_MAX_RUNS + 5, childPayloadBytes: 16 });
    const collected = await readRunsDir(dir, { event });
    expect(collected.files.map((file) => file.children.length)).toEqual([DEFAULT_MAX_RUNS, DEFAULT_MAX_RUNS]);
    // The first ones, in the file's order.
    expect(collected.files[0]?.children.at(-1)?.event.id).toBe(`next:0:${DEFAULT_MAX_RUNS - 1}`);
    expect(collected.problems).toEqual([0, 1].map((index) => ({
      severity: "error",
      file: join(dir, `flows-runs-1-${index}`, "runs.json"),
      message: expect.stringMatching(new RegExp(`^child events cut: 5 child events \\(the events its steps led to with next\\), holding 5 runs, were past a runs file's cap of ${DEFAULT_MAX_RUNS} child events`)),
    })));
    expect(count(childFiles(collected.files))).toBe(2 * DEFAULT_MAX_RUNS);
  });

  it("counts children at every depth, and cuts by bytes too, keeping a later event that fits", async () => {
    const folder = join(dir, "flows-runs-1-0");
    await mkdir(folder, { recursive: true });
    const tree = [child("a", [child("a.1"), child("a.2", [child("a.2.x")])]), child("big", [], "z".repeat(4000)), child("b", [child("b.1")]), child("c")];
    await writeFile(join(folder, "runs.json"), jobFile(tree));
    // Room for five of the small ones (each event with its runs, as JSON), not six.
    const small = (id: string) => Buffer.byteLength(JSON.stringify({ event: child(id).event, runs: child(id).runs }));
    const fileBytes = 5 * small("a.2.x") + 10;
    expect(6 * small("c")).toBeGreaterThan(fileBytes);
    const collected = await readRunsDir(dir, { event, limits: { ...CHILD_LIMITS, fileBytes } });
    const ids = (list: RunsFile[]): unknown[] => list.map((each) => (each.children.length > 0 ? [each.event.id, ids(each.children)] : each.event.id));
    // a, a.1, a.2, a.2.x, b: big does not fit, nor b.1 or c after b.
    expect(ids(collected.files[0]?.children ?? [])).toEqual([["a", ["a.1", ["a.2", ["a.2.x"]]]], "b"]);
    expect(collected.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining(`child events cut: 3 child events (the events its steps led to with next), holding 3 runs, were past a runs file's cap of ${DEFAULT_MAX_RUNS} child events and ${fileBytes} bytes`),
    ]);
  });

  it("drops an event past the count with the events it led to", async () => {
    const folder = join(dir, "flows-runs-1-0");
    await mkdir(folder, { recursive: true });
    const tree = [child("a", [child("a.1")]), child("b", [child("b.1", [child("b.1.x")])])];
    await writeFile(join(folder, "runs.json"), jobFile(tree));
    const collected = await readRunsDir(dir, { event, limits: { ...CHILD_LIMITS, fileCount: 2 } });
    expect(collected.files[0]?.children.map((each) => [each.event.id, each.children.length])).toEqual([["a", 1]]);
    expect(collected.problems.map((problem) => problem.message)).toEqual([expect.stringContaining("child events cut: 3 child events (the events its steps led to with next), holding 3 runs, were past a runs file's cap of 2 child events")]);
  });

  it("holds the report's cap over all files, each file's cut said, and reads the files after it", async () => {
    await writeRunsFilesWithChildren(dir, event, { count: 3, children: 4, childPayloadBytes: 16 });
    const collected = await readRunsDir(dir, { event, limits: { ...CHILD_LIMITS, reportCount: 6 } });
    expect(collected.files.map((file) => [file.runs.length, file.children.length])).toEqual([
      [1, 4],
      [1, 2],
      [1, 0],
    ]);
    expect(collected.problems.map((problem) => [problem.file, problem.message.replace(/, were past .*/, "")])).toEqual([
      [join(dir, "flows-runs-1-1", "runs.json"), "child events cut: 2 child events (the events its steps led to with next), holding 2 runs"],
      [join(dir, "flows-runs-1-2", "runs.json"), "child events cut: 4 child events (the events its steps led to with next), holding 4 runs"],
    ]);
    expect(collected.problems[0]?.message).toContain("past the report's cap of 6 child events");
  });
});
