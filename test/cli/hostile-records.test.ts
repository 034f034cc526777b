// Stored records as an attacker who controls the state folder writes them, and ids as a careless
// user types them: what reaches the terminal holds no control sequence (OSC 8 hyperlinks, ESC [2J,
// OSC 52 clipboard writes, C1 CSI, bidi overrides), --json keeps the text exactly, as JSON, and an
// id that looks like an option says how to give it. Real processes: the `flows` launcher on Bun
// as it ships, real steps, a real file store.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flowsProcessIn } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const EVIL = "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u202eevil\u009b31m\u0000";
/** What a terminal obeys: ESC, BEL, NUL, C1 controls (U+009B as UTF-8) and the bidi overrides. */
const OBEYED = /[\u0000\u0007\u001b\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;

let repo: { dir: string; cleanup: () => Promise<void> };

const flowsProcess = (argv: string[]) => flowsProcessIn(repo.dir, argv);

/** Every record file of the file store. */
async function recordFiles(): Promise<string[]> {
  const events = join(repo.dir, ".codex", "flow-client", "events");
  const files: string[] = [];
  for (const shard of await readdir(events)) for (const name of await readdir(join(events, shard))) if (name.endsWith(".json")) files.push(join(events, shard, name));
  return files;
}

beforeAll(async () => {
  repo = await tempRepo("flows-hostile-records-");
  await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("failed", "plain") }] });
  for (const id of ["evil", "--all"]) {
    await writeText(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", id)));
    expect(flowsProcess(["fire", "--event", "event.json"]).code).toBe(1);
  }
  // The attacker's edit: every text field a command prints, but the id the file is named by.
  for (const file of await recordFiles()) {
    const record = JSON.parse(await readFile(file, "utf8"));
    if (record.event.id !== "evil") continue;
    record.event.type = `t${EVIL}`;
    record.event.payload = { text: EVIL };
    for (const run of record.runs) {
      Object.assign(run, { flowName: `f${EVIL}`, stepName: `s${EVIL}`, error: `error${EVIL}`, output: `out${EVIL}`, needsAttention: true });
      run.resultPayload.message = `message${EVIL}`;
      for (const attempt of run.attempts) attempt.error = `attempt${EVIL}`;
    }
    await writeFile(file, JSON.stringify(record, null, 2));
  }
}, 120_000);
afterAll(async () => {
  await repo.cleanup();
});

function runOf(): string {
  const listed = JSON.parse(flowsProcess(["runs", "--event", "evil", "--json"]).out) as Array<{ id: string }>;
  return listed[0]!.id;
}

describe("a stored record's text on the terminal", () => {
  it.each([["runs"], ["runs", "--needs-attention"], ["events"], ["show", "evil"], ["show", "RUN"], ["replay", "evil"]].map((argv) => ({ argv })))("flows $argv shows no control sequence", ({ argv }) => {
    const run = flowsProcess(argv.map((arg) => (arg === "RUN" ? runOf() : arg)));
    expect(`${run.out}${run.err}`).not.toMatch(OBEYED);
    expect(`${run.out}${run.err}`).not.toMatch(/\n\s+at /);
    // Shown, escaped: but replay, which refuses the stored event (its type holds control characters) and says so.
    if (argv[0] === "replay") expect(run.err).toContain('is not usable: "type" contains a control character');
    else expect(run.out).toContain("\\u001b]8;;https://evil.example\\u0007click");
  });

  it.each([
    { argv: ["runs", "--json"], text: (document: unknown) => (document as Array<{ eventId: string; flowName: string }>).find((run) => run.eventId === "evil")?.flowName, expected: `f${EVIL}` },
    { argv: ["events", "--json"], text: (document: unknown) => (document as Array<{ id: string; type: string }>).find((event) => event.id === "evil")?.type, expected: `t${EVIL}` },
    { argv: ["show", "evil", "--json"], text: (document: unknown) => (document as { runs: Array<{ error?: string }> }).runs[0]?.error, expected: `error${EVIL}` },
  ])("flows $argv keeps the text exactly, as JSON", ({ argv, text, expected }) => {
    const run = flowsProcess(argv);
    expect(run.out).not.toMatch(OBEYED);
    expect(text(JSON.parse(run.out))).toBe(expected);
    expect(run.code).toBe(0);
  });
});

