import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { commandsTheRunnerRuns, groupsOf } from "../helpers/runner-log.js";

// The job log when steps run side by side: one group per step, opened and closed once, never
// one inside another, and each step's lines inside its own group. Step output is plain text.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-log-");
});
afterEach(async () => {
  await repo.cleanup();
});

const payload = { ref: "refs/heads/main", after: "a".repeat(40), before: "0".repeat(40), repository: { full_name: "octo-org/octo-repo" } };

/** A step that prints numbered lines, pausing between them so the steps' lines interleave. */
function chatty(name: string, pauseMs: number): string {
  return [
    "for (let i = 0; i < 5; i += 1) {",
    `  console.log("${name} line " + i);`,
    `  await Bun.sleep(${pauseMs});`,
    "}",
    `console.log('FLOW_RESULT {"status":"completed","message":"${name} done"}');`,
  ].join("\n");
}

describe("log groups", () => {
  it("gives 4 concurrent steps one group each, none nested, each step's lines in its own group", async () => {
    const names = ["alpha", "bravo", "charlie", "delta"];
    for (const [i, name] of names.entries()) {
      await writeFlow(repo.dir, { name, steps: [{ name: "s", trigger: "push", source: chatty(name, 20 + 15 * i) }] });
    }
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs: { state: "none", concurrency: "4" } });
    expect(run.code, run.stdout).toBe(0);

    const groups = groupsOf(run.stdout);
    expect(groups.map((group) => group.name).sort()).toEqual(names.map((name) => `${name}/s`));
    for (const name of names) {
      const group = groups.find((each) => each.name === `${name}/s`);
      const own = group?.lines.filter((line) => line.startsWith(`${name} line `));
      expect(own).toEqual([0, 1, 2, 3, 4].map((i) => `${name} line ${i}`));
      expect(group?.lines.filter((line) => / line \d$/.test(line) && !line.startsWith(name))).toEqual([]);
    }
    // Outside the groups, each step's status line; no step line is outside its group.
    const outside = run.stdout.split("\n").filter((line) => / line \d$/.test(line));
    expect(outside).toHaveLength(20);
    for (const name of names) expect(run.stdout).toContain(`${name}/s: completed — ${name} done`);
  });

  it("cuts a long result message on the step's status line, without leaving part of a token", async () => {
    const token = `ghp_${"Q1w2E3r4T5y6".repeat(3)}`;
    // The token straddles the cut at 500 characters.
    const message = `${"x".repeat(490)}${token} ${"y ".repeat(100_000)}`;
    const source = `console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: ${JSON.stringify(message)} }));`;
    await writeFlow(repo.dir, { name: "long", steps: [{ name: "s", trigger: "push", source }] });
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs: { state: "none" } });
    expect(run.code, run.stdout).toBe(0);
    const status = run.stdout.split("\n").find((line) => line.startsWith("long/s: completed — "));
    expect(status).toBeDefined();
    expect(status?.length).toBeLessThan(700);
    expect(status).toMatch(/… \(\d+ more characters: the job summary and the results output have the message\)$/);
    expect(status).not.toMatch(/ghp|Q1w2/);
  });

  it("prints what a step prints without the runner running any of it", async () => {
    await writeFlow(repo.dir, {
      name: "sneaky",
      steps: [{ name: "s", trigger: "push", source: ['console.log("::add-mask::x");', 'console.log("::error::y");', 'console.log("::stop-commands::z");', 'console.log("::warning::w");', 'console.error("::set-output name=a::b");', rawStep("completed")].join("\n") }],
    });
    await writeFlow(repo.dir, { name: "quiet", steps: [{ name: "s", trigger: "push", source: ['console.log("::notice::from a buffered step");', rawStep("completed")].join("\n") }] });
    // No token here, so checks and the comment are off: their warning would be a command of ours.
    const run = await runInProcess({ workspace: repo.dir, eventName: "push", payload, inputs: { state: "none", concurrency: "2", checks: "off", comment: "off" } });
    expect(run.code, run.stdout).toBe(0);
    for (const printed of ["::add-mask::x", "::error::y", "::stop-commands::z", "::warning::w", "::set-output name=a::b", "::notice::from a buffered step"]) {
      expect(run.stdout).toContain(printed);
    }
    const names = commandsTheRunnerRuns(run.stdout).map((command) => command.name);
    expect(names.filter((name) => name === "group")).toHaveLength(2);
    expect(names.filter((name) => !["group", "endgroup"].includes(name))).toEqual([]);
  });
});

describe("logGroups, step by step", () => {
  it("prints steps that end beside the live one as whole groups after it, then streams the next", async () => {
    const { logGroups } = await import("../../src/action/log-groups.js");
    const { fakeIO } = await import("../helpers/fake-io.js");
    const io = fakeIO();
    const observer = logGroups(io);
    const run = (name: string): FlowRunView => ({ id: name, flowName: name, stepName: "s", effectiveStatus: "completed" }) as FlowRunView;
    const [a, b, c, d] = [run("a"), run("b"), run("c"), run("d")] as const;
    observer.onStepStart?.(a);
    observer.onStepStart?.(b);
    observer.onStepStart?.(c);
    observer.onStepLine?.(b, "stdout", "b 1");
    observer.onStepLine?.(a, "stdout", "a 1");
    observer.onStepLine?.(c, "stderr", "c 1");
    observer.onStepEnd?.(c);
    observer.onStepLine?.(b, "stdout", "b 2");
    observer.onStepEnd?.(a);
    observer.onStepLine?.(b, "stdout", "b 3");
    observer.onStepStart?.(d);
    observer.onStepLine?.(d, "stdout", "d 1");
    observer.onStepEnd?.(d);
    observer.onStepEnd?.(b);
    expect(groupsOf(io.log.join("\n"))).toEqual([
      { name: "a/s", lines: ["a 1"] },
      { name: "c/s", lines: ["c 1"] },
      { name: "b/s", lines: ["b 1", "b 2", "b 3"] },
      { name: "d/s", lines: ["d 1"] },
    ]);
  });
});

