import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { COMMANDS, GLOBAL_OPTIONS } from "../../src/cli/command-table.js";
import { FLOW_RESULT_STATUSES } from "../../src/contracts.js";
import { discoverFlows } from "../../src/index.js";

// Claims in the README and docs/ that drift mechanically: the action's inputs and outputs with
// their defaults (action.yml), the inputs and permissions of every workflow snippet, the `flows`
// commands, and relative links. A change to action.yml or the CLI that the docs do not follow
// fails here.

type Input = { description: string; default?: string };
type ActionYml = { inputs: Record<string, Input>; outputs: Record<string, { description: string }> };

const action = parse(readFileSync("action.yml", "utf8")) as ActionYml;
const reusable = parse(readFileSync(".github/workflows/flows.yml", "utf8")) as {
  on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } };
};
const readme = readFileSync("README.md", "utf8");
const markdown = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => join("docs", name))];

/** The rows of the first table after `heading`: cells of each line, header and rule left out. */
function tableAfter(text: string, heading: string): string[][] {
  const at = text.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`no "${heading}" section`);
  const lines = text.slice(at).split("\n");
  const start = lines.findIndex((line) => line.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
  }
  return rows;
}

/** `a`, `b` → ["a", "b"]: the names a table's first cell lists. */
const codeNames = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");

