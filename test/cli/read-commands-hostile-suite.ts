// The read commands red-teamed as a terminal and a script use them, for read-commands-hostile.test.ts
// (a quarter megabyte of text in each hostile field) and read-commands-hostile.stress.test.ts (a
// megabyte): stored fields that hold terminal escapes, bidirectional marks, NUL and that much
// text; NO_COLOR, TERM=dumb and no terminal. The terminal gets every such character escaped,
// --json gets the text as it is in one parseable document. A reader that leaves after one line
// (`| head -1`) costs no stack and no failing exit code. Real processes: the `flows` launcher on
// Bun as it ships.
import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventRecordPath } from "../../src/state/index.js";
import type { EventRecord } from "../../src/state/types.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

/** What no terminal may be handed raw: C0 and C1 controls but tab and newline, DEL, bidirectional controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// No NUL in the id: a command line cannot hold one (the type and the fields below do).
const HOSTILE_ID = "evt-\u001b]0;pwned\u0007-\u202e-\u200f-end";

/** How much text each hostile field holds, and how the tests' names say it. */
export type HostileTextSize = { bytes: number; words: string; left: string };

/**
 * The tests, with `size.bytes` of text in the stored output and error. They start the shipped
 * `flows` (dist/cli/index.js): the test file calls `ensureFreshDist()` in a `beforeAll` of its own
 * (where test/helpers/test-order.ts looks for it).
 */
export function hostileReadCommandTests(size: HostileTextSize): void {
  const TEXT = "y".repeat(size.bytes);
  const HOSTILE_OUTPUT = `line\u001b[31m red \u202e\u200f\u0000 ${TEXT}`;

  let repo: { dir: string; cleanup: () => Promise<void> };
  let state: string;
  let runId: string;

  /** Writes `record` where the file store keeps its event's record. */
  async function writeRecord(dir: string, record: EventRecord): Promise<void> {
    const path = join(dir, ...eventRecordPath(record.event.id).split("/"));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(record));
  }

  beforeAll(async () => {
    repo = await tempRepo("flows-read-hostile-");
    state = join(repo.dir, "state");
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
    await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-template")));
    const fired = await runCli(["--repo", repo.dir, "--state-dir", state, "fire", "--event", join(repo.dir, "event.json")], cliTestEnv());
    expect(fired.code).toBe(0);
    const template = JSON.parse(await readFile(join(state, ...eventRecordPath("evt-template").split("/")), "utf8")) as EventRecord;
    const hostile = structuredClone(template);
    hostile.event.id = HOSTILE_ID;
    hostile.event.type = "t\u001b[2J\u0000";
    for (const run of hostile.runs) {
      run.id = "run_fffffffffff0";
      run.eventId = HOSTILE_ID;
      run.output = HOSTILE_OUTPUT;
      run.error = `failed \u001b]52;c;cGF3bmVk\u0007 \u202e${TEXT}`;
    }
    runId = hostile.runs[0]!.id;
    await writeRecord(state, hostile);
  });
  afterAll(async () => {
    await repo.cleanup();
  });

  type Ran = { code: number | null; out: string; err: string };

  /**
   * `flows --repo REPO ARGV` as a real process, its standard output not a terminal. `firstLine`:
   * the reader closes the pipe once a line has come, as `| head -1` does.
   */
  function flowsProcess(argv: string[], options: { env?: NodeJS.ProcessEnv; firstLine?: boolean } = {}): Promise<Ran> {
    const child = spawn(join(process.cwd(), "node_modules", ".bin", "bun"), [join(process.cwd(), "dist", "cli", "index.js"), "--repo", repo.dir, ...argv], {
      env: cliTestEnv(options.env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      if (options.firstLine && out.includes("\n")) child.stdout.destroy();
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      err += chunk;
    });
    return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
  }

  describe(`stored fields with terminal escapes, bidirectional marks, NUL and ${size.words} of text`, () => {
    it("reach the terminal escaped, with NO_COLOR, TERM=dumb or neither", async () => {
      // `show RUN` with neither setting: the run whose output and error are checked below as well.
      let shown: Ran | undefined;
      for (const env of [{}, { NO_COLOR: "1" }, { TERM: "dumb" }]) {
        for (const argv of [["runs"], ["events"], ["show", HOSTILE_ID], ["show", runId]]) {
          const run = await flowsProcess(["--state-dir", state, ...argv], { env });
          const what = `${JSON.stringify(env)} ${argv.join(" ")}`;
          expect(run.code, what).toBe(0);
          expect(run.out, what).not.toMatch(RAW_CONTROL);
          expect(run.err, what).not.toMatch(RAW_CONTROL);
          expect(run.out, what).toContain("evt-\\u001b]0;pwned\\u0007-\\u202e-\\u200f-end");
          if (Object.keys(env).length === 0 && argv[0] === "show" && argv[1] === runId) shown = run;
        }
      }
      if (shown === undefined) throw new Error("no run of `show RUN` with neither setting");
      expect(shown.out).toContain("line\\u001b[31m red \\u202e\\u200f\\u0000 yyyy");
      expect(shown.out).toContain("failed \\u001b]52;c;cGF3bmVk\\u0007 \\u202eyyyy");
    });

    it("come back as they are in --json: one document that parses", async () => {
      const run = await flowsProcess(["--state-dir", state, "--json", "show", runId]);
      expect(run.code).toBe(0);
      const shown = JSON.parse(run.out) as { eventId: string; output: string; error: string };
      expect(shown.eventId).toBe(HOSTILE_ID);
      expect(shown.output).toBe(HOSTILE_OUTPUT);
      expect(shown.error.startsWith("failed \u001b]52;c;cGF3bmVk\u0007 \u202e")).toBe(true);
      const record = JSON.parse((await flowsProcess(["--state-dir", state, "--json", "show", HOSTILE_ID])).out) as EventRecord;
      expect(record.event.type).toBe("t\u001b[2J\u0000");
      const events = JSON.parse((await flowsProcess(["--state-dir", state, "--json", "events"])).out) as Array<{ id: string }>;
      expect(events.map((event) => event.id).sort()).toEqual(["evt-template", HOSTILE_ID].sort());
      const runs = JSON.parse((await flowsProcess(["--state-dir", state, "--json", "runs"])).out) as Array<{ eventId: string }>;
      expect(runs.map((each) => each.eventId)).toContain(HOSTILE_ID);
      // No id that is not stored, either: the error document holds it as given.
      const missing = await flowsProcess(["--state-dir", state, "--json", "show", "--", `${HOSTILE_ID}-not-stored`]);
      expect(missing.code).toBe(1);
      expect((JSON.parse(missing.out) as { error: { message: string } }).error.message).toContain(`"${HOSTILE_ID}-not-stored"`);
    });
  });

  describe("a reader that leaves after one line (| head -1)", () => {
    it(`costs no stack trace and no failing exit code, text or --json, with ${size.left} still to write`, async () => {
      for (const argv of [["show", runId], ["show", "--json", runId], ["show", "--json", HOSTILE_ID], ["runs"], ["events", "--json"]]) {
        const run = await flowsProcess(["--state-dir", state, ...argv], { firstLine: true });
        expect(run.err, argv.join(" ")).toBe("");
        expect(run.code, argv.join(" ")).toBe(0);
      }
    });
  });
}
