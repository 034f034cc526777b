import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, GLOBAL_OPTIONS } from "../../src/cli/command-table.js";
import { OPTIONS } from "../../src/cli/options.js";
import type { WatchAndDispatchResult } from "../../src/watch/dispatch.js";
import type { WatchStatus } from "../../src/watch/status.js";

// What the README and docs/ say of the `flows` command, against the command table, its options
// and help (src/cli/): the commands they show, the `--json` documents, the FLOWS_* variables.
// The README's command table itself is checked in reference.test.ts.

const readme = readFileSync("README.md", "utf8");
const markdown = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => join("docs", name))];

describe("`flows` commands shown in the README, docs/ and examples/", () => {
  // Inline code (`flows fire --event e.json`) and shell lines in code blocks (`npx flows list`,
  // `echo … | flows fire --event -`): each names a command and only options that command takes.
  // The README shows these mistakes on purpose, to say what `flows` answers to them.
  const mistakes = new Set(["lst", "init", "status", "retry", "version"]);
  const files = [...markdown, "examples/upstream-release/README.md"];
  const shown = files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const spans = text
      .replace(/```[\s\S]*?```/g, "")
      .split("`")
      .filter((_, index) => index % 2 === 1);
    const inline = spans.flatMap((span) => [...span.matchAll(/^(?:npx |npm run )?flows(?: --)? ([a-z]+)(.*)$/gs)]);
    const shell = [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].filter((block) => ["", "sh", "bash", "console"].includes(block[1] ?? ""));
    const blocks = shell.flatMap((block) =>
      [...(block[2] ?? "").matchAll(/^(?:\$ )?(?:[^#\n]*\| )?(?:[A-Z_]+=\S+ )*(?:npx |npm run )?flows(?: --)? ([a-z]+)([^#\n]*)/gm)],
    );
    return [...inline, ...blocks].map((m) => ({ file, command: m[1] ?? "", rest: m[2] ?? "" }));
  });

  it("are found", () => {
    expect(shown.length).toBeGreaterThanOrEqual(80);
  });

  it.each(shown.filter(({ command }) => !mistakes.has(command)))("$file: flows $command $rest", ({ command, rest }) => {
    if (command === "help") return;
    const spec = COMMANDS.find((entry) => entry.name === command);
    expect(spec, `no command ${command}`).toBeDefined();
    const options = [...rest.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1] ?? "");
    const taken: string[] = [...(spec?.options ?? []), ...GLOBAL_OPTIONS];
    expect(options.filter((option) => !taken.includes(option))).toEqual([]);
  });
});

describe("the README's `--json` table", () => {
  // The keys of the documents `flows watch --once --json` and `flows watch --status --json` print,
  // held to their types by tsc (a key the type gains or loses fails the typecheck here).
  const once = { dryRun: true, reports: true, requests: true, clocks: true, events: true, outcomes: true } satisfies Record<keyof WatchAndDispatchResult, true>;
  const status = { at: true, repositories: true, nextPollStartsWith: true, notConfigured: true } satisfies Record<keyof WatchStatus, true>;

  it("names every key of watch --once and watch --status", () => {
    const row = readme.split("\n").find((line) => line.startsWith("| `watch --once` · `watch --status` |")) ?? "";
    const documents = [...row.matchAll(/`\{([^}]*)\}`/g)].map((m) => (m[1] ?? "").split(",").map((key) => key.trim().replace(/\?$/, "")).sort());
    expect(documents).toEqual([Object.keys(once).sort(), Object.keys(status).sort()]);
  });
});

describe("FLOWS_* environment variables", () => {
  // Each variable the code reads is documented; the launcher's own marks (hand-over, JIT, closed stdout) are not settings.
  const internal = new Set(["FLOWS_CLI_HANDOVER", "FLOWS_CLI_JIT", "FLOWS_CLI_STDOUT"]);
  const read = new Set(
    readdirSync("src", { recursive: true, encoding: "utf8" })
      .filter((name) => /\.(ts|js)$/.test(name) && !name.startsWith("generated"))
      .flatMap((name) => [...readFileSync(join("src", name), "utf8").matchAll(/\bFLOWS_[A-Z_]+/g)].map((m) => m[0])),
  );
  const documented = new Set(markdown.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bFLOWS_[A-Z_]+/g)].map((m) => m[0])));

  it("are found", () => {
    expect(read.size).toBeGreaterThanOrEqual(10);
  });

  it.each([...read].filter((name) => !internal.has(name)).sort())("%s is in the README or docs/", (name) => {
    expect(documented.has(name)).toBe(true);
  });
});

describe("`flows --help` and the README's options", () => {
  const flat = readme.replace(/\s+/g, " ");

  it("say the same about where --repo is by default", () => {
    expect(flat).toContain("by default the current folder or, from a subfolder of a git repository, the nearest folder above it that holds a flow root");
    expect(OPTIONS.repo.description).toContain("the current folder, or from a subfolder of a git repository the nearest folder above it that holds a flow root");
  });

  it("name the same variables that turn --debug on", () => {
    const named = /`--debug` \(or ([^)]*)\)/.exec(flat)?.[1] ?? "";
    const variables = [...named.matchAll(/`([A-Z_]+)=1`/g)].map((m) => m[1] ?? "");
    expect(variables).toEqual(["FLOWS_DEBUG", "RUNNER_DEBUG"]);
    for (const variable of variables) expect(OPTIONS.debug.description).toContain(`${variable}=1`);
  });

  it("say where `flows github` takes GITHUB_REPOSITORY from", () => {
    expect(flat).toContain("`--repository owner/repo` sets `GITHUB_REPOSITORY` (default: `GITHUB_REPOSITORY`, else the payload's `repository.full_name`)");
    const github = COMMANDS.find((command) => command.name === "github");
    expect(github?.optionHelp?.repository?.description).toContain("GITHUB_REPOSITORY (default: GITHUB_REPOSITORY, else the payload's repository.full_name)");
  });
});

describe("options in the README's `flows` section", () => {
  // Every --option there is one of flows' own: `--verbose` is shown as a mistake flows answers
  // (→ --debug), `--ignore-scripts` is npm's.
  const others = new Set(["version", "verbose", "ignore-scripts"]);
  const start = readme.indexOf("## The `flows` command");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const named = [...new Set([...section.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1] ?? ""))];

  it("are found", () => {
    expect(named.length).toBeGreaterThanOrEqual(30);
  });

  it.each(named.filter((name) => !others.has(name)))("--%s is an option of flows", (name) => {
    expect(Object.keys(OPTIONS)).toContain(name);
  });

  // The other way round: an option `flows <command> --help` lists is named in the command's row of
  // the table or in the text under it, so a new option cannot go undocumented.
  const rows = section.split("\n").filter((line) => line.startsWith("| `flows "));
  const prose = section.split("\n").filter((line) => !line.startsWith("|")).join("\n");
  it.each(COMMANDS.flatMap((command) => command.options.map((option) => [command.name, option] as const)))("flows %s --%s is in the README", (command, option) => {
    const row = rows.find((line) => line.startsWith(`| \`flows ${command}`)) ?? "";
    expect(row.includes(`--${option}`) || prose.includes(`--${option}`), `--${option} of flows ${command}`).toBe(true);
  });
});
