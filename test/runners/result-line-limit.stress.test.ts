import { describe, expect, it } from "vitest";
import { runFlowStep } from "../../src/runners/index.js";
import { MAX_FLOW_RESULT_BYTES } from "../../src/runners/result.js";
import { runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

// The limit is on a FLOW_RESULT's JSON (4 MiB), not on the line that carries it: the marker and
// what a logger prints before it do not count. A JSON of exactly 4 MiB was read as a cut line
// ("FLOW_RESULT too large (4194316 bytes, limit 4 MiB)"), because with its marker the line was
// longer than a piece of a long line.

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

/** A step that prints `before` + `FLOW_RESULT ` + a result whose JSON is `bytes` long, written in 64 KiB slices. */
function resultOfBytes(bytes: number, before = ""): string {
  return [
    'const empty = JSON.stringify({ status: "completed", message: "" });',
    `const json = JSON.stringify({ status: "completed", message: "m".repeat(${bytes} - empty.length) });`,
    `const line = ${JSON.stringify(before)} + "FLOW_RESULT " + json + "\\n";`,
    "for (let at = 0; at < line.length; at += 65536) process.stdout.write(line.slice(at, at + 65536));",
    'process.stdout.write("printed after the result\\n");',
  ].join("\n");
}

describe("a printed FLOW_RESULT at the 4 MiB limit", () => {
  it("is read when its JSON is exactly 4 MiB, with or without text before the marker", async () => {
    for (const before of ["", "2025-01-02T03:04:05Z info: "]) {
      const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source: resultOfBytes(MAX_FLOW_RESULT_BYTES, before) })));
      expect(outcome.error).toBeUndefined();
      expect(outcome.processStatus).toBe("completed");
      expect(outcome.result?.status).toBe("completed");
      expect(String(outcome.result?.message ?? "").length).toBe(MAX_FLOW_RESULT_BYTES - '{"status":"completed","message":""}'.length);
    }
  }, 60_000);

  it("fails the step when its JSON is one byte more, naming the JSON's size", async () => {
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source: resultOfBytes(MAX_FLOW_RESULT_BYTES + 1) })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toMatch(/^FLOW_RESULT too large \(4194305 bytes, limit 4 MiB\); print a smaller result/);
    // What it printed after the result is still in its output.
    expect(outcome.output).toContain("printed after the result");
  }, 60_000);
});
