import { describe, expect, it } from "vitest";
import { runFlowStep } from "../../src/runners/index.js";
import { runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

describe("a module-style step whose default export exits the process instead of returning", () => {
  it("takes a FLOW_RESULT it printed before exiting as its result, as the older runtime's wrapper did", async () => {
    // The older runtime's wrapper printed the returned value last on stdout, and the runner read
    // the last FLOW_RESULT line: a function that exits first leaves the line it printed as the
    // result. A flow written for it runs unchanged.
    const source = [
      "export default async () => {",
      '  console.log(\'FLOW_RESULT {"status":"completed","message":"printed, then exited"}\');',
      "  process.exit(0);",
      "};",
    ].join("\n");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("completed");
    expect(outcome.result).toMatchObject({ status: "completed", message: "printed, then exited" });
  });

  it("fails saying it did not return when it printed no FLOW_RESULT", async () => {
    const source = ["export default async () => {", '  console.log("working");', "  process.exit(0);", "};"].join("\n");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.result).toBeUndefined();
    expect(outcome.exitCode).toBe(0);
    expect(outcome.error).toBe(
      "the default export of exec/step.ts did not return: the process exited with code 0 before it did " +
        "(process.exit() called while it ran?); return a FlowResult instead of exiting" +
        "\nLast lines of stdout:\nworking",
    );
  });

  it("says the same when it printed nothing, not that a raw script must print FLOW_RESULT", async () => {
    const source = "export default () => {\n  process.exit(0);\n};";
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toMatch(/^the default export of exec\/step\.ts did not return: the process exited with code 0 before it did/);
  });
});

describe("a module-style step that makes its result file a named pipe", () => {
  it("fails saying so, and the dispatcher does not wait on the pipe", async () => {
    // The result file's path is the wrapper's last argument: a named pipe there blocked the
    // dispatcher's read of the result for good, so the job never ended.
    const source = 'export default () => {\n  Bun.spawnSync(["mkfifo", process.argv.at(-1)]);\n  process.exit(0);\n};';
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toBe(
      "the file flows-action reads a module-style step's result from was replaced by a named pipe (FIFO) while the step ran, so its result cannot be read; " +
        "leave that file (the last argument in process.argv) alone",
    );
  }, 20_000);
});
