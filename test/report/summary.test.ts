import { describe, expect, it } from "vitest";
import type { FlowPackage } from "../../src/flows/types.js";
import { codeBlock, inlineCode, inlineText } from "../../src/report/markdown.js";
import { JOB_SUMMARY_LIMIT_BYTES, renderSummary } from "../../src/report/summary.js";
import { outcome, run } from "./summary-helpers.js";

const flow = { name: "f", version: 1, root: "/r/flows/f", manifestPath: "/r/flows/f/flow.toml", steps: [] } as FlowPackage;

describe("renderSummary", () => {
  it("puts the event on top and one table row per run with symbol, message, duration and attempt", () => {
    const md = renderSummary(outcome());
    expect(md).toContain("### Flows for `release.published`");
    expect(md).toContain("Event `github:release.published:o/r:v1`");
    expect(md).toContain("| bindings | regenerate | ✅ completed | done | 1.2 s | 1 |");
    expect(md).toContain("<details><summary>bindings / regenerate — ✅ completed</summary>");
  });

  it("counts in its header the steps this dispatch ran, and apart from them those handled before", () => {
    const handled = run({ id: "run_handled", stepName: "earlier", alreadyHandled: true });
    const md = renderSummary(outcome({ matched: 1, runs: [run(), handled] }));
    expect(md).toContain("Event `github:release.published:o/r:v1` · 1 step run · already handled: 1 step\n");
    expect(md).not.toContain("matching");
  });

  it("says a duplicate ran no step, and how many were handled before", () => {
    const handled = run({ alreadyHandled: true });
    const md = renderSummary(outcome({ status: "duplicate", idempotent: true, matched: 0, runs: [handled] }));
    expect(md).toContain("· 0 steps run · already handled: 1 step, nothing new ran");
  });

  it("says in a dry run how many steps would run, and that none did", () => {
    const queued = run({ processStatus: "queued", effectiveStatus: "queued", resultStatus: undefined, resultPayload: undefined });
    const md = renderSummary(outcome({ dryRun: true, matched: 2, runs: [queued, { ...queued, id: "run_2", stepName: "second" }] }));
    expect(md).toContain("· 2 steps would run · dry run: nothing was run");
  });

  it("makes injection attempts in FLOW_RESULT inert", () => {
    const message = "<img src=x onerror=alert(1)> ping @org/team | col ``` fence";
    const md = renderSummary(
      outcome({ runs: [run({ resultPayload: { status: "failed", message }, output: "```\n<script>x</script>\n````" })] }),
    );
    const row = md.split("\n").find((line) => line.startsWith("| bindings"));
    expect(row).toBeDefined();
    expect(row).not.toContain("<img");
    expect(row).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(row).toContain("@\u200borg/team");
    expect(row?.split(" | ")).toHaveLength(6);
    expect(md).toContain("`````\n```\n<script>x</script>\n````\n`````");
  });

  // Local names cannot hold a line break (flow.toml), but an HTTP flow backend's run views can:
  // a blank line ends the <details> HTML block, and what follows would be rendered as markdown.
  it("keeps a flow name with line breaks inside the <summary> of its details, cut like the comment's", () => {
    const flowName = `evil\n\n![tracker](https://tracker.example/p.png)\n\n# Pwned ${"x".repeat(300)}`;
    const md = renderSummary(outcome({ runs: [run({ flowName })] }));
    const details = md.split("\n").find((line) => line.startsWith("<details><summary>evil"));
    expect(details).toMatch(/^<details><summary>evil !\[tracker\]\(https:\/\/tracker\.example\/p\.png\) # Pwned x+… \/ regenerate — /);
    expect(details?.endsWith("</summary>")).toBe(true);
    expect(md.split("\n").some((line) => line.startsWith("![tracker]") || line.startsWith("# Pwned"))).toBe(false);
  });

  it("lists why each step did not match when nothing matched", () => {
    const md = renderSummary(
      outcome({
        matched: 0,
        runs: [],
        mismatches: [
          { flow, step: { name: "s", runner: "bun", script: "x", scriptPath: "x", cwdPath: "x", timeoutMs: 1, trigger: { type: "push" } }, reason: "type", message: 'trigger type "push" does not match event type "release.published"' },
        ],
      }),
    );
    expect(md).toContain("Nothing matched. Why each step did not run:");
    expect(md).toContain('| f | s | `push` | trigger type "push" does not match event type "release.published" |');
  });

  it("heads a runs-dir warning as a problem in the action's inputs, and a flows-path one as in flow packages", () => {
    const runsDir = { severity: "warning" as const, file: 'input "runs-dir"', message: "no runs" };
    const flowsPath = { severity: "warning" as const, file: 'input "flows-path"', message: "no such folder" };
    expect(renderSummary(outcome({ problems: [runsDir] }))).toContain("### Problems in the action's inputs (1)");
    expect(renderSummary(outcome({ problems: [flowsPath] }))).toContain("### Problems in flow packages (1)");
    const state = { severity: "warning" as const, file: "/s/x.json", message: "state record: set aside" };
    expect(renderSummary(outcome({ problems: [flowsPath, state, runsDir] }))).toContain(
      "### Problems in flow packages, the state store and the action's inputs (3)",
    );
  });

  it("heads a runs file the report job could not read as a problem in the run-step jobs' results", () => {
    const runsFile = { severity: "error" as const, file: "/tmp/runs/flows-runs-1-0/runs.json", message: "runs file skipped: Unexpected end of JSON input" };
    expect(renderSummary(outcome({ problems: [runsFile] }))).toContain("### Problems in the run-step jobs' results (1)");
    const manifest = { severity: "error" as const, file: "/repo/flows/a/flow.toml", message: "unknown key" };
    expect(renderSummary(outcome({ problems: [manifest, runsFile] }))).toContain("### Problems in flow packages and the run-step jobs' results (2)");
    // With nothing matched, an unreadable runs file is not said to have kept a package's steps out.
    expect(renderSummary(outcome({ runs: [], matched: 0, problems: [runsFile] }))).not.toContain("Nothing matched among the flow packages that could be loaded");
  });

  it("lists every problem with file and line, relative to the repository", () => {
    const problems = Array.from({ length: 15 }, (_, i) => ({
      severity: "error" as const,
      file: `/r/flows/f${i}/flow.toml`,
      line: i + 1,
      message: `problem ${i}`,
    }));
    const md = renderSummary(outcome({ problems }), { baseDir: "/r" });
    expect(md).toContain("### Problems in flow packages (15)");
    expect(md).toContain("| ❌ error | `flows/f14/flow.toml:15` | problem 14 |");
  });

  it("stays under GitHub's 1 MiB summary limit with a note and a link when runs are huge", () => {
    const runs = Array.from({ length: 200 }, (_, i) =>
      run({ id: `run_${i}`, stepName: `s${i}`, output: "x".repeat(200_000), resultPayload: { status: "completed", message: "m", blob: "y".repeat(50_000) } }),
    );
    const md = renderSummary(outcome({ runs }), { runUrl: "https://github.com/o/r/actions/runs/1" });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/The details of \d+ of these 200 steps \(result and output tail\) were left out/);
    expect(md).toContain("[job log](https://github.com/o/r/actions/runs/1)");
  });
});

