// `flows <command> --help` lists exactly the options the command line parser takes for that
// command: read from the real command's help, checked against what the parser accepts.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-table.js";
import { OPTIONS, type OptionName } from "../../src/cli/options.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const run = promisify(execFile);

/** `flows ARGV...` as a real process, on Bun as it ships; exit code and both streams. */
async function flowsProcess(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(join("node_modules", ".bin", "bun"), [join("dist", "cli", "index.js"), "--no-color", ...argv], { env: cliTestEnv(), encoding: "utf8" });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

/** The options a help text lists: `  --name VALUE   ...` and `  -h, --help ...` lines. */
function listedOptions(help: string): string[] {
  return [...help.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((match) => match[1]!).sort();
}

/**
 * The options the parser takes for `command`: each one given, with three arguments too many so
 * that nothing runs; one it does not take is refused as such before the arguments are looked at.
 */
async function acceptedOptions(command: string): Promise<string[]> {
  const accepted: string[] = [];
  for (const name of Object.keys(OPTIONS) as OptionName[]) {
    if (name === "help" || name === "version") continue;
    const value = OPTIONS[name].type === "string" ? ["v"] : [];
    const { err } = await runCli([command, `--${name}`, ...value, "x1", "x2", "x3"], cliTestEnv());
    if (!err.includes(`does not take --${name}`)) accepted.push(name);
  }
  // --help and --version are answered before anything else, after any command.
  for (const name of ["help", "version"]) {
    if ((await runCli([command, `--${name}`], cliTestEnv())).code === 0) accepted.push(name);
  }
  return accepted.sort();
}

describe("each command's --help lists the options it takes, and only those", () => {
  it.each(COMMANDS.map((command) => command.name))("flows %s --help", async (command) => {
    const help = await flowsProcess([command, "--help"]);
    expect(help.code).toBe(0);
    expect(listedOptions(help.out)).toEqual(await acceptedOptions(command));
  });
});

describe("an option written with one dash is pointed at its two-dash spelling", () => {
  it.each([
    ["list", "-json", "--json"],
    ["fire", "-dry-run", "--dry-run"],
  ])("flows %s %s", async (command, given, meant) => {
    const { code, err } = await flowsProcess([command, given]);
    expect(code).toBe(2);
    expect(err).toContain(`Unknown option ${given}. Did you mean ${meant}?`);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
