// Every example in `flows <command> --help` runs as written, in a shell, in a repository that has
// what the examples name: no example is a usage error (exit 2) or a crash. A help that shows an
// option the command does not take, or a command line that no longer parses, fails here.
import { spawnSync } from "node:child_process";
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-table.js";
import { cliTestEnv } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

let temp: { dir: string; cleanup: () => Promise<void> };
let work: string;
beforeAll(async () => {
  temp = await tempRepo("flows-help-examples-");
  // The examples' names: the bundled release example, a hello-flow, event files, ../other-repo.
  work = join(temp.dir, "work");
  await cp(resolve("examples/release-reaction"), work, { recursive: true });
  spawnSync("git", ["init", "-q", work]);
  await writeFlow(work, { name: "hello-flow", steps: [{ name: "hello", trigger: "demo.hello", source: rawStep("completed") }] });
  await writeFile(join(work, "event.json"), JSON.stringify(flowEvent("demo.hello", "demo:hello:ada")));
  await cp(join(work, "release-published.json"), join(work, "release.json"));
  await writeFile(join(work, "push.json"), JSON.stringify({ ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: "o/r" } }));
  await mkdir(join(temp.dir, "other-repo"));
  await writeFlow(join(temp.dir, "other-repo"), { name: "other", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
});
afterAll(async () => {
  await temp.cleanup();
});

const examples = COMMANDS.flatMap((command) => command.examples.map((example) => [command.name, example] as const));

describe("flows help examples", () => {
  it.each(examples)("flows %s: `%s` runs", (_command, example) => {
    // `flows` in the example is the shipped CLI; no token (and no gh to get one), so
    // nothing asks GitHub.
    const script = `flows() { "${BUN}" "${LAUNCHER}" --no-color "$@"; }\ngh() { return 1; }\n${example}`;
    const result = spawnSync("bash", ["-c", script], { cwd: work, env: cliTestEnv(), encoding: "utf8" });
    expect(result.stderr).not.toMatch(/^flows: |This is a bug|^\s+at /m);
    expect([0, 1], result.stderr).toContain(result.status);
  });
});
