import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { addMaskValue, MAX_STEP_MASK_CHARS, MAX_STEP_MASKS } from "../../src/action/step-masks.js";
import { logGroups } from "../../src/action/log-groups.js";
import type { FlowRunView } from "../../src/contracts.js";
import { Redactor } from "../../src/redact.js";
import { fakeIO } from "../helpers/fake-io.js";
import { runDistAction } from "../helpers/run-action.js";
import { commandsTheRunnerRuns } from "../helpers/runner-log.js";
import { type FlowBackendBehaviour, type ScriptedRun, startFlowBackend } from "../support/flow-backend.js";

// A flow step is written like any workflow step: one that fetched a credential masks it with
// `::add-mask::<value>` before it prints it. The action shows step output as plain text (no
// workflow command runs from it), so the runner never saw that command: the value then went
// out in the log, the job summary, the results output and the state record.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-step-masks-");
});
afterEach(async () => {
  await repo.cleanup();
});

const payload = { ref: "refs/heads/main", after: "a".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" } };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(join(entry.parentPath, entry.name), "utf8")));
}

describe("::add-mask:: printed by a flow step", () => {
  it("masks the value from then on, in the log, summary, outputs and state record, and has the runner mask it", async () => {
    const fetched = "tok-Zq81-fetched-at-runtime";
    const multi = "line-one-Kx7\nline-two-Pw3";
    const source = [
      "await Bun.stdin.text();",
      `console.log("::add-mask::${fetched}");`,
      // Leading white space, the properties form and the runner's escapes (%0A) are read as the runner reads them.
      `console.log("  ::add-mask kind=x::${multi.replace("\n", "%0A")}");`,
      // Too short to mask (the redactor's minimum): a title echoing `::add-mask::a` shreds nothing.
      'console.log("::add-mask::ok");',
      `console.log("using ${fetched} now");`,
      `console.log("line-two-Pw3 alone");`,
      `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "got ${fetched}" }));`,
    ].join("\n");
    await writeFlow(repo.dir, { name: "fetch", steps: [{ name: "token", trigger: "push", source }] });
    const run = await runDistAction({ workspace: repo.dir, eventName: "push", payload, inputs: { checks: "off", comment: "off", state: "file" } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("using *** now");
    expect(run.stdout).toContain("::add-mask::***");
    const masks = commandsTheRunnerRuns(run.stdout).filter((command) => command.name === "add-mask");
    expect(masks.map((command) => command.data)).toEqual([fetched, "line-one-Kx7%0Aline-two-Pw3"]);
    // Only the commands the action gave the runner hold the values; nothing else does.
    const rest = run.stdout
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    const records = await filesUnder(join(repo.dir, ".codex"));
    expect(records.join("\n")).toContain("got ***");
    for (const text of [rest, run.summary, JSON.stringify(run.outputs), ...records]) {
      expect(text).not.toContain(fetched);
      expect(text).not.toContain("line-two-Pw3");
    }
    expect(run.summary).toContain("got ***");
    expect(run.outputs.results).toContain("got ***");
  });
});

describe("::add-mask:: printed by a flow step on a flow backend (mode: http)", () => {
  const fetched = "tok-Hb52-fetched-on-the-backend";
  const other = "key-Vd90-printed-to-stderr";
  const scripts = (long: string): Record<string, ScriptedRun[]> => ({
    push: [
      {
        flow: "fetch",
        step: "token",
        output: `::add-mask::${fetched}\n${long}using ${fetched} now\n`,
        result: { status: "completed", message: `got ${fetched}` },
        afterMs: 60,
      },
      { flow: "fetch", step: "key", processStatus: "failed", error: `  ::add-mask kind=x::${other}\nrejected: ${other}`, afterMs: 60 },
    ],
  });

  async function runAgainst(behaviour: FlowBackendBehaviour, long = "") {
    const backend = await startFlowBackend({ scripts: scripts(long), behaviour });
    try {
      return await runDistAction({
        workspace: repo.dir,
        eventName: "push",
        payload,
        inputs: { mode: "http", "backend-url": backend.url, checks: "off", comment: "off", state: "none", "fail-on": "none" },
        env: { FLOWS_BACKEND_POLL_SECONDS: "0.05" },
      });
    } finally {
      await backend.close();
    }
  }

  function expectMasked(run: Awaited<ReturnType<typeof runDistAction>>): void {
    expect(run.code, run.stdout).toBe(0);
    const masks = commandsTheRunnerRuns(run.stdout).filter((command) => command.name === "add-mask");
    expect(masks.map((command) => command.data)).toEqual(expect.arrayContaining([fetched, other]));
    const rest = run.stdout
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    for (const text of [rest, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(fetched);
      expect(text).not.toContain(other);
    }
    expect(run.outputs.results).toContain("got ***");
  }

  it("masks what a run's output and error ask to mask, in the log, summary and outputs, and has the runner mask it", async () => {
    const run = await runAgainst({});
    expectMasked(run);
    expect(run.summary).toContain("using *** now");
    expect(run.summary).toContain("got ***");
  });

  it("masks what the older backend's stdout and stderr ask to mask, also when the mask is before the part of the output kept", async () => {
    // Kept, the output's last 8,000 bytes would hold the value, not the command that masked it.
    const run = await runAgainst({ older: "flow" }, `${"x".repeat(100)}\n`.repeat(120));
    expectMasked(run);
    expect(run.summary).toContain("using *** now");
  });
});

describe("addMaskValue", () => {
  it("reads the command as the runner does, and nothing else", () => {
    expect(addMaskValue("::add-mask::abcd1234")).toBe("abcd1234");
    expect(addMaskValue("\t ::ADD-MASK::abcd1234")).toBe("abcd1234");
    expect(addMaskValue("::add-mask a=b::abcd%0D%0Aef%25gh")).toBe("abcd\r\nef%gh");
    expect(addMaskValue("##[add-mask]abcd1234")).toBe("abcd1234");
    for (const other of ["echo ::add-mask::abcd1234", "::add-masks::abcd1234", "::add-mask::", "::add-mask::abc", "::add-mask:: ab ", "::error::abcd1234"]) {
      expect(addMaskValue(other), other).toBeUndefined();
    }
  });

  it(`honours at most ${MAX_STEP_MASKS} masks a job, then warns once`, () => {
    const io = fakeIO();
    const observer = logGroups(io, new Redactor());
    const run = { id: "r", flowName: "f", stepName: "s", effectiveStatus: "completed" } as FlowRunView;
    observer.onStepStart?.(run);
    for (let i = 0; i < MAX_STEP_MASKS + 5; i += 1) observer.onStepLine?.(run, "stdout", `::add-mask::value-${i}`);
    observer.onStepEnd?.(run);
    expect(io.secrets).toHaveLength(MAX_STEP_MASKS);
    expect(io.log.filter((line) => line.includes(`more than ${MAX_STEP_MASKS} ::add-mask::`))).toHaveLength(1);
  });

  it(`honours masks of at most ${MAX_STEP_MASK_CHARS} characters in all, then warns once: a stranger's masks stay within the redactor's linear search`, () => {
    const io = fakeIO();
    const observer = logGroups(io, new Redactor());
    const run = { id: "r", flowName: "f", stepName: "s", effectiveStatus: "completed" } as FlowRunView;
    observer.onStepStart?.(run);
    const big = (i: number) => `${i}`.padEnd(30_000, "q");
    for (let i = 0; i < 4; i += 1) observer.onStepLine?.(run, "stdout", `::add-mask::${big(i)}`);
    observer.onStepLine?.(run, "stdout", "::add-mask::short-value");
    observer.onStepEnd?.(run);
    expect(io.secrets).toEqual([big(0), big(1), "short-value"]);
    expect(io.log.filter((line) => line.includes("characters in all; the values of the rest are not masked"))).toHaveLength(1);
  });
});