describe("an id that starts with -", () => {
  it.each(["show", "replay", "forget"])("flows %s --all says to give it after --", (command) => {
    const run = flowsProcess([command, "--all"]);
    expect(run.err).toContain(`flows: Unknown option --all. If --all is meant as the ${command === "show" ? "<run-id|event-id>" : "<event-id>"} argument, give it after --, which ends the options: \`flows ${command} -- --all\`.`);
    expect(run.code).toBe(2);
  });

  it("is found after --", () => {
    const run = flowsProcess(["show", "--", "--all"]);
    expect(run.out).toMatch(/^event --all\n/);
    expect(run.code).toBe(0);
  });

  it("as the value of runs --event says to write it with =", () => {
    const refused = flowsProcess(["runs", "--event", "--all"]);
    expect(refused.err).toContain('flows: --event needs a value. "--all" reads as an option; a value that starts with - is written --event=--all.');
    expect(refused.code).toBe(2);
    const found = flowsProcess(["runs", "--event=--all"]);
    expect(found.out).toMatch(/ event --all\n$/);
    expect(found.code).toBe(0);
  });

  it("is not said to go after -- where no id is taken, nor when an option was meant", () => {
    expect(flowsProcess(["list", "--all"]).err).toBe("flows: Unknown option --all.\nRun `flows list --help` for its options and examples.\n");
    expect(flowsProcess(["show", "--evnt"]).err).toBe("flows: Unknown option --evnt. Did you mean --event?\nRun `flows show --help` for its options and examples.\n");
    expect(flowsProcess(["runs", "--event", "--json"]).err).toBe("flows: --event needs a value.\nRun `flows runs --help` for its options and examples.\n");
  });
});

describe("flows forget of a hostile record", () => {
  /** The record of `id`, its step made to read as running under a dispatcher elsewhere, names holding colour sequences (ESC [8m hides text). */
  const LEASE_UNTIL = new Date(Date.now() + 3_600_000).toISOString();

  async function runningElsewhere(id: string): Promise<void> {
    await writeText(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", id)));
    expect(flowsProcess(["fire", "--event", "event.json"]).code).toBe(1);
    for (const file of await recordFiles()) {
      const record = JSON.parse(await readFile(file, "utf8"));
      if (record.event.id !== id) continue;
      for (const run of record.runs) {
        Object.assign(run, { flowName: "f\u001b[8mhidden\u001b[0m", stepName: "s\u001b[31m", processStatus: "running", effectiveStatus: "running" });
        for (const key of ["completedAt", "resultStatus", "durationMs", "resultPayload", "output"]) delete run[key];
        const attempt = run.attempts.at(-1);
        attempt.status = "running";
        delete attempt.completedAt;
        delete attempt.resultStatus;
        attempt.dispatcher.host = "elsewhere\u001b[8m";
        // An hour ahead: a lease further ahead than any dispatcher writes ends at once (a hostile record's).
        attempt.dispatcher.until = LEASE_UNTIL;
      }
      await writeFile(file, JSON.stringify(record, null, 2));
    }
  }

  it("names the running step and its host escaped, refused and with --force", async () => {
    await runningElsewhere("running-elsewhere");
    const refused = flowsProcess(["forget", "running-elsewhere"]);
    expect(refused.err).toContain("Event running-elsewhere is still running: f\\u001b[8mhidden\\u001b[0m/s\\u001b[31m (attempt 1, running since ");
    expect(refused.err).toContain(`on elsewhere\\u001b[8m, lease until ${LEASE_UNTIL})`);
    expect(refused.err).not.toMatch(OBEYED);
    expect(refused.code).toBe(1);
    const forced = flowsProcess(["forget", "running-elsewhere", "--force"]);
    expect(forced.out).toContain("Forgot running-elsewhere in the file store at ");
    expect(forced.out).toContain(": f\\u001b[8mhidden\\u001b[0m/s\\u001b[31m will run again on the event's next delivery.");
    expect(forced.out).toContain("Warning: f\\u001b[8mhidden\\u001b[0m/s\\u001b[31m (attempt 1, running since ");
    expect(`${forced.out}${forced.err}`).not.toMatch(OBEYED);
    expect(forced.code).toBe(0);
  });
});
