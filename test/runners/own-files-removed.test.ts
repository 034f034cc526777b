import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { runFlowStep } from "../../src/runners/index.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, writeFlow } from "../helpers/flow-packages.js";
import { BUN_PATH, runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

// The dispatcher's temp folder (the watchdog raw steps preload, the module wrapper) is the
// steps' to remove too: a step cleaning up `$TMPDIR/*`, or a temp cleaner. Every later step of the
// delivery then failed with Bun's `preload not found`, its script never run.

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

const lines = (file: string): string[] => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n") : []);

/** A step that appends `label` to `log` when its script runs, then completes. */
const logging = (log: string, label: string, moduleStyle = false) =>
  moduleStyle
    ? `import { appendFileSync } from "node:fs";\nexport default () => { appendFileSync(${JSON.stringify(log)}, ${JSON.stringify(`${label}\n`)}); return { status: "completed" }; };`
    : `import { appendFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(log)}, ${JSON.stringify(`${label}\n`)});\nconsole.log('FLOW_RESULT {"status":"completed"}');`;

/**
 * A Bun that first removes the folder of the file it is asked to start with (the watchdog a raw
 * step preloads, `--preload FILE`, or a module-style step's wrapper) on its first `removals`
 * starts, then runs the real Bun: the step finds its files gone as it starts.
 */
function bunRemovingItsFolder(removals: number): { bunPath: string; starts: string } {
  const starts = path.join(dir, "starts.log");
  const bunPath = path.join(dir, "bun-removing-folder.sh");
  writeFileSync(
    bunPath,
    [
      "#!/bin/sh",
      `echo start >> "${starts}"`,
      `first="$1"; [ "$1" = "--preload" ] && first="$2"`,
      `case "$first" in */flows-action-*/*) [ "$(wc -l < "${starts}")" -le ${removals} ] && rm -rf "$(dirname "$first")" ;; esac`,
      `exec "${BUN_PATH}" "$@"`,
    ].join("\n"),
  );
  chmodSync(bunPath, 0o755);
  return { bunPath, starts };
}

describe("a step that removes the dispatcher's temp folder", () => {
  it("leaves the steps after it to run: raw and module-style, each once", async () => {
    const log = path.join(dir, "ran.log");
    const remove = [
      'import { readdirSync, rmSync } from "node:fs";',
      'import { tmpdir } from "node:os";',
      'for (const name of readdirSync(tmpdir())) if (name.startsWith("flows-action-" + process.ppid + "-")) rmSync(tmpdir() + "/" + name, { recursive: true });',
      'console.log(\'FLOW_RESULT {"status":"completed"}\');',
    ].join("\n");
    await writeFlow(dir, {
      name: "cleaner",
      steps: [
        { name: "clean", trigger: "go", source: remove },
        { name: "raw", trigger: "go", source: logging(log, "raw") },
        { name: "module", trigger: "go", source: logging(log, "module", true) },
      ],
    });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: dir, store: new MemoryStateStore(), bunPath: BUN_PATH });
    expect(outcome.runs.map((run) => [run.stepName, run.effectiveStatus, run.error])).toEqual([
      ["clean", "completed", undefined],
      ["raw", "completed", undefined],
      ["module", "completed", undefined],
    ]);
    expect(lines(log)).toEqual(["raw", "module"]);
  });
});

describe("a step whose files are removed as it starts", () => {
  it("is started again once they are made again, and its script runs once", async () => {
    const log = path.join(dir, "ran.log");
    const { bunPath, starts } = bunRemovingItsFolder(1);
    for (const moduleStyle of [false, true]) {
      writeFileSync(starts, "");
      const pkg = await writeStepPackage({ root: path.join(dir, String(moduleStyle)), source: logging(log, `module ${moduleStyle}`, moduleStyle) });
      const outcome = await runFlowStep(runOptions(pkg, { bunPath }));
      expect([outcome.processStatus, outcome.error, outcome.result]).toEqual(["completed", undefined, { status: "completed" }]);
      expect(outcome.output).toContain("[flows-action] flows-action's files for starting the step were removed as it started (by another step or a temp cleaner); starting the step again");
      expect(lines(starts)).toHaveLength(2);
    }
    expect(lines(log)).toEqual(["module false", "module true"]);
  });

  it("fails saying so, not Bun's \"preload not found\", when they are removed again, and its script never runs", async () => {
    const log = path.join(dir, "ran.log");
    const { bunPath, starts } = bunRemovingItsFolder(2);
    const pkg = await writeStepPackage({ root: dir, source: logging(log, "raw") });
    const outcome = await runFlowStep(runOptions(pkg, { bunPath }));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toMatch(/^not started: flows-action's files for starting the step were removed as it started \(by another step or a temp cleaner\), twice; the step's script did not run\. Keep steps from removing flows-action-\* folders in /);
    expect(lines(starts)).toHaveLength(2);
    expect(lines(log)).toEqual([]);
  });
});