describe("step output in the log", () => {
  it("shows a step's bidirectional controls and invisible format characters as escapes, live and buffered", async () => {
    // Written as the step printed them: "Tests \u202Edeliaf\u202C" read as "Tests failed" reversed.
    const { logGroups } = await import("../../src/action/log-groups.js");
    const { fakeIO } = await import("../helpers/fake-io.js");
    const io = fakeIO();
    const observer = logGroups(io);
    const run = (name: string): FlowRunView => ({ id: name, flowName: name, stepName: "s", effectiveStatus: "completed" }) as FlowRunView;
    const [live, buffered] = [run("live"), run("buffered")] as const;
    observer.onStepStart?.(live);
    observer.onStepStart?.(buffered);
    observer.onStepLine?.(live, "stdout", "Tests \u202Edeliaf\u202C on main");
    observer.onStepLine?.(buffered, "stdout", "pay\u200bpal \u2066x\u2069 \ufeffbom \u001b[32mgreen\u001b[0m 👩‍💻");
    observer.onStepEnd?.(buffered);
    observer.onStepEnd?.(live);
    const log = io.log.join("\n");
    expect(log).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
    expect(groupsOf(log)).toEqual([
      { name: "live/s", lines: ["Tests \\u202edeliaf\\u202c on main"] },
      // Colours and the joiners of an emoji stay as the step wrote them.
      { name: "buffered/s", lines: ["pay\\u200bpal \\u2066x\\u2069 \\ufeffbom \u001b[32mgreen\u001b[0m 👩‍💻"] },
    ]);
  });

  it("masks a secret's base64 that a step printed wrapped over lines, live and buffered", async () => {
    const { logGroups } = await import("../../src/action/log-groups.js");
    const { fakeIO } = await import("../helpers/fake-io.js");
    const { Redactor } = await import("../../src/redact.js");
    const secret = "sk-live-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRS";
    const base64 = Buffer.from(`x-access-token:${secret}`).toString("base64");
    const lines = [base64.slice(0, 76), base64.slice(76)];
    const io = fakeIO();
    const observer = logGroups(io, new Redactor().add(secret));
    const run = (name: string): FlowRunView => ({ id: name, flowName: name, stepName: "s", effectiveStatus: "completed" }) as FlowRunView;
    const [live, buffered] = [run("live"), run("buffered")] as const;
    observer.onStepStart?.(live);
    observer.onStepStart?.(buffered);
    for (const each of [live, buffered]) for (const line of [...lines, "done"]) observer.onStepLine?.(each, "stdout", line);
    observer.onStepEnd?.(buffered);
    observer.onStepEnd?.(live);
    const groups = groupsOf(io.log.join("\n"));
    expect(groups.map((group) => group.lines.length)).toEqual([3, 3]);
    for (const group of groups) {
      // What is left of each line is only the few characters that also hold the bytes around the secret.
      for (const line of group.lines.slice(0, 2)) expect(line.replace("***", "").length).toBeLessThanOrEqual(24);
      expect(group.lines[2]).toBe("done");
    }
  });

  // A tool's base64 on stdout with progress lines on stderr between its lines: held as one text
  // for the step, the stderr line ended the wrapped text, and the lines after it were shown whole.
  it("masks a secret's wrapped base64 on stdout when stderr lines come between its lines", async () => {
    const { logGroups } = await import("../../src/action/log-groups.js");
    const { fakeIO } = await import("../helpers/fake-io.js");
    const { Redactor } = await import("../../src/redact.js");
    const secret = "sk-live-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRS-tuvwxyz-9876543210-qwertyuiop-asdfghjkl-zxcvbnm";
    const base64 = Buffer.from(`x-access-token:${secret}`).toString("base64");
    const lines = base64.match(/.{1,76}/g)!;
    expect(lines.length).toBe(3);
    const io = fakeIO();
    const observer = logGroups(io, new Redactor().add(secret));
    const step = { id: "step", flowName: "tool", stepName: "s", effectiveStatus: "completed" } as FlowRunView;
    observer.onStepStart?.(step);
    for (const [i, line] of lines.entries()) {
      observer.onStepLine?.(step, "stdout", line);
      observer.onStepLine?.(step, "stderr", `progress ${i + 1}/3`);
    }
    observer.onStepLine?.(step, "stdout", "done");
    observer.onStepEnd?.(step);
    const [group] = groupsOf(io.log.join("\n"));
    expect(group?.lines.filter((line) => line.startsWith("progress "))).toEqual(["progress 1/3", "progress 2/3", "progress 3/3"]);
    const shown = group?.lines.filter((line) => line.includes("***")) ?? [];
    expect(shown).toHaveLength(3);
    // What is left of each line is only the few characters that also hold the bytes around the secret.
    for (const line of shown) expect(line.replace("***", "").length).toBeLessThanOrEqual(24);
    expect(group?.lines.at(-1)).toBe("done");
  });
});
