import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, writeFlow } from "../helpers/flow-packages.js";
import { BUN_PATH, tempDirEachTest } from "./helpers.js";

// Discovery checks that a step's script is a regular file, but a step that ran before may have
// replaced the next one's since: a named pipe blocked the dispatcher's read of it for good (the
// job never ended, the step's timeout not yet started), a link to /dev/zero read until memory ran out.

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

const completes = 'console.log(\'FLOW_RESULT {"status":"completed"}\');';

describe("a step script replaced after discovery by what is not a regular file", () => {
  it.each([
    ["a named pipe", 'Bun.spawnSync(["mkfifo", "exec/next.ts"]);', "a named pipe (FIFO)"],
    ["a link to a device", 'symlinkSync("/dev/null", "exec/next.ts");', "a device"],
  ])("fails that step, saying so at once, when it is %s; the other flows run", async (_what, make, kind) => {
    const swap = ['import { rmSync, symlinkSync } from "node:fs";', 'rmSync("exec/next.ts");', make, completes].join("\n");
    await writeFlow(dir, {
      name: "swapper",
      steps: [
        { name: "swap", trigger: "go", source: swap },
        { name: "next", trigger: "go", source: completes },
      ],
    });
    await writeFlow(dir, { name: "other", steps: [{ name: "s", trigger: "go", source: completes }] });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: dir, store: new MemoryStateStore(), bunPath: BUN_PATH });
    expect(outcome.runs.map((run) => [run.flowName, run.stepName, run.effectiveStatus])).toEqual([
      ["other", "s", "completed"],
      ["swapper", "swap", "completed"],
      ["swapper", "next", "failed"],
    ]);
    const script = path.join(dir, "flows", "swapper", "exec", "next.ts");
    expect(outcome.runs[2]?.error).toBe(
      `cannot read the script of step "next" (exec/next.ts → ${script}): it is ${kind} now, not a regular file; check what replaced it (a step that ran before?)`,
    );
  }, 20_000);

  it("reads a script through a link to a regular file as before", async () => {
    await writeFlow(dir, { name: "linked", steps: [{ name: "s", trigger: "go", source: completes }] });
    const script = path.join(dir, "flows", "linked", "exec", "s.ts");
    execFileSync("mv", [script, `${script}.real`]);
    execFileSync("ln", ["-s", "s.ts.real", script]);
    const outcome = await dispatch(flowEvent("go"), { repoRoot: dir, store: new MemoryStateStore(), bunPath: BUN_PATH });
    expect(outcome.runs.map((run) => [run.stepName, run.effectiveStatus, run.error])).toEqual([["s", "completed", undefined]]);
  });
});
