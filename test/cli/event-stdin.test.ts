import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { ensureFreshDist } from "../helpers/fresh-dist.js";

// `--event -`: the event piped in (`gh api … | flows fire --event -`), read by the shipped
// command, whose standard input is really a pipe or a terminal here.

const LAUNCHER = resolve("dist/cli/index.js");

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  await ensureFreshDist();
}, 300_000);
beforeEach(async () => {
  repo = await tempRepo("flows-cli-stdin-");
  await writeFlow(repo.dir, { name: "hello", steps: [{ name: "greet", trigger: "push", source: rawStep("completed", "hi") }] });
});
afterEach(async () => {
  await repo.cleanup();
});

function flows(input: string, ...argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(process.execPath, [LAUNCHER, "--repo", repo.dir, "--no-color", ...argv], { env: cliTestEnv(), encoding: "utf8", input });
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
    expect(bad.err).toMatch(/^<stdin>:3:11: The event is not valid JSON: /);

    const webhook = flows(JSON.stringify({ action: "published", release: { tag_name: "v1" }, repository: { full_name: "o/r" } }), "fire", "--event", "-");
    expect(webhook.code).toBe(1);
    expect(webhook.err).toContain("save it to a file and run it with `flows github --event-name release --event-path FILE`");
    expect(webhook.err).toContain("`flows explain --event - --event-name release`");
  });

  it.skipIf(process.platform === "win32")("refuses a terminal at once instead of waiting for typing", () => {
    // script(1) gives the command a terminal as its standard input.
    const command = [process.execPath, LAUNCHER, "--repo", repo.dir, "--no-color", "fire", "--event", "-"].map((part) => `'${part}'`).join(" ");
    const child = spawnSync("script", ["-qec", command, "/dev/null"], { env: cliTestEnv(), encoding: "utf8", timeout: 30_000, input: "" });
    expect(child.status).toBe(1);
    expect(child.stdout).toContain("The event is read from standard input (`-`), which is a terminal: pipe it in (`cat event.json | flows fire --event -`), or give the file's path.");
  });

  it("a path named - in the current folder is still reachable as ./-", () => {
    const child = spawnSync(process.execPath, [LAUNCHER, "--repo", repo.dir, "fire", "--event", "./-"], { cwd: repo.dir, env: cliTestEnv(), encoding: "utf8", input: "" });
    expect(child.status).toBe(1);
    expect(child.stderr).toBe(`The event file ${join(repo.dir, "-")} does not exist.\n`);
  });
});
