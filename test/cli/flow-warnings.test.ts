// The warnings `flows validate` gives beyond loading (an empty script, a misspelt schema keyword, a
// schema no payload passes) about the steps an event reached: every command that takes the event
// reports the same ones, counted the same way (src/cli/flow-warnings.ts).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flowsIn, writeEventFile } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-warnings-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** Three push steps with a warning each, and a release step with one of its own. */
async function packageWithWarnings(): Promise<void> {
  await writeFlow(repo.dir, {
    name: "hello",
    steps: [
      { name: "typo", trigger: "push", schema: { type: "object", require: ["ref"] }, source: rawStep("completed") },
      { name: "empty", trigger: "push", source: "" },
      {
        name: "never",
        trigger: "push",
        schema: { type: "object", properties: { a: { type: "string", minLength: 5, maxLength: 2 } }, required: ["a"] },
        source: rawStep("completed"),
      },
      { name: "later", trigger: "release.published", source: "" },
    ],
  });
}

const PUSH_FILES = "flows/hello/exec/empty.ts, flows/hello/schemas/typo.schema.json, flows/hello/schemas/never.schema.json";

function warningLines(err: string): string[] {
  return err.split("\n").filter((line) => line.startsWith("warning:"));
}

/** A push as GitHub delivers it. */
async function pushPayload(): Promise<string> {
  const path = join(repo.dir, "push.json");
  await writeFile(path, JSON.stringify({ ref: "refs/heads/main", before: "0".repeat(40), after: "1".repeat(40), repository: { full_name: "o/r" } }));
  return path;
}

describe("validate's warnings about the steps an event reached", () => {
  it("are all counted by fire, not only the schemas' compile warnings, and those of steps it did not reach are not", async () => {
    await packageWithWarnings();
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));

    const { code, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none", "--dry-run");

    expect(warningLines(err)).toEqual([
      `warning: 3 warnings about the steps this event reached (${PUSH_FILES}); run \`flows validate --repo ${repo.dir}\` to see them.`,
    ]);
    expect(code).toBe(0);
  });

  it("are counted the same when the steps run (looked for while they run, not after)", async () => {
    await packageWithWarnings();
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));

    const { out, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");

    expect(out).toContain("ran=2"); // the schema no payload passes leaves one out
    expect(warningLines(err)).toEqual([
      `warning: 3 warnings about the steps this event reached (${PUSH_FILES}); run \`flows validate --repo ${repo.dir}\` to see them.`,
    ]);
  });

  it("count those of the steps a chained event reached too", async () => {
    await packageWithWarnings();
    await writeFlow(repo.dir, {
      name: "chain",
      steps: [{ name: "go", trigger: "push", source: 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "release-1", type: "release.published" }] }));' }],
    });
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));

    const { out, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none");

    expect(out).toContain("release-1");
    expect(warningLines(err)).toEqual([
      `warning: 4 warnings about the steps this event reached (flows/hello/exec/empty.ts, flows/hello/exec/later.ts, flows/hello/schemas/typo.schema.json, flows/hello/schemas/never.schema.json); run \`flows validate --repo ${repo.dir}\` to see them.`,
    ]);
  });

  it("are counted by flows run for the step it names only", async () => {
    await packageWithWarnings();
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));

    const typo = await flowsIn(repo.dir, "run", "hello", "typo", "--event", event, "--state", "none", "--dry-run");
    expect(warningLines(typo.err)).toEqual([
      `warning: 1 warning about the steps this event reached (flows/hello/schemas/typo.schema.json); run \`flows validate --repo ${repo.dir}\` to see it.`,
    ]);
    const empty = await flowsIn(repo.dir, "run", "hello", "empty", "--event", event, "--state", "none", "--dry-run");
    expect(warningLines(empty.err)).toEqual([
      `warning: 1 warning about the steps this event reached (flows/hello/exec/empty.ts); run \`flows validate --repo ${repo.dir}\` to see it.`,
    ]);
  });

  it("are counted by flows github as fire counts them", async () => {
    await packageWithWarnings();
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));
    const fired = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none", "--dry-run");

    const github = await flowsIn(repo.dir, "github", "--event-name", "push", "--event-path", await pushPayload(), "--state", "none", "--dry-run");

    expect(github.code, github.err).toBe(0);
    expect(warningLines(github.err)).toEqual(warningLines(fired.err));
    expect(warningLines(github.err)).toHaveLength(1);
  });

  it("are listed by explain, each once, as validate lists them, in its text and its --json problems", async () => {
    await packageWithWarnings();
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));
    const validated = (await flowsIn(repo.dir, "validate")).err.split("\n").filter((line) => line.includes(": warning: "));

    const { code, err } = await flowsIn(repo.dir, "explain", "--event", event);

    const listed = err.split("\n").filter((line) => line.includes(": warning: "));
    expect(listed.map((line) => line.split(":")[0])).toEqual(PUSH_FILES.split(", "));
    for (const line of listed) expect(validated).toContain(line);
    // The release step's empty script is validate's, not this push's.
    expect(validated.some((line) => line.startsWith("flows/hello/exec/later.ts"))).toBe(true);
    expect(code).toBe(0);

    const json = JSON.parse((await flowsIn(repo.dir, "explain", "--event", event, "--json")).out) as { problems: Array<{ severity: string; file: string }> };
    expect(json.problems.map((problem) => [problem.severity, problem.file.slice(repo.dir.length + 1)])).toEqual(
      PUSH_FILES.split(", ").map((file) => ["warning", file]),
    );
  });

  it("are not said by any command when the event reaches no step that has one", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));

    for (const argv of [
      ["fire", "--event", event, "--state", "none", "--dry-run"],
      ["explain", "--event", event],
      ["github", "--event-name", "push", "--event-path", await pushPayload(), "--state", "none", "--dry-run"],
    ]) {
      const { err } = await flowsIn(repo.dir, ...argv);
      expect(err, argv[0]).not.toContain("warning");
    }
  });
});

