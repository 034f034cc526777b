import { describe, expect, it } from "vitest";
import { MAX_MATRIX_JOBS, jobStepsOf, planMatrix, readJobSteps, readStepSelection } from "../../src/action/scale-out.js";
import { runIdFor } from "../../src/engine/ids.js";

const steps = (flows: number, perFlow: number) =>
  Array.from({ length: flows }, (_, f) => Array.from({ length: perFlow }, (_, s) => ({ flowName: `flow-${f}`, stepName: `step-${s}` }))).flat();

describe("planMatrix", () => {
  it("gives each matching flow one job that holds its steps in manifest order", () => {
    const { matrix, batched } = planMatrix(steps(128, 3));
    expect(batched).toBe(false);
    expect(matrix.include).toHaveLength(128);
    expect(matrix.include[1]).toEqual({
      index: 1,
      name: "flow-1",
      steps: JSON.stringify([
        { flow: "flow-1", step: "step-0" },
        { flow: "flow-1", step: "step-1" },
        { flow: "flow-1", step: "step-2" },
      ]),
    });
  });

  it("never splits a flow's steps across jobs, however many steps match", () => {
    const { matrix, batched } = planMatrix(steps(256, 4));
    expect(batched).toBe(false);
    expect(matrix.include).toHaveLength(256);
    for (const entry of matrix.include) expect(new Set(readStepSelection(entry.steps).map((s) => s.flow)).size).toBe(1);
  });

  it("deals more than 256 flows into 256 batches, keeping each flow's steps together and in order", () => {
    const planned = steps(300, 3);
    const { matrix, batched } = planMatrix(planned);
    expect(batched).toBe(true);
    expect(matrix.include).toHaveLength(MAX_MATRIX_JOBS);
    const all = matrix.include.flatMap((entry) => readStepSelection(entry.steps));
    expect(all).toHaveLength(900);
    for (const entry of matrix.include) {
      const selected = readStepSelection(entry.steps);
      const byFlow = new Map<string, string[]>();
      for (const { flow, step } of selected) byFlow.set(flow, [...(byFlow.get(flow) ?? []), step]);
      for (const list of byFlow.values()) expect(list).toEqual(["step-0", "step-1", "step-2"]);
      expect(entry.name).toBe(byFlow.size === 1 ? [...byFlow.keys()][0] : `batch ${entry.index + 1} (${byFlow.size} flows, ${selected.length} steps)`);
    }
    expect(JSON.stringify(matrix).length).toBeLessThan(1_000_000);
  });

  it("refuses a steps input that is not a plan's list", () => {
    expect(() => readStepSelection("bindings/regenerate")).toThrow(/Input "steps" must be the JSON list a plan job wrote/);
    expect(() => readStepSelection("[]")).toThrow(/Input "steps"/);
  });
});

describe("jobStepsOf", () => {
  it("lists each job's steps by run id, in matrix order, and nothing past what one input holds", () => {
    const { matrix } = planMatrix(steps(3, 2));
    const jobs = JSON.parse(jobStepsOf(matrix, "e")) as string[][];
    expect(jobs).toEqual(matrix.include.map((entry) => readStepSelection(entry.steps).map((s) => runIdFor("e", s.flow, s.step))));
    // 256 jobs of 25 steps each: 6,400 run ids, about 120 KiB.
    const big = planMatrix(steps(256, 25)).matrix;
    expect(jobStepsOf(big, "e")).toBe("");
    expect(readJobSteps(jobStepsOf(matrix, "e")).jobs?.map((ids) => [...ids])).toEqual(jobs);
  });
});
