import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { MAX_FLOW_RESULT_BYTES } from "../../src/runners/result.js";
import { canFindStrayProcesses } from "../../src/runners/stray-processes.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// Hostile step output at full concurrency, through the action's whole path from src/ (the
// dispatch, its log groups, summary and outputs): sixteen steps writing 32 MB to stdout and
// stderr at once between FLOW_RESULT lines, beside steps printing a 50 MB line, a character one
// byte per write, NUL and invalid UTF-8, lone CRs, workflow commands, a closed stdout, a child
// holding the pipes, and results at the 4 MiB limit. Each step's lines stay in its own group,
// the parent keeps bounded memory, no step waits on another's child, and a secret registered
// with the action (also printed in parts) appears nowhere.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

const SECRET = "hostileOutputSecret_4f9c2d7e81";
const result = (message: string): string => `FLOW_RESULT ${JSON.stringify({ status: "completed", message })}`;
/** Writes `text` one byte per write, with a pause between. */
const bytewise = (text: string, pauseMs: number): string =>
  `for (const byte of Buffer.from(${JSON.stringify(text)})) { process.stdout.write(Buffer.from([byte])); await Bun.sleep(${pauseMs}); }`;
/** A result whose JSON is `bytes` long. */
const resultOfBytes = (bytes: number): string =>
  [
    'const empty = JSON.stringify({ status: "completed", message: "" });',
    `process.stdout.write("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "m".repeat(${bytes} - empty.length) }) + "\\n");`,
  ].join("\n");

const FLOODS = 16;
// 32 MB on each stream (more than 10): a parent that kept the output would need more than a GiB.
const FLOOD_MB = 32;
const steps: Record<string, string> = {
  ...Object.fromEntries(
    Array.from({ length: FLOODS }, (_, i) => {
      const name = `flood${String(i).padStart(2, "0")}`;
      const source = [
        // Words, not one long run of letters (which the log holds as possible base64).
        `const block = (${JSON.stringify(`${name} `)} + "lorem ipsum dolor ".repeat(56) + "\\n").repeat(1024);`,
        `for (let i = 0; i < ${FLOOD_MB}; i++) {`,
        "  process.stdout.write(block);",
        "  process.stderr.write(block);",
        `  process.stdout.write(${JSON.stringify(`${result("not yet")}\n`)});`,
        "}",
        // Not console.log: Bun's drops a line that meets a full pipe once process.stdout was
        // written to (https://github.com/oven-sh/bun/pull/33560), and this reader is slow.
        `process.stdout.write(${JSON.stringify(`${result(`${name} done`)}\n`)});`,
      ].join("\n");
      return [name, source];
    }),
  ),
  bigline: [
    'const chunk = "y".repeat(1024 * 1024);',
    "for (let i = 0; i < 50; i++) process.stdout.write(chunk);",
    `process.stdout.write(${JSON.stringify(`\n${result("bigline done")}\n`)});`,
  ].join("\n"),
  bytewise: [
    bytewise("bytewise a😀b\n", 15),
    bytewise(`bytewise secret ${SECRET}\n`, 2),
    bytewise(`${result("bytewise done")}\n`, 0),
  ].join("\n"),
  binary: [
    'process.stdout.write(Buffer.from("binary "));',
    "process.stdout.write(Buffer.from([0x61, 0x00, 0x62, 0xff, 0xfe, 0xc3, 0x28, 0x0a]));",
    'process.stdout.write("binary cr\\r::group::binary\\ronly\\r\\n");',
    `console.log(${JSON.stringify(result("binary done"))});`,
  ].join("\n"),
  closes: [
    'import { closeSync } from "node:fs";',
    `console.log(${JSON.stringify(result("closes done"))});`,
    "closeSync(1);",
    "await Bun.sleep(1500);",
    'console.error("closes still running");',
  ].join("\n"),
  after: [`console.log(${JSON.stringify(result("after done"))});`, 'console.log("after the result");'].join("\n"),
  holder: [
    'Bun.spawn(["sleep", "200"], { stdout: "inherit", stderr: "inherit" }).unref();',
    'Bun.spawn(["setsid", "sleep", "201"], { stdin: "ignore", stdout: "ignore", stderr: "ignore" }).unref();',
    `console.log(${JSON.stringify(result("holder done"))});`,
  ].join("\n"),
  commands: [
    'console.log("::add-mask::maskedword");',
    'console.log("commands says maskedword");',
    'console.log("::stop-commands::token");',
    'console.log("::group::commands inner");',
    'console.log("::endgroup::");',
    'console.log("::endgroup::");',
    'console.log("::token::");',
    `process.stdout.write(${JSON.stringify(`commands split ${SECRET.slice(0, 9)}`)});`,
    "await Bun.sleep(20);",
    `process.stdout.write(${JSON.stringify(`${SECRET.slice(9)}\n`)});`,
    `console.log(${JSON.stringify(`::error::${SECRET}`)});`,
    `console.log(${JSON.stringify(result(`commands ${SECRET}`))});`,
  ].join("\n"),
  exact: resultOfBytes(MAX_FLOW_RESULT_BYTES),
  over: resultOfBytes(MAX_FLOW_RESULT_BYTES + 1),
};

