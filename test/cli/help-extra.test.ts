// `flows <command> --help extra`: a word more than the command's usage names is a usage error
// (exit 2) with --help as it is with --version and `flows help <command> extra`, for every command,
// wherever the word and --help stand. Real processes: the `flows` launcher on Bun as it ships.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-table.js";
import { flowsProcessIn } from "../helpers/cli.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

let repo: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  repo = await tempRepo("flows-help-extra-");
});
afterAll(async () => {
  await repo.cleanup();
});

const flowsProcess = (argv: string[]) => flowsProcessIn(repo.dir, argv);

/** The command's own positionals, filled with words, then one word too many. */
function tooMany(name: string): { words: string[]; extra: string } {
  const spec = COMMANDS.find((command) => command.name === name)!;
  const count = spec.args?.match(/<[^>]+>/g)?.length ?? 0;
  return { words: Array.from({ length: count }, (_, index) => `word${index}`), extra: "extra" };
}

describe("--help with a word too many", () => {
  it.each(COMMANDS.map((command) => command.name))("flows %s --help <its arguments> extra is a usage error, not help", (name) => {
    const { words, extra } = tooMany(name);
    for (const argv of [[name, "--help", ...words, extra], [name, ...words, extra, "--help"], ["--help", name, ...words, extra]]) {
      const run = flowsProcess(argv);
      expect(run.err, argv.join(" ")).toContain(`flows: unexpected argument "${extra}": the usage is flows ${name}`);
      expect(run.err).toContain(`Run \`flows ${name} --help\` for its options and examples.`);
      expect(run.out).toBe("");
      expect(run.code).toBe(2);
    }
  });

  it("`flows help` itself, with --help and a word too many, is a usage error with a one-line hint", () => {
    for (const argv of [["help", "list", "--help", "extra"], ["help", "list", "extra", "--help"], ["--help", "help", "list", "extra"]]) {
      const run = flowsProcess(argv);
      expect(run.err, argv.join(" ")).toBe('flows: unexpected argument "extra": the usage is flows help [command].\nRun `flows help` for the commands.\n');
      expect(run.out).toBe("");
      expect(run.code).toBe(2);
    }
  });

  it("with --json is the usage error document", () => {
    const run = flowsProcess(["list", "--help", "--json", "extra"]);
    expect(JSON.parse(run.out)).toMatchObject({ error: { kind: "usage", exitCode: 2, command: "list" } });
    expect(run.code).toBe(2);
  });

  it("is still help with the command's own arguments and no more", () => {
    const run = flowsProcess(["show", "--help", "some-id"]);
    expect(run.out).toContain("Usage: flows show <run-id|event-id> [options]");
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
  });
});
