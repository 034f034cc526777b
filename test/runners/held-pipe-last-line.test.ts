import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runFlowStep } from "../../src/runners/index.js";
import type { StepOutputStream } from "../../src/runners/types.js";
import { runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

const holders: number[] = [];
afterEach(() => {
  for (const pid of holders.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Stopped by the runner, as it should be.
    }
  }
});

describe("a step that exits while a child of its keeps the output pipes open", () => {
  it("keeps its last line printed without a newline: the FLOW_RESULT is read, and told to onLine before the step ends", async () => {
    // The pipes were destroyed and the outcome read at once; the last line, handed out only once
    // the destroyed streams closed a tick later, came too late: "no FLOW_RESULT line on stdout".
    const pidFile = path.join(dir, "holder.pid");
    const source = [
      'const holder = Bun.spawn(["sleep", "30"], { stdout: "inherit", stderr: "inherit" });',
      `await Bun.write(${JSON.stringify(pidFile)}, String(holder.pid));`,
      'console.error("on stderr, no newline either");',
      'process.stderr.write("last words");',
      'process.stdout.write(\'FLOW_RESULT {"status":"changed","message":"no newline"}\');',
      "holder.unref();",
      "process.exit(0);",
    ].join("\n");
    const lines: Array<[StepOutputStream, string]> = [];
    let ended = false;
    const outcome = await runFlowStep(
      runOptions(await writeStepPackage({ root: dir, source }), {
        onLine: (stream, line) => {
          if (!ended) lines.push([stream, line]);
        },
      }),
    );
    ended = true;
    holders.push(Number(readFileSync(pidFile, "utf8")));
    expect([outcome.processStatus, outcome.error, outcome.result]).toEqual(["completed", undefined, { status: "changed", message: "no newline" }]);
    expect(lines.filter(([stream]) => stream === "stdout")).toEqual([["stdout", 'FLOW_RESULT {"status":"changed","message":"no newline"}']]);
    // (A note on the held pipe's `sleep` as a stray process too, when it was not gone yet: left out.)
    expect(lines.filter(([stream, line]) => stream === "stderr" && !/ stray process/.test(line))).toEqual([
      ["stderr", "on stderr, no newline either"],
      ["stderr", "last words"],
      // Told with the step's lines too, so its log says it (test/engine/step-notices.test.ts).
      ["stderr", "[flows-action] stopped leftover processes that kept the step's output open after it exited"],
    ]);
    expect(outcome.output).toContain("stopped leftover processes");
  });
});
