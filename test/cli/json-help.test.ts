// `--version --json` and `help --json` are JSON documents like every other `--json` output, of
// the schemas the README names: a script reads the version, or the command table, without
// parsing the text meant for people.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { COMMANDS, GLOBAL_OPTIONS } from "../../src/cli/command-table.js";
import { validateCliHelp, validateCliVersion } from "../../src/generated/validators.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";

const flows = (...argv: string[]) => runCli(argv, cliTestEnv());

describe("flows --version --json", () => {
  it("prints the package, its version and the runtime the command runs on, of schemas/cli-version.schema.json", async () => {
    const { version } = JSON.parse(await readFile("package.json", "utf8"));
    for (const argv of [["--version", "--json"], ["--json", "--version"], ["list", "--version", "--json"]]) {
      const { code, out, err } = await flows(...argv);
      expect(code, err).toBe(0);
      const document = JSON.parse(out);
      expect(validateCliVersion(document), JSON.stringify(validateCliVersion.errors)).toBe(true);
      expect(document).toEqual({ name: "flows-action", version, runtime: { name: "node", version: process.versions.node } });
    }
    // Without --json: the line people read, as before.
    expect((await flows("--version")).out).toBe(`flows (flows-action) ${version}\n`);
  });
});

describe("flows help --json", () => {
  it("prints every command of the command table, with its options and examples, of schemas/cli-help.schema.json", async () => {
    for (const argv of [["help", "--json"], ["--help", "--json"], ["--json", "-h"]]) {
      const { code, out, err } = await flows(...argv);
      expect(code, err).toBe(0);
      const document = JSON.parse(out);
      expect(validateCliHelp(document), JSON.stringify(validateCliHelp.errors)).toBe(true);
      expect(document.commands.map((command: { name: string }) => command.name)).toEqual(COMMANDS.map((command) => command.name));
      expect(document.globalOptions.map((option: { name: string }) => option.name)).toEqual([...GLOBAL_OPTIONS, "version"]);
    }
  });

  it("prints one command, in its own wording, for `help <command>` and `<command> --help`", async () => {
    for (const argv of [["help", "runs", "--json"], ["runs", "--help", "--json"]]) {
      const { code, out, err } = await flows(...argv);
      expect(code, err).toBe(0);
      const document = JSON.parse(out);
      expect(validateCliHelp(document), JSON.stringify(validateCliHelp.errors)).toBe(true);
      expect(document.commands).toHaveLength(1);
      const [runs] = document.commands;
      expect(runs).toMatchObject({ name: "runs", usage: "flows runs [options]", summary: COMMANDS.find((each) => each.name === "runs")!.summary });
      expect(runs.examples).toContain("flows runs --needs-attention");
      // `runs --event` is an id there, not a file (the command's own wording, as its text help says).
      expect(runs.options.find((option: { name: string }) => option.name === "event")).toEqual({
        name: "event",
        flag: "--event ID",
        value: "ID",
        takesValue: true,
        description: "only runs of this event id",
      });
      expect(runs.options.find((option: { name: string }) => option.name === "needs-attention")).toMatchObject({ flag: "--needs-attention", takesValue: false });
    }
    const github = JSON.parse((await flows("help", "github", "--json")).out).commands[0];
    expect(github.options.find((option: { name: string }) => option.name === "input")).toMatchObject({ repeatable: true, value: "NAME=VALUE" });
  });

  it("an unknown command is still an error document", async () => {
    const { code, out } = await flows("help", "nope", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(out).error).toMatchObject({ kind: "usage", message: 'Unknown command "nope".' });
  });
});
