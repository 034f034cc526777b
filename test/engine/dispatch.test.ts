import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { runIdFor } from "../../src/engine/ids.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { renderText } from "../../src/report/text.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

describe("dispatch", () => {
  it("runs independent steps of different flows side by side", async () => {
    // Each step says when it ran: side by side, each starts before the other ends (a bound on
    // wall time failed under the full suite's load, and would pass a fast enough sequence).
    // Each waits until both have started (a file each), not a 1 s sleep they might overlap in:
    // one after another, the first gives up after 5 s and ends before the second starts.
    const started = join(repo.dir, "started");
    await mkdir(started);
    const timed = (status: string) =>
      [
        'import { readdirSync, writeFileSync } from "node:fs";',
        "const context = JSON.parse(await Bun.stdin.text());",
        "const start = Date.now();",
        `writeFileSync(${JSON.stringify(started)} + "/" + ${JSON.stringify(status)}, "");`,
        `while (readdirSync(${JSON.stringify(started)}).length < 2 && Date.now() - start < 5000) await Bun.sleep(10);`,
        "await Bun.sleep(20);",
        `console.log("FLOW_RESULT " + JSON.stringify({ status: ${JSON.stringify(status)}, message: start + "-" + Date.now(), eventId: context.runtime.eventId }));`,
      ].join("\n");
    await writeFlow(repo.dir, { name: "a", steps: [{ name: "sleep", trigger: "tick", source: timed("completed") }] });
    await writeFlow(repo.dir, { name: "b", steps: [{ name: "sleep", trigger: "tick", source: timed("changed") }] });
    const outcome = await dispatch(flowEvent("tick"), { repoRoot: repo.dir, concurrency: 2 });
    expect(outcome.runs.map((run) => [run.flowName, run.effectiveStatus])).toEqual([
      ["a", "completed"],
      ["b", "changed"],
    ]);
    const [a, b] = outcome.runs.map((run) => String(run.resultPayload?.message).split("-").map(Number));
    expect(a?.[0]).toBeLessThan(b?.[1] ?? 0);
    expect(b?.[0]).toBeLessThan(a?.[1] ?? 0);
  });

  it("runs more steps side by side than Node's listener warning allows, with a signal, and warns of no leak", async () => {
    // Each step in flight listens to the signal; past 10, Node printed "Possible EventTarget
    // memory leak detected" in the middle of a healthy run's log.
    for (let i = 0; i < 12; i++) {
      await writeFlow(repo.dir, { name: `f${i}`, steps: [{ name: "s", trigger: "tick", source: rawStep("completed") }] });
    }
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on("warning", onWarning);
    try {
      const outcome = await dispatch(flowEvent("tick"), { repoRoot: repo.dir, signal: new AbortController().signal });
      expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(Array(12).fill("completed"));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it("keeps the manifest order of one flow's steps", async () => {
    const marker = join(repo.dir, "order.txt");
    const append = (label: string, sleep: number) =>
      [
        "import { appendFileSync } from 'node:fs';",
        `await Bun.sleep(${sleep});`,
        `appendFileSync(${JSON.stringify(marker)}, ${JSON.stringify(label)});`,
        'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed" }));',
      ].join("\n");
    await writeFlow(repo.dir, {
      name: "ordered",
      steps: [
        { name: "first", trigger: "go", source: append("1", 300) },
        { name: "second", trigger: "go", source: append("2", 0) },
      ],
    });
    const outcome = await dispatch(flowEvent("go"), { repoRoot: repo.dir, concurrency: 4 });
    expect(outcome.runs.map((run) => run.stepName)).toEqual(["first", "second"]);
    expect(await readFile(marker, "utf8")).toBe("12");
  });

  it("builds run views with the contract's fields and stable run ids", async () => {
    await writeFlow(repo.dir, { name: "views", steps: [{ name: "wait", trigger: "t", source: rawStep("blocked", "waiting on upstream") }] });
    const event = flowEvent("t", "evt-1");
    const outcome = await dispatch(event, { repoRoot: repo.dir });
    const [run] = outcome.runs;
    expect(run).toMatchObject({
      id: runIdFor("evt-1", "views", "wait"),
      eventId: "evt-1",
      flowName: "views",
      flowVersion: 1,
      stepName: "wait",
      runner: "bun",
      processStatus: "completed",
      resultStatus: "blocked",
      effectiveStatus: "blocked",
      needsAttention: true,
    });
    expect(run?.attempts).toHaveLength(1);
    expect(run?.attempts[0]).toMatchObject({ number: 1, status: "completed", resultStatus: "blocked" });
    expect(run?.resultPayload?.message).toBe("waiting on upstream");
    expect(outcome).toMatchObject({ status: "accepted", eventId: "evt-1", matched: 1, runIds: [run?.id] });
  });

  it("runs nothing again for a redelivered event and reports it as a duplicate", async () => {
    const counter = join(repo.dir, "count.txt");
    await writeFlow(repo.dir, {
      name: "once",
      steps: [
        {
          name: "count",
          trigger: "t",
          source: `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(counter)}, "x");\nconsole.log('FLOW_RESULT {"status":"changed"}');`,
        },
      ],
    });
    const store = new MemoryStateStore();
    const first = await dispatch(flowEvent("t", "same"), { repoRoot: repo.dir, store });
    const second = await dispatch(flowEvent("t", "same"), { repoRoot: repo.dir, store });
    expect(first.status).toBe("accepted");
    expect(second).toMatchObject({ status: "duplicate", idempotent: true });
    expect(second.runs[0]).toMatchObject({ effectiveStatus: "changed", alreadyHandled: true });
    expect(await readFile(counter, "utf8")).toBe("x");
  });

  it("re-runs only the step that failed, as a new attempt", async () => {
    const flag = join(repo.dir, "fixed");
    await writeFlow(repo.dir, {
      name: "mixed",
      steps: [
        { name: "ok", trigger: "t", source: rawStep("completed") },
        {
          name: "flaky",
          trigger: "t",
          source: `import { existsSync } from 'node:fs';\nif (!existsSync(${JSON.stringify(flag)})) { console.error("not yet"); process.exit(2); }\nconsole.log('FLOW_RESULT {"status":"completed"}');`,
        },
      ],
    });
    const store = new MemoryStateStore();
    const first = await dispatch(flowEvent("t", "retry"), { repoRoot: repo.dir, store });
    expect(first.runs.map((run) => run.effectiveStatus)).toEqual(["completed", "failed"]);
    expect(first.runs[1]?.error).toContain("not yet");
    await import("node:fs/promises").then((fs) => fs.writeFile(flag, ""));
    const second = await dispatch(flowEvent("t", "retry"), { repoRoot: repo.dir, store });
    expect(second.status).toBe("accepted");
    // matched counts the steps this dispatch runs: the handled one is not among them.
    expect([first.matched, second.matched]).toEqual([2, 1]);
    expect(second.runIds).toHaveLength(2);
    expect(second.runs[0]).toMatchObject({ alreadyHandled: true, effectiveStatus: "completed" });
    expect(second.runs[1]).toMatchObject({ effectiveStatus: "completed" });
    expect(second.runs[1]?.attempts.map((a) => a.status)).toEqual(["failed", "completed"]);
    expect(second.runs[1]?.alreadyHandled).toBeUndefined();
  });

  it("counts in a dry run's matched the steps it would run, not those handled before", async () => {
    const flag = join(repo.dir, "fixed");
    const failsUntilFixed = `import { existsSync } from 'node:fs';\nif (!existsSync(${JSON.stringify(flag)})) process.exit(2);\nconsole.log('FLOW_RESULT {"status":"completed"}');`;
    await writeFlow(repo.dir, { name: "mixed", steps: [{ name: "ok", trigger: "t", source: rawStep("completed") }, { name: "flaky", trigger: "t", source: failsUntilFixed }] });
    const store = new MemoryStateStore();
    await dispatch(flowEvent("t", "dry"), { repoRoot: repo.dir, store });
    const dry = await dispatch(flowEvent("t", "dry"), { repoRoot: repo.dir, store, dryRun: true });
    expect(dry.matched).toBe(1);
    expect(dry.runs.map((run) => [run.stepName, run.alreadyHandled === true])).toEqual([
      ["ok", true],
      ["flaky", false],
    ]);
    expect(renderText(dry).split("\n")[0]).toBe("event dry type=t would-run=1 already handled: 1 step (dry run)");
  });

  it("runs settled steps again on replay, marked as replay attempts", async () => {
    await writeFlow(repo.dir, { name: "again", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
    const store = new MemoryStateStore();
    await dispatch(flowEvent("t", "r"), { repoRoot: repo.dir, store });
    const replayed = await dispatch(flowEvent("t", "r"), { repoRoot: repo.dir, store, replay: true });
    expect(replayed.runs[0]?.attempts).toHaveLength(2);
    expect(replayed.runs[0]?.attempts[1]?.replay).toBe(true);
    expect(replayed.runs[0]?.replay).toBe(true);
  });

  it("runs nothing and records nothing in a dry run", async () => {
    const marker = join(repo.dir, "ran");
    await writeFlow(repo.dir, {
      name: "dry",
      steps: [{ name: "s", trigger: "t", source: `await Bun.write(${JSON.stringify(marker)}, "1");\nconsole.log('FLOW_RESULT {"status":"completed"}');` }],
    });
    const store = new MemoryStateStore();
    const outcome = await dispatch(flowEvent("t"), { repoRoot: repo.dir, store, dryRun: true });
    expect(outcome.runs[0]?.processStatus).toBe("queued");
    expect(outcome.dryRun).toBe(true);
    expect(await store.listEvents()).toEqual([]);
    await expect(readFile(marker)).rejects.toThrow();
  });

  it("dispatches FlowResult.next events after their parent, with a cycle guard", async () => {
    const next = (type: string, id: string) => `{ status: "completed", next: [{ id: ${JSON.stringify(id)}, type: ${JSON.stringify(type)}, payload: {} }] }`;
    await writeFlow(repo.dir, {
      name: "chain",
      steps: [
        { name: "one", trigger: "first", source: `console.log("FLOW_RESULT " + JSON.stringify(${next("second", "e2")}));` },
        { name: "two", trigger: "second", source: `console.log("FLOW_RESULT " + JSON.stringify(${next("first", "e1")}));` },
      ],
    });
    const outcome = await dispatch(flowEvent("first", "e1"), { repoRoot: repo.dir });
    expect(outcome.runs.map((run) => run.stepName)).toEqual(["one"]);
    expect(outcome.children.map((child) => child.eventId)).toEqual(["e2"]);
    expect(outcome.children[0]?.runs.map((run) => run.stepName)).toEqual(["two"]);
    expect(outcome.children[0]?.children).toEqual([]);
    expect(outcome.children[0]?.problems.some((p) => p.message.includes("would loop"))).toBe(true);
  });

  it("stops chained events at the depth limit", async () => {
    await writeFlow(repo.dir, {
      name: "deep",
      steps: [
        {
          name: "again",
          trigger: "n",
          source:
            'const ctx = JSON.parse(await Bun.stdin.text());\nconst n = Number(ctx.flow.event.id.slice(1));\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "n" + (n + 1), type: "n" }] }));',
        },
      ],
    });
    const outcome = await dispatch(flowEvent("n", "n0"), { repoRoot: repo.dir, maxDepth: 3 });
    const ids: string[] = [];
    let level = [outcome];
    while (level.length) {
      ids.push(...level.map((o) => o.eventId));
      level = level.flatMap((o) => o.children);
    }
    expect(ids).toEqual(["n0", "n1", "n2"]);
  });

  it("reports a gated Code Mode step as skipped without stopping the others", async () => {
    await writeFlow(repo.dir, {
      name: "mixed-runners",
      steps: [
        { name: "codex", trigger: "t", runner: "code-mode", source: "// run by Codex" },
        { name: "bun", trigger: "t", source: rawStep("completed") },
      ],
    });
    const outcome = await dispatch(flowEvent("t"), { repoRoot: repo.dir, env: { PATH: process.env.PATH } });
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["skipped", "completed"]);
    expect(outcome.runs[0]?.resultPayload?.message).toContain("CODEX_FLOWS_ENABLE_CODE_MODE");
  });

  it("runs an event whose stored record is corrupt, reporting the file it set aside", async () => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed", "ran anyway") }] });
    const stateDir = join(repo.dir, "state");
    const recordFile = join(stateDir, eventRecordPath("torn-event"));
    await mkdir(join(recordFile, ".."), { recursive: true });
    await writeFile(recordFile, "{ half");
    const store = new FileStateStore({ dir: stateDir });
    const outcome = await dispatch(flowEvent("t", "torn-event"), { repoRoot: repo.dir, store });
    expect(outcome.runs[0]?.resultPayload?.message).toBe("ran anyway");
    expect(outcome.problems.find((p) => p.file === recordFile)?.message).toMatch(/state record: .*moved aside/);
    expect((await new FileStateStore({ dir: stateDir }).loadEvent("torn-event"))?.runs).toHaveLength(1);
    // Said once: the next event dispatched with the same store does not repeat it.
    const next = await dispatch(flowEvent("t", "next-event"), { repoRoot: repo.dir, store });
    expect(next.runs).toHaveLength(1);
    expect(next.problems).toEqual([]);
    expect(renderText(outcome)).toContain("1 problem in the state store:");
  });

  it("rejects an event without a string id", async () => {
    await expect(dispatch({ type: "t" }, { repoRoot: repo.dir })).rejects.toThrow(/non-empty string "id"/);
  });

  it("explains why each step did not match", async () => {
    await writeFlow(repo.dir, {
      name: "picky",
      steps: [
        { name: "typed", trigger: "other", source: rawStep("completed") },
        { name: "schema", trigger: "t", schema: { type: "object", required: ["tag"] }, source: rawStep("completed") },
      ],
    });
    const outcome = await dispatch(flowEvent("t"), { repoRoot: repo.dir });
    expect(outcome.runs).toEqual([]);
    expect(outcome.mismatches.map((miss) => [miss.step.name, miss.reason])).toEqual([
      ["typed", "type"],
      ["schema", "schema"],
    ]);
    expect(outcome.mismatches[1]?.message).toContain("tag");
  });
});
