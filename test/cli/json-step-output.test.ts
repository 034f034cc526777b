// With --json, standard output holds the one document and the steps' output still goes to
// standard error, as `flows github --json` puts the action's log there (README, "--json").
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flowsProcessIn } from "../helpers/cli.js";
import { tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-json-step-output-");
  const source = ['await Bun.stdin.text();', 'console.log("hello from the step");', 'console.error("a warning from the step");', 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed" }));'].join("\n");
  await writeFlow(repo.dir, { name: "hello", steps: [{ name: "greet", trigger: "push", source }] });
  await writeText(join(repo.dir, "event.json"), JSON.stringify({ id: "e-1", type: "push", payload: {} }));
});
afterAll(async () => {
  await repo.cleanup();
});

/** `flows ARGV...` as a real process in the repository, on Bun as it ships. */
const flowsProcess = (argv: string[]) => flowsProcessIn(repo.dir, argv);

describe("--json keeps step output on standard error", () => {
  // In this order: fire stores the event that replay runs again.
  it.each([
    ["fire", ["fire", "--event", "event.json", "--json"]],
    ["run", ["run", "hello", "greet", "--event", "event.json", "--state", "none", "--json"]],
    ["replay", ["replay", "e-1", "--json"]],
  ])("flows %s --json", (_, argv) => {
    const { code, out, err } = flowsProcess(argv);
    expect(code, err).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ runs: [{ effectiveStatus: "completed" }] });
    expect(err).toContain("[hello/greet] hello from the step\n");
    expect(err).toContain("[hello/greet] a warning from the step\n");
  });
});
