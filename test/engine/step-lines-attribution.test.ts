import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// Sixteen steps at once, one of them slow: every line the observer hears is told for the step
// that printed it, whole and in its order, never after that step's end; the others end first.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

/** Prints `count` lines on each stream, each written in two parts with a pause between. */
const chatty = (name: string, count: number, slowFile?: string) =>
  [
    'import { existsSync } from "node:fs";',
    `for (let i = 0; i < ${count}; i++) {`,
    `  process.stdout.write("${name} out " + i + " first half ");`,
    "  await Bun.sleep(1);",
    '  process.stdout.write("second half\\n");',
    `  process.stderr.write("${name} err " + i + "\\n");`,
    "}",
    slowFile ? `while (!existsSync(${JSON.stringify(slowFile)})) await Bun.sleep(20);` : "",
    'console.log(\'FLOW_RESULT {"status":"completed"}\');',
  ].join("\n");

describe("step output at concurrency 16", () => {
  it("is told line by line for the step that printed it, whole and in order, while a slow step runs on", async () => {
    const release = `${repo.dir}/release`;
    const names = Array.from({ length: 16 }, (_, i) => `f${String(i).padStart(2, "0")}`);
    for (const name of names) {
      await writeFlow(repo.dir, { name, steps: [{ name: "s", trigger: "go", source: chatty(name, 40, name === "f00" ? release : undefined) }] });
    }
    const heard = new Map<string, { out: string[]; err: string[] }>();
    const ended: string[] = [];
    const late: string[] = [];
    const { writeFile } = await import("node:fs/promises");
    const outcome = await dispatch(flowEvent("go"), {
      repoRoot: repo.dir,
      store: new MemoryStateStore(),
      concurrency: 16,
      observer: {
        onStepLine: (run, stream, line) => {
          if (ended.includes(run.flowName)) late.push(`${run.flowName}: ${line}`);
          const lines = heard.get(run.flowName) ?? { out: [], err: [] };
          (stream === "stdout" ? lines.out : lines.err).push(line);
          heard.set(run.flowName, lines);
        },
        onStepEnd: (run) => {
          ended.push(run.flowName);
          // The slow step is let go once every other step has ended.
          if (ended.length === names.length - 1) void writeFile(release, "");
        },
      },
    });
    expect(outcome.runs.map((run) => [run.flowName, run.effectiveStatus])).toEqual(names.map((name) => [name, "completed"]));
    expect(ended.at(-1)).toBe("f00");
    expect(late).toEqual([]);
    for (const name of names) {
      const expected = Array.from({ length: 40 }, (_, i) => `${name} out ${i} first half second half`);
      expect(heard.get(name)?.out).toEqual([...expected, 'FLOW_RESULT {"status":"completed"}']);
      expect(heard.get(name)?.err).toEqual(Array.from({ length: 40 }, (_, i) => `${name} err ${i}`));
    }
  }, 60_000);
});
