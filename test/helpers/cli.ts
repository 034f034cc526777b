import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";

export type CliRun = { code: number; out: string; err: string };

/** `flows` in this process: arguments and environment in, exit code and what each stream got out. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    env,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

/**
 * The environment a CLI test runs `flows` with: PATH and HOME, and the test file's schema cache
 * (test/setup/cache-dir.ts). SHLVL=1 keeps the shells a test starts from reading the machine's
 * ~/.bashrc: bash reads it when its stdin is a socket (Node's pipes are socket pairs) and SHLVL
 * says it is the first shell, as for a shell run by sshd. A ~/.bashrc that sets up a version
 * manager cost about 100 ms of CPU per `bash -c` (pyenv's: 150 processes), and made a test's
 * outcome depend on whoever runs it.
 */
export function cliTestEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, SHLVL: "1", FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, FLOWS_GITHUB_WRITE_SPACING_SECONDS: process.env.FLOWS_GITHUB_WRITE_SPACING_SECONDS, ...extra };
}

/** `flows --repo REPO --no-color ARGV...` in this process, with the test environment. */
export function flowsIn(repo: string, ...argv: string[]): Promise<CliRun> {
  return runCli(["--repo", repo, "--no-color", ...argv], cliTestEnv());
}

/**
 * `flows --no-color ARGV...` as a real process in `cwd`: the shipped launcher (dist/cli/index.js)
 * on Bun, which runs the Bun build, with the test environment. The test file must call
 * `ensureFreshDist()` first (test/helpers/fresh-dist.ts). Tests once started src/cli/launcher.js,
 * whose Bun transpiles every source file on each start: 65 ms of CPU a command, against 31.
 */
export function flowsProcessIn(cwd: string, argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(join(process.cwd(), "node_modules", ".bin", "bun"), [join(process.cwd(), "dist", "cli", "index.js"), "--no-color", ...argv], {
    cwd,
    env: cliTestEnv(),
    encoding: "utf8",
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

/** Writes `event` as REPO/event.json and returns that path. */
export async function writeEventFile(repo: string, event: unknown): Promise<string> {
  const path = join(repo, "event.json");
  await writeFile(path, JSON.stringify(event));
  return path;
}