describe("renderSummary with more rows than its room", () => {
  // The tables of 3,000 steps and the problems passed what the summary had left after the steps'
  // own text: the cut at the end took the chained event's table and every problem.
  it("ends with every problem, keeps each event's head and the failing steps' rows, and counts the rows left out", () => {
    const long = (i: number, status: "completed" | "failed") =>
      run({ id: `run_${i}`, flowName: `flow-${i}-${"f".repeat(70)}`, stepName: `s${i}-${"s".repeat(70)}`, effectiveStatus: status, resultStatus: status, resultPayload: { status, message: `m${i} ${"m".repeat(280)}` } });
    const runs = Array.from({ length: 3000 }, (_, i) => long(i, i % 1000 === 999 ? "failed" : "completed"));
    const child = outcome({ eventId: "evt-next", event: { id: "evt-next", type: "bindings.regenerated", receivedAt: "x", payload: {} }, runs: [run({ stepName: "chained" })] });
    const problems = Array.from({ length: 40 }, (_, i) => ({ severity: "error" as const, file: `flows/f${i}/flow.toml`, line: 3, message: `broken manifest ${i} ${"p".repeat(500)}` }));
    const maxBytes = 760 * 1024;
    const md = renderSummary(outcome({ runs, matched: 3000, children: [child], problems }), { maxBytes });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(maxBytes);
    expect(md).not.toContain("bytes of this summary were cut");
    const lines = md.trimEnd().split("\n");
    expect(lines.at(-1)).toContain("broken manifest 39 ");
    for (let i = 0; i < 40; i++) expect(md).toContain(`broken manifest ${i} `);
    expect(md).toContain("### Flows for `bindings.regenerated`");
    const rows = lines.filter((line) => line.startsWith("| flow-"));
    for (const i of [999, 1999, 2999]) expect(rows.some((row) => row.startsWith(`| flow-${i}-`))).toBe(true);
    expect(rows.length).toBeLessThan(3000);
    expect(md).toContain(`> ${3000 - rows.length} more steps of these 3000 are not listed in this table, to stay under GitHub's 1 MiB job summary limit`);
    expect(md).toContain("Event `github:release.published:o/r:v1` · 3000 steps run");
    expect(md).toContain("<details><summary>flow-2999-");
  });
});

describe("markdown helpers", () => {
  it("escapes table breakers and markdown in inline text", () => {
    expect(inlineText("a|b *c* [d](e)")).toBe("a&#124;b \\*c\\* \\[d\\](e)");
  });

  it("keeps every kind of line break out of a table cell, a lone \\r too", () => {
    for (const text of ["a\rb", "a\nb", "a\r\nb", "a\u2028b"]) {
      expect(inlineText(text)).toBe("a b");
      expect(inlineCode(text)).toBe("`a b`");
    }
  });

  it("chooses a fence longer than any backtick run in the content", () => {
    expect(codeBlock("a ```` b")).toBe("`````\na ```` b\n`````");
  });
});