/** What an empty default means, as action.yml's description says ("Empty means 16"). */
function effectiveDefault(input: Input): string {
  const value = (input.default ?? "").trim();
  if (value) return value;
  return /Empty means ([^\s(,;]+?)[.,;]?(?:\s|$)/.exec(input.description)?.[1] ?? "";
}

describe("the README's action inputs table", () => {
  const rows = tableAfter(readme, "## Action inputs").map(([names = "", defaults = ""]) => ({ names: codeNames(names), defaults }));
  const documented = rows.flatMap((row) => row.names);

  it("lists every input of action.yml, and no other", () => {
    expect([...documented].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  const single = rows.filter((row) => row.names.length === 1).map((row) => ({ name: row.names[0] ?? "", defaults: row.defaults }));
  it.each(single)("gives $name action.yml's default", ({ name, defaults }) => {
    const input = action.inputs[name];
    if (!input) throw new Error(`${name} is not an input`);
    const shown = codeNames(defaults);
    const expected = effectiveDefault(input);
    if (defaults === "") expect(expected, "the README shows no default").toBe("");
    // One backticked value is the default itself; prose ("Bun's GitHub releases") is checked by eye.
    else if (shown.length === 1 && defaults === `\`${shown[0]}\``) expect(shown[0]).toBe(expected);
    else if (name === "flows-path") expect(shown).toEqual(expected.split(/\s+/));
  });
});

describe("the README's rows of several action inputs", () => {
  // `backend-url`, …, `backend-timeout-minutes`: the defaults cell shows each non-empty default once.
  const grouped = tableAfter(readme, "## Action inputs")
    .map(([names = "", defaults = ""]) => ({ names: codeNames(names), defaults }))
    .filter((row) => row.names.length > 1)
    .map((row) => ({ name: row.names.join(", "), names: row.names, defaults: row.defaults }));

  it("are found", () => {
    expect(grouped.length).toBeGreaterThanOrEqual(3);
  });

  it.each(grouped)("give $name action.yml's defaults", ({ names, defaults }) => {
    const expected = names.map((name) => effectiveDefault(action.inputs[name] ?? { description: "" })).filter((value) => value !== "");
    expect(codeNames(defaults).sort()).toEqual(expected.sort());
  });
});

describe("the README's action outputs table", () => {
  it("lists every output of action.yml, and no other", () => {
    const documented = tableAfter(readme, "## Action outputs").flatMap(([names = ""]) => codeNames(names));
    expect(documented.sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown>; steps?: Step[]; permissions?: Record<string, string> };
type Workflow = { permissions?: Record<string, string>; jobs?: Record<string, Job> };

const snippets = markdown.flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match, index) => {
    const text = match[1] ?? "";
    const parsed = parse(text) as unknown;
    return { file, name: `${file} yaml block ${index + 1}`, parsed };
  }),
);

/** Every use of the action in the docs: whole workflows, and bare `- uses:` steps. */
const actionSteps = snippets.flatMap(({ name, parsed }) => {
  const steps: Step[] = [];
  if (Array.isArray(parsed)) steps.push(...(parsed as Step[]));
  else if (parsed && typeof parsed === "object" && "jobs" in parsed) {
    for (const job of Object.values((parsed as Workflow).jobs ?? {})) steps.push(...(job.steps ?? []));
  }
  return steps.filter((step) => step.uses?.startsWith("peezy/flows-action@")).map((step) => ({ name, step }));
});

const workflows = snippets.flatMap(({ name, parsed }) =>
  parsed && typeof parsed === "object" && "jobs" in parsed ? [{ name, workflow: parsed as Workflow }] : [],
);

describe("workflow snippets in the README and docs/", () => {
  it("are found", () => {
    expect(actionSteps.length).toBeGreaterThanOrEqual(8);
  });

  it.each(actionSteps)("$name passes only inputs the action has", ({ step }) => {
    for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), key).toContain(key);
  });

  it.each(workflows.filter(({ workflow }) => Object.values(workflow.jobs ?? {}).some((job) => job.uses?.includes("/.github/workflows/flows.yml@"))))(
    "$name passes only inputs and secrets the reusable workflow has",
    ({ workflow }) => {
      for (const job of Object.values(workflow.jobs ?? {})) {
        if (!job.uses?.includes("/.github/workflows/flows.yml@")) continue;
        for (const key of Object.keys(job.with ?? {})) expect(Object.keys(reusable.on.workflow_call.inputs), key).toContain(key);
        for (const key of Object.keys(job.secrets ?? {})) expect(Object.keys(reusable.on.workflow_call.secrets), key).toContain(key);
      }
    },
  );

  // The default state store (`artifact`) reads earlier runs' artifacts, and without `actions: read`
  // the job fails; a workflow that sets `permissions:` gets nothing it does not list.
  it.each(workflows.filter(({ workflow }) => workflow.permissions))("$name grants what its state store needs", ({ workflow }) => {
    for (const job of Object.values(workflow.jobs ?? {})) {
      const permissions = { ...workflow.permissions, ...job.permissions };
      const uses = [...(job.steps ?? []).filter((step) => step.uses?.startsWith("peezy/flows-action@")), ...(job.uses?.includes("/.github/workflows/flows.yml@") ? [job] : [])];
      for (const use of uses) {
        const state = String(use.with?.state ?? "artifact");
        if (state === "artifact") expect(permissions.actions, "state: artifact needs actions: read").toMatch(/^(read|write)$/);
        if (state === "branch") expect(permissions.contents, "state: branch needs contents: write").toBe("write");
      }
    }
  });
});

describe("the README's `flows` command table", () => {
  const rows = tableAfter(readme, "## The `flows` command").map(([command = ""]) => command);

  it.each(COMMANDS.map((command) => command.name))("lists `flows %s`", (name) => {
    expect(rows.some((row) => row.includes(`flows ${name}`))).toBe(true);
  });

  // A command's row shows the options of its own; the sentences under the table cover the global
  // ones, the running ones (--concurrency, --bun, --workspace-backend-url) and the store's.
  const shared = new Set<string>([...GLOBAL_OPTIONS, "concurrency", "bun", "workspace-backend-url", "state", "state-dir", "branch", "repository"]);
  it.each(COMMANDS.map((command): [string, string[]] => [command.name, command.options]))("shows in `flows %s`'s row the options it takes, and no other", (name, options) => {
    const row = rows.find((cell) => new RegExp(`^\`flows ${name}[\` ]`).test(cell)) ?? "";
    const named = [...row.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1] ?? "");
    expect(options.filter((option) => !shared.has(option) && !named.includes(option)), "taken but not shown").toEqual([]);
    expect(named.filter((option) => !options.includes(option) && !GLOBAL_OPTIONS.includes(option as never)), "shown but not taken").toEqual([]);
  });

  it("names the options every command takes", () => {
    const sentence = /Every command takes (.*?); `flows --version`/.exec(readme.replace(/\s+/g, " "))?.[1] ?? "";
    const named = [...sentence.matchAll(/`--([a-z-]+)/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...GLOBAL_OPTIONS].sort());
  });

  it("names the commands that take --concurrency, --bun and --workspace-backend-url", () => {
    const sentence = /Commands that run steps \(([^)]*)\) take `--concurrency/.exec(readme.replace(/\n/g, " "));
    const named = codeNames(sentence?.[1] ?? "").sort();
    const running = COMMANDS.filter((command) => ["concurrency", "bun", "workspace-backend-url"].every((option) => command.options.includes(option as never)));
    expect(named).toEqual(running.map((command) => command.name).sort());
  });
});

describe("the README's statuses", () => {
  it("are the ones a FLOW_RESULT may carry", () => {
    const flat = readme.replace(/\s+/g, " ");
    const sentence = /\*\*Statuses\.\*\* A step reports one of (.*?)\. A run's/.exec(flat)?.[1] ?? "";
    expect(codeNames(sentence)).toEqual([...FLOW_RESULT_STATUSES]);
  });
});

describe("the README's architecture table", () => {
  const section = readme.slice(readme.indexOf("## Architecture"), readme.indexOf("\n## ", readme.indexOf("## Architecture") + 1));
  const folders = readdirSync("src", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it.each(folders)("names src/%s/", (folder) => {
    expect(section).toContain(`\`src/${folder}/\``);
  });
});

describe("the README's state table", () => {
  // The artifact store lists the repository's artifacts (listRepositoryArtifacts, called in
  // src/state/artifact-github.ts), so every workflow of the repository shares its state.
  it("says the artifact store's records are the repository's, as its own section does", () => {
    const artifact = tableAfter(readme, "## State").find(([name = ""]) => name.startsWith("`artifact`"));
    expect(artifact?.[1]).toMatch(/of this repository/);
    expect(readme.replace(/\s+/g, " ")).toContain("State is per repository (all workflows share it)");
    expect(readFileSync("src/state/artifact-github.ts", "utf8")).toMatch(/listRepositoryArtifacts/);
  });
});

describe("the README for a first reader", () => {
  // "Try it" runs `npm ci` and `npm run flows`, which need a clone: a reader on a fresh machine
  // is told to make one. Then they write a flow of their own before they put flows in a workflow.
  it("says to clone the repository and install once, before the set-up commands", () => {
    const tryIt = readme.slice(readme.indexOf("## Try it"), readme.indexOf("\n## ", readme.indexOf("## Try it") + 1));
    const lines = (/```sh\n([\s\S]*?)```/.exec(tryIt)?.[1] ?? "").split("\n").filter((line) => line && !line.startsWith("#"));
    expect(lines).toEqual([
      "git clone https://github.com/peezy/flows-action && cd flows-action && npm ci",
      expect.stringMatching(/^npm run flows -- github /),
      "npm test",
    ]);
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(Object.keys(manifest.scripts)).toEqual(expect.arrayContaining(["flows", "test"]));
  });

  it("shows how to write a flow package before the workflows that run one", () => {
    const headings = [...readme.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual(["Try it (two commands)", "A flow package in five minutes", "Use it in a workflow"]);
  });
});

describe("`npx flows` in the README", () => {
  // npx runs the `flows` bin of an installed flows-action; without it, npx offers npm's unrelated
  // package named `flows`. A reader must meet the install before the first `npx flows`.
  it("comes after the install of flows-action, and `flows` is the bin that install brings", () => {
    const flat = readme.replace(/\s+/g, " ");
    const install = flat.indexOf("npm install --save-dev github:peezy/flows-action#v1 bun");
    expect(install).toBeGreaterThan(0);
    expect(flat.indexOf("npx flows")).toBeGreaterThan(install);
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { name: string; bin: Record<string, string>; allowScripts: Record<string, boolean> };
    expect(manifest.name).toBe("flows-action");
    expect(Object.keys(manifest.bin)).toEqual(["flows"]);
    // npm 11 asks to approve Bun's install script, which puts its binary in place: the README
    // says so next to the install, and this repository's package.json approves it.
    expect(flat.indexOf("`npm install-scripts approve bun`")).toBeGreaterThan(install);
    expect(manifest.allowScripts.bun).toBe(true);
  });

  it("says, where it says to approve Bun's script, what npm 10 (Node 22's, with no install-scripts command) and a denial in allowScripts need", () => {
    const flat = readme.replace(/\s+/g, " ");
    const approve = flat.indexOf("`npm install-scripts approve bun`");
    const near = flat.slice(approve, approve + 1500);
    expect(near).toContain("npm 10, which Node 22 ships, has no such command");
    expect(near).toContain('`"bun": false`');
    expect(flat).not.toContain("npm 11 holds such scripts back");
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes; a repeated one gets `-1`, `-2`, ... */
function anchors(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  const seen = new Map<string, number>();
  return new Set(
    [...text.matchAll(/^#+\s+(.*)$/gm)].map((m) => {
      const slug = (m[1] ?? "").trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      return count ? `${slug}-${count}` : slug;
    }),
  );
}

/** The Markdown a reader of the repository follows links in: the README, docs/, BENCHMARKS.md and the examples' READMEs. */
const linked = [
  ...markdown,
  "BENCHMARKS.md",
  ...readdirSync("examples", { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md") && !name.includes("node_modules"))
    .map((name) => join("examples", name)),
];

describe("relative links in the README, docs/, BENCHMARKS.md and examples/", () => {
  const links = linked.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] ?? "")
      .filter((target) => !/^[a-z]+:/.test(target))
      .map((target) => ({ file, target })),
  );

  it("are found", () => {
    expect(links.length).toBeGreaterThanOrEqual(10);
  });

  it.each(links)("$file → $target exists", ({ file, target }) => {
    const [path = "", anchor] = target.split("#");
    const resolved = path ? join(dirname(file), path) : file;
    expect(existsSync(resolved), resolved).toBe(true);
    if (anchor) expect([...anchors(resolved)]).toContain(anchor);
  });
});

describe("this repository's own files, named by URL in the README and docs/", () => {
  // `#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json`:
  // what main holds is what this checkout holds, so a renamed schema would leave editors a dead URL.
  const urls = [...new Set(linked.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/https:\/\/(?:raw\.githubusercontent\.com\/peezy\/flows-action\/main|github\.com\/peezy\/flows-action\/(?:blob|tree)\/main)\/([^\s)`"'>#]+)/g)].map((m) => m[1] ?? "")))];

  it("are found", () => {
    expect(urls).toContain("schemas/flow.schema.json");
  });

  it.each(urls)("%s exists", (path) => {
    expect(existsSync(path), path).toBe(true);
  });
});

describe("the README's example of a LibraryArgumentError", () => {
  it("quotes the message the call it names throws", async () => {
    const flat = readme.replace(/\s+/g, " ");
    const quoted = /`discoverFlows\(\{\}\)` throws `([^`]+)`/.exec(flat)?.[1];
    expect(quoted).toBeDefined();
    await expect((discoverFlows as (options: unknown) => Promise<unknown>)({})).rejects.toThrow(quoted);
  });
});
