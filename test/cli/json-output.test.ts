// `--json` is for scripts: one JSON document on standard output and nothing else, the shape the
// README documents ("--json prints"), and nothing at all on standard output when the command
// stops before it has a result.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorDocument } from "../../src/cli/failure.js";
import { validateCliError } from "../../src/generated/validators.js";
import { type CliRun, cliTestEnv, runCli } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
let readme: string;
beforeAll(async () => {
  repo = await tempRepo("flows-json-");
  server = await startGitHubApiServer();
  server.github.releases.add("openai/codex", { tagName: "rust-v1.0.0", publishedAt: "2026-11-01T00:00:00Z" });
  await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "t", source: rawStep("completed") }] });
  await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-json")));
  await writeFile(join(repo.dir, "push.json"), JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }));
  // The README's "--json prints" table.
  readme = (await readFile("README.md", "utf8")).split("**`--json`** prints")[1]?.split("\n\n")[1] ?? "";
});
afterAll(async () => {
  await server.close();
  await repo.cleanup();
});

const flows = (...argv: string[]): Promise<CliRun> =>
  runCli(["--repo", repo.dir, "--json", ...argv], cliTestEnv({ GITHUB_TOKEN: "ghp_local", GITHUB_API_URL: server.url }));

const OUTCOME = ["status", "eventId", "runIds", "matched", "idempotent?", "event", "runs", "mismatches", "problems", "children"];

// In the order they run: fire stores the event that the later commands read.
const COMMANDS: Array<{ argv: string[]; keys: string[]; readme: string }> = [
  { argv: ["list"], keys: ["flows", "problems", "shadowed"], readme: "`list`" },
  { argv: ["validate"], keys: ["ok", "flows", "problems"], readme: "`validate`" },
  { argv: ["fire", "--event", "EVENT"], keys: OUTCOME, readme: "`fire`, `run`, `replay`" },
  { argv: ["run", "hello", "go", "--event", "EVENT", "--state", "none"], keys: OUTCOME, readme: "`fire`, `run`, `replay`" },
  { argv: ["replay", "evt-json"], keys: OUTCOME, readme: "`fire`, `run`, `replay`" },
  { argv: ["explain", "--event", "EVENT"], keys: ["event", "steps", "problems"], readme: "`explain`" },
  { argv: ["github", "--event-name", "push", "--event-path", "PUSH", "--state", "none"], keys: ["outputs", "outcome"], readme: "`github`" },
  { argv: ["show", "evt-json"], keys: ["formatVersion", "event", "runs", "firstDispatchedAt", "updatedAt", "dispatchCount", "dispatchKeys"], readme: "`show`" },
  { argv: ["forget", "evt-json"], keys: ["eventId", "forgotten", "stillRunning?", "startedAgain?", "redeliver?"], readme: "`forget`" },
  { argv: ["watch", "--once", "--dry-run", "--watch", "openai/codex"], keys: ["dryRun", "reports", "requests", "clocks?", "events", "outcomes"], readme: "`watch --once`" },
  { argv: ["watch", "--status", "--watch", "openai/codex"], keys: ["at", "repositories", "nextPollStartsWith?", "notConfigured?"], readme: "`watch --status`" },
  // Last: the package it writes would be found by the commands above.
  { argv: ["new", "scaffolded", "--on", "scaffold.test"], keys: ["flow", "step", "style", "trigger", "package", "files", "notes", "next"], readme: "`new`" },
];

