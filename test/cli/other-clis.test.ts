// What a user of gh, npm or bun types at `flows` by habit: `flows help help`, `flows version`,
// `flows status`, `-v`, `--color`. Each is answered with what flows calls it, by the real command.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const LAUNCHER = join(ROOT, "dist", "cli", "index.js");

function flows(...argv: string[]): { code: number | null; out: string; err: string } {
  const child = spawnSync(BUN, [LAUNCHER, "--no-color", ...argv], { env: cliTestEnv(), encoding: "utf8" });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

describe("flows, typed as another CLI is", () => {
  it("`flows help help` prints the commands, as `flows help` does, with exit 0", () => {
    const helpHelp = flows("help", "help");
    expect(helpHelp.err).toBe("");
    expect(helpHelp.code).toBe(0);
    expect(helpHelp.out).toBe(flows("help").out);
    expect(JSON.parse(flows("help", "help", "--json").out).commands.length).toBeGreaterThan(5);
  });

  it.each([
    [["version"], 'flows: Unknown command "version". Did you mean `flows --version`?\nRun `flows help` for the commands.\n'],
    [["status"], 'flows: Unknown command "status". Did you mean "runs"?\nRun `flows help` for the commands.\n'],
    [["logs"], 'flows: Unknown command "logs". Did you mean "runs"?\nRun `flows help` for the commands.\n'],
    [["rerun"], 'flows: Unknown command "rerun". Did you mean "replay"?\nRun `flows help` for the commands.\n'],
    [["view"], 'flows: Unknown command "view". Did you mean "show"?\nRun `flows help` for the commands.\n'],
    [["-v"], "flows: Unknown option -v. Did you mean --version?\nRun `flows help` for the commands.\n"],
    [["list", "--verbose"], "flows: Unknown option --verbose. Did you mean --debug?\nRun `flows list --help` for its options and examples.\n"],
    [
      ["list", "--color=always"],
      "flows: Unknown option --color. Colours are on when standard output and error are a terminal; FORCE_COLOR=1 turns them on elsewhere, --no-color off.\nRun `flows list --help` for its options and examples.\n",
    ],
    // The command after a global option and its value: the error names that command's help.
    [["--repo", ".", "fire", "--evnt", "e.json"], "flows: Unknown option --evnt. Did you mean --event?\nRun `flows fire --help` for its options and examples.\n"],
    [["runs", "--state", "Branch"], 'flows: --state must be file, branch, artifact or none; got "Branch". Did you mean "branch"?\nRun `flows runs --help` for its options and examples.\n'],
    [["fire", "--event", "e.json", "--state", "fiel"], 'flows: --state must be file, branch, artifact or none; got "fiel". Did you mean "file"?\nRun `flows fire --help` for its options and examples.\n'],
  ])("flows %j exits 2 naming what flows calls it", (argv, message) => {
    const { code, out, err } = flows(...(argv as string[]));
    expect(err).toBe(message);
    expect(out).toBe("");
    expect(code).toBe(2);
  });
});
