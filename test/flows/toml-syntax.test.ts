import { describe, expect, it } from "vitest";
import { parseFlowManifest } from "../../src/flows/manifest.js";

// The manifest is parsed from text: a syntax error stops before any file is looked at.
const FILE = "/nowhere/flows/x/flow.toml";
const problemOf = (text: string) => {
  const { flow, problems } = parseFlowManifest(FILE, text);
  expect(flow).toBeUndefined();
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe("a flow.toml that is not valid TOML says what to write instead", () => {
  it.each([
    {
      mistake: "a string left open at the end of its line",
      text: 'name = "hello\nversion = 1\n',
      at: [1, 14],
      says: "The string is not closed on this line: add the closing quote. A string that spans lines is written between \"\"\" or '''.",
    },
    {
      mistake: "a multi-line string never closed",
      text: "name = 'x'\ndescription = '''\nmany lines\n",
      at: [2, 15],
      says: "The string that starts here is never closed: add the closing '''.",
    },
    {
      mistake: "a double-quoted string inside a double-quoted condition",
      text: 'name = "x"\nif = "contains(github.ref, "main")"\n',
      at: [2, 29],
      says:
        'The "..." string ends at the " in column 28, so the rest of the line is left over. Write a double quote inside it as \\", ' +
        "or quote the whole value with '...'. In a condition, strings take single quotes: if = \"github.ref == 'refs/heads/main'\".",
    },
    {
      mistake: "a key set twice",
      text: 'name = "a"\nversion = 1\nname = "b"\n',
      at: [3, 1],
      says: "name is already set on line 1; a key is set once per table. Remove one of them.",
    },
    {
      mistake: "two [steps.trigger] sections in one step",
      text: '[[steps]]\nname = "s"\n[steps.trigger]\ntype = "push"\n\n[steps.trigger]\ntype = "release"\n',
      at: [6, 2],
      says: "[steps.trigger] is already defined on line 3. Merge the two sections into one (for another step, start it with [[steps]] first).",
    },
    {
      mistake: "[steps.trigger] written before its [[steps]]",
      text: 'name = "x"\n[steps.trigger]\ntype = "push"\n[[steps]]\nname = "s"\n',
      at: [4, 3],
      says: "steps is already a table (line 2: [steps.trigger]), so [[steps]] cannot add an entry to it. Write each [[steps]] first and its [steps.…] sections after it.",
    },
    {
      mistake: "a Windows path in a double-quoted string",
      text: 'script = "exec\\win.ts"\n',
      at: [1, 16],
      says: "Write \\\\ for a backslash, or use a '...' string, which keeps backslashes as they are (paths use / on every system).",
    },
    { mistake: "a word without quotes", text: "name = hello # the flow\n", at: [1, 8], says: 'Put text in quotes: name = "hello".' },
    { mistake: "a value left out", text: "version =\n", at: [1, 10], says: "The value of version is missing: write one after =, or remove the line." },
    { mistake: "YAML's key: value", text: 'name = "x"\nversion: 1\n', at: [2, 8], says: "TOML writes key = value, not key: value." },
    {
      mistake: "an integer past what a JavaScript number holds exactly",
      text: "[config]\nid = 9007199254740993\n",
      at: [2, 6],
      says: "Integers here must be within ±9007199254740991 (2^53 - 1); write a larger number as a string, in quotes.",
    },
    { mistake: "a capitalised boolean", text: "flag = True\n", at: [1, 8], says: "Write true in lower case." },
    {
      mistake: "old Mac line ends",
      text: 'name = "x"\rversion = 1\r',
      at: [1, 11],
      says: "Its lines end in a lone carriage return (\\r); save the file with LF (or CRLF) line ends.",
    },
  ])("$mistake", ({ text, at, says }) => {
    const problem = problemOf(text);
    expect(problem).toMatchObject({ severity: "error", file: FILE, line: at[0], column: at[1] });
    expect(problem?.message).toMatch(/^flow\.toml is not valid TOML: [^.]+\. /);
    expect(problem?.message).toContain(says);
  });

  it("a mistake it has no hint for still gets its position and the parser's reason", () => {
    expect(problemOf("version = 1.2.3\n")).toMatchObject({
      line: 1,
      column: 14,
      message: "flow.toml is not valid TOML: illegal character in numeric literal. Fix the syntax at this position.",
    });
  });
});
