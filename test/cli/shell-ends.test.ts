// `flows` as a shell runs it, at the edges a red team found: standard output closed (`>&-`),
// standard input redirected from a folder, a --config path the file system refuses, and
// `--version` with a word after it. Each ends with an exit code that says what happened and a
// message in words (no bare errno, no stack). Real processes through bash: on Bun from the
// sources, and, where the host matters (a closed standard output), on Node as it ships (dist/,
// rebuilt first when stale).
import { spawnSync } from "node:child_process";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

const ROOT = resolve(".");
// Started as the `flows` bin is, through the launcher's shell part: only it can tell that
// standard output was closed, as Bun and Node put /dev/null in its place before any JavaScript runs.
const HOSTS = {
  Bun: [join(ROOT, "dist", "cli", "index.js")],
  Node: [join(ROOT, "dist", "cli", "index.js")],
} as const;
type Host = keyof typeof HOSTS;

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  await ensureFreshDist();
  repo = await tempRepo("flows-shell-ends-");
  await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "t", source: rawStep("completed") }] });
  await writeFile(join(repo.dir, "event.json"), JSON.stringify(flowEvent("t", "evt-1")));
  await mkdir(join(repo.dir, "folder"));
  await symlink("loop-b", join(repo.dir, "loop-a"));
  await symlink("loop-a", join(repo.dir, "loop-b"));
}, DIST_BUILD_WAIT_MS);
afterAll(async () => {
  await repo.cleanup();
});

/** `flows --no-color ARGS REDIRECTS` through bash in the repository: its exit code and what reached bash's stdout and stderr. */
async function inShell(host: Host, args: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = `( "$@" ${args}; echo $? > exit-code )`;
  const result = spawnSync("bash", ["-c", script, "flows", ...HOSTS[host], "--no-color"], {
    env: cliTestEnv(host === "Node" ? { FLOWS_CLI_HOST: "node" } : {}),
    encoding: "utf8",
    cwd: repo.dir,
  });
  const code = Number(await readFile(join(repo.dir, "exit-code"), "utf8"));
  return { code, stdout: result.stdout, stderr: result.stderr };
}

const CLOSED = "flows: could not write to standard output: it is closed, or not open for writing (EBADF); the output is incomplete.\n";

type Case = { name: string; hosts: Host[]; args: string; code: number; stderr: (dir: string) => string; exact?: boolean; stdout?: RegExp };
const BOTH: Host[] = ["Bun", "Node"];
const cases: Case[] = [
  // Standard output closed: the runtime puts /dev/null in its place, and output vanished with exit 0.
  ...["list", "list --json", "runs", "events", "explain --event event.json", "validate --json", "--version", "help"].map(
    (args): Case => ({ name: `${args} >&-`, hosts: BOTH, args: `${args} >&-`, code: 1, stderr: () => CLOSED, exact: true }),
  ),
  { name: "list >&- 2>&- (nothing can say it; the exit code does)", hosts: BOTH, args: "list >&- 2>&-", code: 1, stderr: () => "", exact: true },
  // The reader leaving early stays no failure (README, "Exit codes").
  { name: "list | head -c 5", hosts: BOTH, args: "list | head -c 5", code: 0, stderr: () => "", exact: true, stdout: /^f v1 $/ },
  // --version refuses a word that names no command, as every command refuses one.
  { name: "--version extra", hosts: ["Bun"], args: "--version extra", code: 2, stderr: () => 'flows: unexpected argument "extra": --version takes none' },
  { name: "extra --version", hosts: ["Bun"], args: "extra --version", code: 2, stderr: () => 'flows: unexpected argument "extra": --version takes none' },
  { name: "--version --json extra", hosts: ["Bun"], args: "--version --json extra", code: 2, stderr: () => "--version takes none", stdout: /"kind": "usage"/ },
  { name: "list --version (still answered after a command)", hosts: ["Bun"], args: "list --version", code: 0, stderr: () => "", exact: true, stdout: /^flows \(flows-action\) / },
  // A --config the file system refuses: in words, as event files and --repo are.
  {
    name: "watch --once --config under a file",
    hosts: ["Bun"],
    args: "watch --once --config event.json/x",
    code: 1,
    stderr: (dir) => `event.json/x: cannot be reached: ${join(dir, "event.json")} is a file, not a folder. Check the path.`,
  },
  {
    name: "watch --once --config a loop of links",
    hosts: ["Bun"],
    args: "watch --once --config loop-a",
    code: 1,
    stderr: () => "loop-a: is a symbolic link that leads back to itself (a loop of links). Point the link at a real file, or give another path.",
  },
  { name: "watch --once --config a folder", hosts: ["Bun"], args: "watch --once --config folder", code: 1, stderr: () => "folder: is a folder. Give the path of a file." },
  // Standard input redirected from a folder.
  {
    name: "github --event-path - < folder",
    hosts: ["Bun"],
    args: "github --event-name push --event-path - < folder",
    code: 1,
    stderr: () => "The event payload on standard input is a folder: pipe or redirect a JSON file into it",
  },
  { name: "fire --event - < folder", hosts: ["Bun"], args: "fire --event - --state none < folder", code: 1, stderr: () => "The event on standard input is a folder: pipe or redirect a JSON file into it" },
];

describe("flows run from a shell ends with an exit code and words that say what happened", () => {
  it.each(cases.flatMap((one) => one.hosts.map((host) => ({ ...one, host }))))("$name on $host", async ({ host, args, code, stderr, exact, stdout }) => {
    const run = await inShell(host, args);
    if (exact) expect(run.stderr).toBe(stderr(repo.dir));
    else expect(run.stderr).toContain(stderr(repo.dir));
    expect(run.stderr).not.toMatch(/cannot be read \(E[A-Z]+\)|\n\s+at /);
    if (stdout) expect(run.stdout).toMatch(stdout);
    expect(run.code).toBe(code);
  });
});
