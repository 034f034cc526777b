import { describe, expect, it } from "vitest";
import { compileCondition } from "../../src/flows/condition-compile.js";
import { ConditionScope } from "../../src/flows/condition-evaluate.js";
import type { FlowPackage } from "../../src/flows/types.js";

// The built-in functions and operators are GitHub's own (@actions/expressions), so a condition
// means what it means in a workflow's `if:`. These examples are GitHub's documentation's:
// https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
// Only the context names differ: a flow has event, github, flow and env.

const flow: FlowPackage = { name: "rules", version: 1, root: "/r", manifestPath: "/r/flow.toml", steps: [] };

const github = {
  event_name: "push",
  ref: "refs/heads/main",
  event: {
    issue: { labels: [{ name: "bug" }, { name: "help wanted" }] },
    fruits: [
      { name: "apple", quantity: 1 },
      { name: "orange", quantity: 2 },
      { name: "pear", quantity: 1 },
    ],
  },
};
const env = { continue: "true", time: "3", EMPTY: "" };
const event = { id: "e", type: "push", receivedAt: "2026-01-01T00:00:00Z", payload: { job: { status: "success" } } };

async function value(expression: string): Promise<unknown> {
  const compiled = compileCondition(expression);
  if (!compiled.ok) throw new Error(`${expression}: ${compiled.message}`);
  return new ConditionScope({ event, github, env }).valueOf(compiled, flow);
}

async function truth(expression: string): Promise<boolean> {
  const compiled = compileCondition(expression);
  if (!compiled.ok) throw new Error(`${expression}: ${compiled.message}`);
  const report = await new ConditionScope({ event, github, env }).evaluate(compiled, flow);
  if (report.result === "error") throw new Error(`${expression}: ${report.error}`);
  return report.result === "true";
}

describe("GitHub's expression rules, pinned by its documentation's examples", () => {
  it("literals", async () => {
    expect(await value("null")).toBe(null);
    expect(await value("false")).toBe(false);
    expect(await value("711")).toBe(711);
    expect(await value("-9.2")).toBe(-9.2);
    expect(await value("0xff")).toBe(255);
    expect(await value("-2.99e-2")).toBe(-0.0299);
    expect(await value("'Mona the Octocat'")).toBe("Mona the Octocat");
    expect(await value("'It''s open source!'")).toBe("It's open source!");
  });

  it.each([
    ["'abc' == 'ABC'", true],
    ["'Mona' != 'mona'", false],
    ["'a' < 'B'", true],
    ["null == 0", true],
    ["true == 1", true],
    ["false == 0", true],
    ["'1' == 1", true],
    ["'' == 0", true],
    ["env.EMPTY == 0", true],
    ["'abc' == 0", false],
    ["NaN == NaN", false],
    ["'abc' > 1", false],
    ["'abc' <= 1", false],
    ["github.event.issue.labels == github.event.issue.labels", true],
    ["fromJSON('[1]') == fromJSON('[1]')", false],
    ["github.event.issue == fromJSON('{}')", false],
    ["github.event.missing == null", true],
    ["!github.event.missing", true],
  ])("loose equality and case-insensitive comparison: %s is %s", async (expression, expected) => {
    expect(await truth(expression)).toBe(expected);
  });

  it.each([
    ["contains('Hello world', 'llo')", true],
    ["contains('Hello world', 'LLO')", true],
    ["contains('Hello world', 'xyz')", false],
    ["contains(github.event.issue.labels.*.name, 'bug')", true],
    ["contains(github.event.issue.labels.*.name, 'BUG')", true],
    ["contains(github.event.issue.labels.*.name, 'feature')", false],
    ["contains(github.event.issue.labels.*.name, 'help')", false],
    ["contains(fromJSON('[\"push\", \"pull_request\"]'), github.event_name)", true],
    ["contains(fromJSON('[1, 2]'), '2')", true],
    ["contains(github.event.issue, 'labels')", false],
    ["startsWith('Hello world', 'He')", true],
    ["startsWith('Hello world', 'he')", true],
    ["startsWith('Hello world', 'world')", false],
    ["endsWith('Hello world', 'ld')", true],
    ["endsWith('Hello world', 'LD')", true],
    ["endsWith('Hello world', 'He')", false],
    ["startsWith(github.event.issue, '')", false],
  ])("contains, startsWith and endsWith: %s is %s", async (expression, expected) => {
    expect(await truth(expression)).toBe(expected);
  });

  it("format, join, toJSON and fromJSON give the documented values", async () => {
    expect(await value("format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')")).toBe("Hello Mona the Octocat");
    expect(await value("format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat')")).toBe("{Hello Mona the Octocat!}");
    expect(await value("join(github.event.issue.labels.*.name, ', ')")).toBe("bug, help wanted");
    expect(await value("join(github.event.issue.labels.*.name)")).toBe("bug,help wanted");
    expect(await value("join('abc')")).toBe("abc");
    expect(await value("toJSON(event.payload.job)")).toBe('{\n  "status": "success"\n}');
    expect(await value("fromJSON(env.continue)")).toBe(true);
    expect(await value("fromJSON(env.time)")).toBe(3);
    expect(await value("github.event.fruits.*.name")).toEqual(["apple", "orange", "pear"]);
  });

  it("&& and || return operands, as workflow authors use for defaults and ternaries", async () => {
    expect(await value("github.ref == 'refs/heads/main' && 'value_for_main_branch' || 'value_for_other_branches'")).toBe(
      "value_for_main_branch",
    );
    expect(await value("github.event.missing || 'default'")).toBe("default");
    expect(await value("'' && 'never'")).toBe("");
  });

  it("context names and property names are case-insensitive, as in workflows", async () => {
    expect(await truth("GITHUB.EVENT_NAME == 'push'")).toBe(true);
    expect(await truth("github.Event.Issue.Labels[0].Name == 'bug'")).toBe(true);
    expect(await truth("github['event_name'] == 'PUSH'")).toBe(true);
  });
});

describe("docs/conditions.md and the README", () => {
  it("every condition in their examples compiles", async () => {
    const { readFileSync } = await import("node:fs");
    const { parse } = await import("smol-toml");
    const text = ["../../docs/conditions.md", "../../README.md"].map((file) => readFileSync(new URL(file, import.meta.url), "utf8")).join("\n");
    const blocks = [...text.matchAll(/```toml\n([\s\S]*?)```/g)].map((match) => match[1] as string);
    // Every `if` key in every TOML example, wherever its table is.
    const found: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") {
        for (const [key, inner] of Object.entries(value)) key === "if" ? found.push(String(inner)) : collect(inner);
      }
    };
    for (const block of blocks) {
      if (block.includes("if =")) collect(parse(block));
    }
    const conditions = found;
    expect(conditions.length).toBeGreaterThanOrEqual(6);
    for (const condition of conditions) {
      const compiled = compileCondition(condition);
      expect(compiled.ok ? "ok" : compiled.message, condition).toBe("ok");
    }
  });
});