describe("flows --json", () => {
  const named = COMMANDS.map((command) => ({ ...command, name: command.argv[0] === "watch" ? command.argv.slice(0, 2).join(" ") : command.argv[0] }));
  it.each(named)("flows $name --json prints one document, of the shape the README documents", async ({ argv, keys, readme: row }) => {
    const args = argv.map((arg) => arg.replace("EVENT", join(repo.dir, "event.json")).replace("PUSH", join(repo.dir, "push.json")));
    const { code, out, err } = await flows(...args);
    expect(code, err).toBe(0);
    const document = JSON.parse(out);
    const required = keys.filter((key) => !key.endsWith("?"));
    const allowed = keys.map((key) => key.replace(/\?$/, ""));
    expect(Object.keys(document)).toEqual(expect.arrayContaining(required));
    expect(allowed).toEqual(expect.arrayContaining(Object.keys(document)));
    // `show` prints a stored record: its shape is the record schema's, named in the README.
    if (argv[0] === "show") return;
    const line = readme.split("\n").find((each) => each.startsWith("| ") && each.split(" | ")[0]?.includes(row));
    expect(line, row).toContain(`{${keys.join(", ")}}`);
  });

  it("events and runs print arrays of the documented entries", async () => {
    await flows("fire", "--event", join(repo.dir, "event.json"));
    const events = JSON.parse((await flows("events")).out);
    expect(Object.keys(events[0])).toEqual(expect.arrayContaining(["id", "type", "runs", "dispatchCount", "firstDispatchedAt", "updatedAt", "needsAttention"]));
    expect(readme).toContain("| `events` | an array of `{...event, runs, dispatchCount, firstDispatchedAt, updatedAt, needsAttention}`");
    const runs = JSON.parse((await flows("runs")).out);
    expect(runs[0]).toMatchObject({ flowName: "hello", stepName: "go", effectiveStatus: "completed" });
  });

  it("prints an error document on standard output when the command stops before a result, of the schema the README names, and says why on standard error", async () => {
    await writeFile(join(repo.dir, "bad-event.json"), '{"id": 1, "type": "t"}');
    const cases: Array<{ argv: string[]; kind: string; code: number }> = [
      { argv: ["show", "nope"], kind: "failed", code: 1 },
      { argv: ["replay", "nope"], kind: "failed", code: 1 },
      { argv: ["forget", "nope"], kind: "failed", code: 1 },
      { argv: ["fire", "--event", join(repo.dir, "missing.json")], kind: "failed", code: 1 },
      { argv: ["fire", "--event", join(repo.dir, "bad-event.json")], kind: "failed", code: 1 },
      { argv: ["run", "hello", "nope", "--event", join(repo.dir, "event.json"), "--state", "none"], kind: "failed", code: 1 },
      { argv: ["watch", "--status"], kind: "failed", code: 1 },
      { argv: ["fire"], kind: "usage", code: 2 },
      { argv: ["lst"], kind: "usage", code: 2 },
      { argv: ["validate", "--bogus"], kind: "usage", code: 2 },
      { argv: ["runs", "--status", "nope"], kind: "usage", code: 2 },
      { argv: [], kind: "usage", code: 2 },
      { argv: ["list", "--json=yes"], kind: "usage", code: 2 },
    ];
    for (const { argv, kind, code: expected } of cases) {
      const { code, out, err } = await flows(...argv);
      const shown = argv.join(" ") || "(no command)";
      expect(code, shown).toBe(expected);
      const document = JSON.parse(out);
      expect(validateCliError(document), `${shown}: ${JSON.stringify(validateCliError.errors)}`).toBe(true);
      expect(document.error, shown).toMatchObject({ kind, exitCode: expected });
      // The message is the one standard error shows (with no command: the commands, to pick one).
      expect(err, shown).toContain(argv.length === 0 ? "Usage: flows <command>" : document.error.message);
    }
    expect(readme).toContain("[schemas/cli-error.schema.json](schemas/cli-error.schema.json)");
  });

  it("a bug is an error document too, its stack left to standard error", () => {
    const document = JSON.parse(errorDocument(new TypeError("x is undefined"), { kind: "bug", exitCode: 1, command: "fire" }));
    expect(validateCliError(document)).toBe(true);
    expect(document.error.message).toBe("x is undefined (a bug in flows-action: its stack is on standard error; please report it)");
    expect(JSON.stringify(document)).not.toContain("    at ");
  });
});
