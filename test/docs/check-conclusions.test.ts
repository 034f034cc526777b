import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { stepConclusion } from "../../src/report/checks-output.js";

// docs/pull-requests.md's table of a step's result and the conclusion of its check run, against
// the function that picks the conclusion.

const doc = readFileSync("docs/pull-requests.md", "utf8");
const at = doc.indexOf("| Step result | Check conclusion |");
const rows = doc
  .slice(at)
  .split("\n")
  .slice(2)
  .filter((line, index, lines) => line.startsWith("|") && lines.slice(0, index).every((before) => before.startsWith("|")))
  .map((line) => line.split("|").map((cell) => cell.trim()))
  .map(([, result = "", conclusion = ""]) => ({ result, conclusion: /^[a-z ]+/.exec(conclusion)?.[0].trim() ?? "" }));

/** The statuses a row's first cell names: `completed`, `changed`, or a bare word (canceled). */
const statusesIn = (cell: string): string[] => (/^[a-z_]+$/.test(cell) ? [cell] : [...cell.matchAll(/`([a-z_]+)`/g)].map((m) => m[1] ?? ""));

function conclusionOf(result: string): string | undefined {
  const run = (status: string, timedOut = false) => ({ effectiveStatus: status, timedOut }) as unknown as FlowRunView;
  if (result === "timed out") return stepConclusion(run("failed", true))?.replace("_", " ");
  const statuses = statusesIn(result);
  const found = new Set(statuses.map((status) => stepConclusion(run(status))?.replace("_", " ")));
  return found.size === 1 ? [...found][0] : `${[...found].join(" / ")}`;
}

describe("the check conclusions docs/pull-requests.md lists", () => {
  it("are found, one row for every status a finished run ends with", () => {
    expect(at).toBeGreaterThan(0);
    const listed = rows.flatMap((row) => statusesIn(row.result));
    expect(listed.sort()).toEqual(["blocked", "canceled", "changed", "completed", "failed", "needs_intervention", "skipped"]);
  });

  it.each(rows)("$result → $conclusion", ({ result, conclusion }) => {
    expect(conclusionOf(result)).toBe(conclusion);
  });
});
