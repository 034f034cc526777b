import { describe, expect, it } from "vitest";
import type { FlowDiagnostic } from "../../src/contracts.js";
import { PROBLEM_LOG_LINES, PROBLEM_LOG_PREFIX, publishOutcome } from "../../src/action/publish.js";
import type { RunnerEnvironment } from "../../src/action/context.js";
import { fakeIO } from "../helpers/fake-io.js";
import { outcomeOf, pushEvent } from "../report/github-fixtures.js";

const WORKSPACE = "/home/runner/work/tool/tool";

function problems(count: number): FlowDiagnostic[] {
  return Array.from({ length: count }, (_, i) => ({
    severity: "warning",
    file: `${WORKSPACE}/flows/pkg-${i}/flow.toml`,
    line: 3,
    column: 1,
    message: `unknown key "trigers" ${"x".repeat(400)} ${i}`,
  }));
}

async function publish(count: number, room: number | undefined) {
  const io = fakeIO();
  if (room !== undefined) io.summaryRoom = async () => room;
  const runner = { workspace: WORKSPACE, insideWorkflowRun: true } as RunnerEnvironment;
  await publishOutcome(outcomeOf(pushEvent(), [], { problems: problems(count) }), { io, runner, failOn: new Set() });
  return io;
}

describe("the note on problems not shown as annotations", () => {
  it("says the job summary lists them all when it does", async () => {
    const io = await publish(30, undefined);
    expect(io.log.filter((line) => line.startsWith("::warning::")).at(-1)).toBe(
      "::warning::22 more problems in flow packages are not shown as annotations; the job summary lists all 30.",
    );
    expect(io.summary).toContain("flows/pkg-29/flow.toml");
  });

  it("does not say the job summary lists them all when its room cut the problems' table, and logs each of them", async () => {
    const io = await publish(2_000, 64 * 1024);
    const note = io.log.filter((line) => line.startsWith("::warning::")).at(-1) ?? "";
    expect(note).not.toContain("lists all");
    expect(note).toContain(`each is in the job log, on a line starting "${PROBLEM_LOG_PREFIX}"`);
    expect(io.summary).toContain("bytes of the problems were cut");
    expect(io.summary).not.toContain("flows/pkg-1999/flow.toml");
    // Every problem not annotated is a line of the log, the last one too.
    const logged = io.log.filter((line) => line.startsWith(PROBLEM_LOG_PREFIX));
    expect(logged).toHaveLength(2_000 - 8);
    expect(logged.at(-1)).toMatch(/^flows-action problem: warning: flows\/pkg-1999\/flow\.toml:3:1: unknown key "trigers"/);
  });

  it("logs at most PROBLEM_LOG_LINES of them, counting the rest, and says so", async () => {
    const count = PROBLEM_LOG_LINES + 2_008;
    const io = await publish(count, 64 * 1024);
    const logged = io.log.filter((line) => line.startsWith(PROBLEM_LOG_PREFIX));
    expect(logged).toHaveLength(PROBLEM_LOG_LINES + 1);
    expect(logged.at(-1)).toBe(`${PROBLEM_LOG_PREFIX} 2000 more not listed here (the first ${PROBLEM_LOG_LINES} are above); \`flows validate\` lists every one.`);
    const note = io.log.filter((line) => line.startsWith("::warning::")).at(-1) ?? "";
    expect(note).toContain(`the first ${PROBLEM_LOG_LINES} of them are in the job log, on lines starting "${PROBLEM_LOG_PREFIX}", and \`flows validate\` lists every one`);
  });
});