describe("a folder under the flow root that is not a package", () => {
  const STRAY =
    "flows/notes: warning: folder holds no flow.toml, so it is not a flow package (it holds flow.tml: is that the manifest, misnamed?). A flow package's manifest must be named flow.toml; move other folders out of the flow root.";

  it("is said by fire and flows github as validate and explain say it, once each", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    await writeText(join(repo.dir, "flows", "notes", "flow.tml"), 'name = "notes"\n');
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1", { ref: "refs/heads/main" }));
    const count = (text: string) => text.split("\n").filter((line) => line.trim() === STRAY).length;

    expect(count((await flowsIn(repo.dir, "validate")).err)).toBe(1);
    expect(count((await flowsIn(repo.dir, "explain", "--event", event)).err)).toBe(1);
    const fired = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none", "--dry-run");
    expect(count(fired.out + fired.err), fired.out).toBe(1);
    expect(fired.code).toBe(0);
    const github = await flowsIn(repo.dir, "github", "--event-name", "push", "--event-path", await pushPayload(), "--state", "none", "--dry-run");
    expect(count(github.err), github.err).toBe(1);
    expect(github.code).toBe(0);
  });

  it("leaves a --flows-path that does not exist to fire's own warning, said once", async () => {
    const event = await writeEventFile(repo.dir, flowEvent("push", "push-1"));
    const { out, err } = await flowsIn(repo.dir, "fire", "--event", event, "--state", "none", "--flows-path", "nope");
    expect(`${out}${err}`.split('flow root "nope" does not exist')).toHaveLength(2);
  });
});

describe("a webhook payload that lost its action", () => {
  it("is warned about by explain --event-name as flows github warns about it", async () => {
    await writeFlow(repo.dir, { name: "notes", steps: [{ name: "go", trigger: "release.published", source: rawStep("completed") }] });
    const payload = JSON.parse(await readFile("examples/release-reaction/release-published.json", "utf8")) as Record<string, unknown>;
    delete payload.action;
    const path = join(repo.dir, "release.json");
    await writeFile(path, JSON.stringify(payload));

    const explained = await flowsIn(repo.dir, "explain", "--event", path, "--event-name", "release");
    const github = await flowsIn(repo.dir, "github", "--event-name", "release", "--event-path", path, "--state", "none");

    const noAction = (err: string) => warningLines(err).filter((line) => line.includes('has no "action"'));
    expect(noAction(explained.err)).toEqual([expect.stringContaining(`warning: ${path} has no "action", so its FlowEvent type is "release"`)]);
    expect(noAction(explained.err)).toEqual(noAction(github.err));
    expect(explained.code).toBe(0);

    // With its action, as GitHub sends it: no word.
    payload.action = "published";
    await writeFile(path, JSON.stringify(payload));
    expect((await flowsIn(repo.dir, "explain", "--event", path, "--event-name", "release")).err).not.toContain('has no "action"');
  });
});
