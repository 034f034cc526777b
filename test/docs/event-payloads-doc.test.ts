import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flowEventFromGitHub } from "../../src/events/index.js";
import { webhookExampleSets } from "../events/webhook-examples.js";

// docs/events.md lists the compact fields of each event's payload. Every field the mapper gives
// one of GitHub's own examples of that event is in its row (or is one every payload has).

const doc = readFileSync("docs/events.md", "utf8");
const table = doc.slice(doc.indexOf("| Event | Fields | `occurredAt` |"));
const common = new Set(["repo", "sender", "action", "github"]);
/** The subject fields `issues` and `discussion` take "as for PRs". */
const subject = ["label", "assignee", "requestedReviewer", "requestedTeam", "milestone"];

const rows = table
  .split("\n")
  .slice(2)
  .filter((_line, index, lines) => lines.slice(0, index + 1).every((each) => each.startsWith("|")))
  .map((line) => line.split(" | "))
  .map(([events = "", fields = ""]) => ({
    events: [...events.matchAll(/`([a-z_]+)`/g)].map((m) => m[1] ?? ""),
    fields: [
      ...[...fields.matchAll(/`([A-Za-z]+)(?::[^`]*)?`/g)].map((m) => m[1] ?? ""),
      ...(/subject fields/.test(fields) ? subject : []),
    ],
  }))
  .filter((row) => row.events.length > 0);

const [apiSet] = webhookExampleSets();
const cases = rows.flatMap((row) =>
  row.events.map((event) => ({ event, fields: row.fields, examples: apiSet?.events.find((each) => each.name === event)?.examples ?? [] })),
);

describe("the compact payloads docs/events.md lists", () => {
  it("are found", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.filter((item) => item.examples.length > 0))("$event: every field of GitHub's examples is in its row", ({ event, fields, examples }) => {
    const keys = new Set(
      examples.flatMap((payload) => Object.keys(flowEventFromGitHub({ eventName: event, payload, context: { repository: "o/r", runId: "1", sha: "c0ffee" } }).payload as object)),
    );
    expect([...keys].filter((key) => !common.has(key) && !fields.includes(key)).sort()).toEqual([]);
  });
});
