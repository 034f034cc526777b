import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// `--event -`: the event piped in (`gh api … | flows fire --event -`), read by the shipped
// command, whose standard input is really a pipe or a terminal here.

const LAUNCHER = resolve("dist/cli/index.js");
// The launcher started on Bun, as the `flows` command runs it: `node dist/cli/index.js` would
// start Node only to hand over to this same Bun (a Node start, about 40 ms of CPU, per command).
const BUN = resolve("node_modules/.bin/bun");

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);
beforeEach(async () => {
  repo = await tempRepo("flows-cli-stdin-");
  await writeFlow(repo.dir, { name: "hello", steps: [{ name: "greet", trigger: "push", source: rawStep("completed", "hi") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

function flows(input: string, ...argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(BUN, [LAUNCHER, "--repo", repo.dir, "--no-color", ...argv], { env: cliTestEnv(), encoding: "utf8", input });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("--event - reads the event from standard input", () => {
  it("fire and run dispatch the piped FlowEvent; explain explains it, a webhook payload too", () => {
    const fired = flows(JSON.stringify(flowEvent("push", "evt-stdin")), "fire", "--event", "-", "--state", "none");
    expect(fired.code, fired.err).toBe(0);
    expect(fired.out).toContain("event evt-stdin type=push ran=1");

    const ran = flows(JSON.stringify(flowEvent("push", "evt-stdin-2")), "run", "hello", "greet", "--event", "-", "--state", "none");
    expect(ran.code, ran.err).toBe(0);
    expect(ran.out).toContain("ran=1");

    const explained = flows(JSON.stringify(flowEvent("push", "evt-stdin-3")), "explain", "--event", "-", "--json");
    expect(explained.code, explained.err).toBe(0);
    expect(JSON.parse(explained.out).steps[0]).toMatchObject({ flow: "hello", step: "greet", matched: true });

    const webhook = flows(JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }), "explain", "--event", "-", "--event-name", "push");
    expect(webhook.code, webhook.err).toBe(0);
  });

  it("names standard input in errors: bad JSON at its line, a webhook payload with what to run instead", () => {
    const bad = flows('{\n  "id": "x",\n  "type": }\n', "fire", "--event", "-");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^flows: <stdin>:3:11: The event is not valid JSON: /);

    const webhook = flows(JSON.stringify({ action: "published", release: { tag_name: "v1" }, repository: { full_name: "o/r" } }), "fire", "--event", "-");
    expect(webhook.code).toBe(1);
    expect(webhook.err).toContain("run it with `flows github --event-name release --event-path -`");
    expect(webhook.err).toContain("`flows explain --event - --event-name release`");
  });

  it("says that nothing came on an empty standard input, rather than that the JSON ended early", () => {
    const empty = flows("", "fire", "--event", "-");
    expect(empty.code).toBe(1);
    // Prefixed `flows: ` as usage errors are: it is how the command was called that is wrong.
    expect(empty.err).toBe(
      "flows: The event is read from standard input (`-`), but nothing came (it was empty): pipe it in (`cat event.json | flows fire --event -`), or give the file's path.\n",
    );
  });

  it.skipIf(process.platform === "win32")("refuses a terminal at once instead of waiting for typing", () => {
    // script(1) gives the command a terminal as its standard input.
    const command = [BUN, LAUNCHER, "--repo", repo.dir, "--no-color", "fire", "--event", "-"].map((part) => `'${part}'`).join(" ");
    const child = spawnSync("script", ["-qec", command, "/dev/null"], { env: cliTestEnv(), encoding: "utf8", timeout: 30_000, input: "" });
    expect(child.status).toBe(1);
    expect(child.stdout).toContain("flows: The event is read from standard input (`-`), which is a terminal: pipe it in (`cat event.json | flows fire --event -`), or give the file's path.");
  });

  it.skipIf(process.platform === "win32")("flows github --event-path - refuses a terminal too", () => {
    const command = [BUN, LAUNCHER, "--repo", repo.dir, "--no-color", "github", "--event-name", "push", "--event-path", "-"].map((part) => `'${part}'`).join(" ");
    const child = spawnSync("script", ["-qec", command, "/dev/null"], { env: cliTestEnv(), encoding: "utf8", timeout: 30_000, input: "" });
    expect(child.status).toBe(1);
    expect(child.stdout).toContain(
      "flows: The event payload is read from standard input (`-`), which is a terminal: pipe it in (`cat payload.json | flows github --event-name push --event-path -`), or give the file's path.",
    );
  });

  it("an event that fails the action's own checks is said after `flows: `, naming where it came from, as other errors about it are", () => {
    // A FlowEvent that fails its check: the action's sentence, after `flows: <stdin>: `.
    const empty = flows(JSON.stringify({ id: "", type: "push" }), "fire", "--event", "-");
    expect(empty.code).toBe(1);
    expect(empty.err).toBe('flows: <stdin>: A FlowEvent needs a non-empty string "id"; got "".\n');
    const json = flows(JSON.stringify({ id: "", type: "push" }), "fire", "--event", "-", "--json");
    expect(JSON.parse(json.out).error).toMatchObject({ kind: "failed", exitCode: 1, command: "fire", file: "<stdin>", message: 'A FlowEvent needs a non-empty string "id"; got "".' });

    // A payload nested too deep: the action's sentence too, with where it came from.
    const deepEvent = JSON.stringify({ id: "evt-deep", type: "push", payload: JSON.parse(`${'{"a":'.repeat(300)}1${"}".repeat(300)}`) });
    const deep = flows(deepEvent, "fire", "--event", "-");
    expect(deep.code).toBe(1);
    expect(deep.err).toMatch(/^flows: <stdin>: The payload of event "evt-deep" nests objects and arrays more than 256 levels deep/);
    const deepWebhook = flows(`{"ref":"refs/heads/main","repository":{"full_name":"o/r"},"a":${'{"a":'.repeat(300)}1${"}".repeat(300)}}`, "explain", "--event", "-", "--event-name", "push");
    expect(deepWebhook.code).toBe(1);
    expect(deepWebhook.err).toMatch(/^flows: <stdin>: The payload of the GitHub event push nests objects and arrays more than 256 levels deep/);

    // From a file, the same, naming the file; the action's code path (`flows github`) too.
    const file = join(repo.dir, "event.json");
    writeFileSync(file, deepEvent);
    const deepFile = flows("", "fire", "--event", file);
    expect(deepFile.err.startsWith(`flows: ${file}: The payload of event "evt-deep" nests objects and arrays more than 256 levels deep`), deepFile.err).toBe(true);
    writeFileSync(file, `{"ref":"refs/heads/main","repository":{"full_name":"o/r"},"a":${'{"a":'.repeat(300)}1${"}".repeat(300)}}`);
    const deepPayloadFile = flows("", "github", "--event-name", "push", "--event-path", file, "--state", "none");
    expect(deepPayloadFile.code).toBe(1);
    expect(deepPayloadFile.err).toMatch(/^flows: The payload of the GitHub event file .* nests objects and arrays more than 256 levels deep/);

    const control = flows('{"id":"a\\u0007b","type":"push"}', "fire", "--event", "-");
    expect(control.code).toBe(1);
    expect(control.err).toMatch(/^flows: The FlowEvent in the event on standard input is not usable: "id" contains a control character/);
  });

  it("a path named - in the current folder is still reachable as ./-", () => {
    const child = spawnSync(BUN, [LAUNCHER, "--repo", repo.dir, "fire", "--event", "./-"], { cwd: repo.dir, env: cliTestEnv(), encoding: "utf8", input: "" });
    expect(child.status).toBe(1);
    expect(child.stderr).toBe(`flows: The event file ${join(repo.dir, "-")} does not exist.\n`);
  });
});

describe("flows github --event-path - reads the webhook payload from standard input", () => {
  const push = { ref: "refs/heads/main", after: "a".repeat(40), before: "b".repeat(40), repository: { full_name: "o/r" } };

  it("runs the action's code path on the piped payload, as on the same payload in a file", () => {
    const piped = flows(JSON.stringify(push), "github", "--event-name", "push", "--event-path", "-", "--state", "none", "--json");
    expect(piped.code, piped.err).toBe(0);
    const { outcome } = JSON.parse(piped.out);
    expect(outcome).toMatchObject({ status: "accepted", matched: 1 });
    expect(outcome.runs[0]).toMatchObject({ flowName: "hello", stepName: "greet", effectiveStatus: "completed" });
  });

  it("says what is wrong with it, naming standard input: nothing, not JSON, over GitHub's 25 MiB cap", () => {
    const pipe = "(`cat payload.json | flows github --event-name push --event-path -`)";
    const empty = flows("", "github", "--event-name", "push", "--event-path", "-", "--state", "none");
    expect(empty.code).toBe(1);
    expect(empty.err).toBe(`flows: The event payload is read from standard input (\`-\`), but nothing came (it was empty): pipe it in ${pipe}, or give the file's path.\n`);

    const bad = flows('{\n  "ref": }\n', "github", "--event-name", "push", "--event-path", "-", "--state", "none", "--json");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^flows: <stdin>:2:10: The event payload is not valid JSON: /);
    expect(JSON.parse(bad.out).error).toMatchObject({ kind: "failed", command: "github" });

    // Named as standard input, not as the file the action's code path is handed.
    const array = flows("[1, 2]", "github", "--event-name", "push", "--event-path", "-", "--state", "none");
    expect(array.code).toBe(1);
    expect(array.err).toBe("flows: The event payload on standard input holds an array; a webhook payload is a JSON object.\n");
    const deep = flows(`${'{"a":'.repeat(300)}1${"}".repeat(300)}`, "github", "--event-name", "push", "--event-path", "-", "--state", "none");
    expect(deep.code).toBe(1);
    expect(deep.err).toContain("The payload of the webhook piped in on standard input nests objects and arrays more than 256 levels deep");
    expect(deep.err).toMatch(/^flows: The payload of the webhook piped in on standard input nests/);

    const big = flows(`"${"x".repeat(25 * 1024 * 1024)}"`, "github", "--event-name", "push", "--event-path", "-", "--state", "none");
    expect(big.code).toBe(1);
    expect(big.err).toContain("flows: The event payload on standard input is larger than 25 MiB; payloads may be at most 25 MiB (GitHub's own cap on webhook payloads)");

    const event = flows(JSON.stringify(flowEvent("push", "evt-piped")), "github", "--event-name", "push", "--event-path", "-", "--state", "none");
    expect(event.code).toBe(1);
    expect(event.err).toMatch(/^flows: <stdin>: this is a FlowEvent \(id "evt-piped", type "push"\), not a GitHub webhook payload, which --event-path takes: run it with `flows fire --event -`/);
  });
});
