import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flowEventFromGitHub } from "../../src/events/index.js";
import { webhookExampleSets } from "../events/webhook-examples.js";

// docs/events.md pins example ids "from `@octokit/webhooks-examples`, `GITHUB_RUN_ID=4242`": each
// must be the id the mapper gives one of GitHub's examples of its event with that run id, or, for an
// event those examples lack (`schedule`), the payload the doc names for it.

const doc = readFileSync("docs/events.md", "utf8");
const block = /Pinned examples \(from `@octokit\/webhooks-examples`, `GITHUB_RUN_ID=(\d+)`([\s\S]*?)\):\n\n```\n([\s\S]*?)```/.exec(doc);
const runId = block?.[1] ?? "";
const pinned = (block?.[3] ?? "").split("\n").filter(Boolean);
const intro = (block?.[0] ?? "").replace(/\s+/g, " ");
/** The payload the doc gives for an event GitHub's examples lack: `{"schedule": ...}` of a run in `owner/repo`. */
const scheduleText = /the payload `(\{[^`]+\})` of a run in `([^`]+)`/.exec(intro);
const [apiSet] = webhookExampleSets();

describe("the pinned example ids of docs/events.md", () => {
  it("are found", () => {
    expect(pinned.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pinned)("%s is the id of one of GitHub's examples", (id) => {
    const eventName = (id.split(":")[1] ?? "").split(".")[0] ?? "";
    const documented = apiSet?.events.find((event) => event.name === eventName)?.examples;
    const examples = documented ?? (eventName === "schedule" && scheduleText ? [JSON.parse(scheduleText[1] ?? "")] : []);
    const repository = documented ? undefined : scheduleText?.[2];
    const ids = examples.map((payload) => flowEventFromGitHub({ eventName, payload, context: { runId, ...(repository ? { repository } : {}) }, now: () => new Date(0) }).id);
    expect(ids).toContain(id);
  });
});
