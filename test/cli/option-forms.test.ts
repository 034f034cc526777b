// The forms a count, a timeout and the end of options take on a real command line: each refused
// one says what to write instead (exit 2), and none is taken silently as something else. Real
// processes: the `flows` launcher on Bun as it ships.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flowsProcessIn } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-option-forms-");
  await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
  await writeText(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "e-1")));
});
afterAll(async () => {
  await repo.cleanup();
});

const flowsProcess = (argv: string[]) => flowsProcessIn(repo.dir, argv);

const FIRE = ["fire", "--event", "event.json", "--state", "none"];
const TIMEOUT = "flows: Unknown option --timeout. A step's time limit is timeout_ms in its [[steps]] table of flow.toml (README, \"Timeout\"); no option sets it";

describe("an option's form on the command line", () => {
  it.each([
    { name: "--timeout N", argv: [...FIRE, "--timeout", "30"], says: TIMEOUT, code: 2 },
    { name: "--timeout=30s", argv: [...FIRE, "--timeout=30s"], says: TIMEOUT, code: 2 },
    { name: "watch --timeout", argv: ["watch", "--once", "--timeout", "5"], says: TIMEOUT, code: 2 },
    ...["0", "-1", "1e9", "0x10", "+4", "1_000", "４"].map((value) => ({
      name: `--concurrency ${value}`,
      argv: [...FIRE, "--concurrency", value],
      says: `flows: --concurrency must be a whole number of at least 1; got "${value}".`,
      code: 2,
    })),
    { name: "--concurrency given twice, two values", argv: [...FIRE, "--concurrency", "4", "--concurrency=5"], says: 'flows: --concurrency is given twice ("4" and "5"); give it once.', code: 2 },
    { name: "an option after --", argv: [...FIRE, "--", "--dry-run"], says: 'flows: unexpected argument "--dry-run": the usage is flows fire, with options only.', code: 2 },
    { name: "an unknown short option", argv: ["list", "-j"], says: "flows: Unknown option -j.", code: 2 },
  ])("$name", ({ argv, says, code }) => {
    const run = flowsProcess(argv);
    expect(run.err).toContain(says);
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(code);
  });

  it("takes options after the positionals, and the same value given twice", () => {
    const run = flowsProcess(["run", "f", "s", "--event", "event.json", "--state", "none", "--concurrency", "2", "--concurrency", "2"]);
    expect(run.err).not.toContain("flows:");
    expect(run.out).toContain("event e-1 type=t ran=1");
    expect(run.code).toBe(0);
  });
});