const onLinux = canFindStrayProcesses() ? describe : describe.skip;

onLinux("hostile output from steps side by side", () => {
  it("keeps each step's lines in its group, memory and time bounded, the secret nowhere, and says which step is at fault", async () => {
    for (const [name, source] of Object.entries(steps)) {
      await writeFlow(repo.dir, { name, steps: [{ name: "s", trigger: "push", source, timeoutMs: 120_000 }] });
    }
    const started = performance.now();
    const startRss = process.memoryUsage().rss;
    let peakRss = startRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } },
      inputs: { "github-token": "ghs_hostileOutput0123456789abcdefgh", redact: SECRET, state: "none", checks: "off", comment: "off" },
    }).finally(() => clearInterval(sampler));

    // Results: each step's own, and the clear reason of the one at fault.
    // Reduced to id, status and message: the 4 MiB result does not fit the output's 512 KiB.
    const runs = JSON.parse(run.outputs.results ?? "[]") as Array<Pick<FlowRunView, "flowName" | "effectiveStatus"> & { message?: string }>;
    const byFlow = new Map(runs.map((each) => [each.flowName, each]));
    expect(byFlow.size).toBe(Object.keys(steps).length);
    for (const [name, each] of byFlow) {
      if (name !== "over") expect([name, each.effectiveStatus]).toEqual([name, "completed"]);
    }
    expect(byFlow.get("flood07")?.message).toBe("flood07 done");
    expect(byFlow.get("exact")?.message).toMatch(/^m{400}/);
    expect(byFlow.get("over")?.effectiveStatus).toBe("failed");
    expect(run.summary).toContain("FLOW_RESULT too large (4194305 bytes, limit 4 MiB); print a smaller result");
    // The child holding the pipes for minutes cost its own step a second: the whole job took less.
    expect(performance.now() - started).toBeLessThan(150_000);

    // The log: one group per step, never nested, and every line a step printed inside its own.
    const groups = new Map<string, number>();
    const misplaced: string[] = [];
    let group: string | undefined;
    let inert: string | undefined;
    for (const line of run.io.log) {
      if (inert !== undefined) {
        if (line === `::${inert}::`) inert = undefined;
        else {
          const owner = /^(flood\d\d|bytewise|binary|closes|after|commands) /.exec(line)?.[1];
          if (owner !== undefined && group !== `${owner}/s`) misplaced.push(`${group}: ${line.slice(0, 60)}`);
        }
        continue;
      }
      const stop = /^::stop-commands::(.+)$/.exec(line);
      if (stop) inert = stop[1];
      else if (line.startsWith("::group::")) {
        if (group !== undefined) misplaced.push(`group ${line} inside ${group}`);
        group = line.slice("::group::".length);
        groups.set(group, (groups.get(group) ?? 0) + 1);
      } else if (line === "::endgroup::") group = undefined;
    }
    expect(misplaced).toEqual([]);
    expect([...groups.values()].every((count) => count === 1)).toBe(true);
    expect([...groups.keys()].sort()).toEqual(Object.keys(steps).map((name) => `${name}/s`).sort());
    const log = run.io.log.join("\n");
    expect(log).toContain("bytewise a😀b");
    expect(log).toContain("closes still running");
    expect(log).toContain("after the result");
    // What was done to the holder's processes is in its own group, not only in the summary.
    const holderGroup = log.slice(log.indexOf("::group::holder/s"), log.indexOf("::endgroup::", log.indexOf("::group::holder/s")));
    expect(holderGroup).toContain("[flows-action] stopped leftover processes that kept the step's output open after it exited");

    // The secret: masked for the runner, and nowhere else.
    const unmasked = run.io.log.filter((line) => !line.startsWith("::add-mask::")).join("\n");
    for (const text of [unmasked, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain(SECRET.slice(0, 12));
    expect(log).toContain("commands split ***");
    // A step's own ::add-mask:: goes to the runner, which masks the value (the fake IO does not).
    expect(run.io.secrets).toContain("maskedword");

    // Bounded memory: 16 steps × 32 MB on each stream and a 50 MB line went through (1,074 MiB);
    // the parent never held them. Measured 400 MiB alone on Node 20 and 564 MiB in CI's stress run
    // on Node 24 (the collector's room, not kept output: it does not grow with FLOOD_MB); output
    // held whole would be past the whole printed size, so three quarters of it still tells.
    const printed = FLOODS * FLOOD_MB * 2 * 1024 * 1024 + 50 * 1024 * 1024;
    expect(peakRss - startRss, `peak RSS ${Math.round((peakRss - startRss) / 2 ** 20)} MiB above the start`).toBeLessThan(printed * 0.75);
  }, 280_000);
});
