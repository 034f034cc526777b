import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flowEventFromGitHub, loadGitHubEvent } from "../../src/events/index.js";
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

describe("the messages docs/events.md quotes for loadGitHubEvent", () => {
  const flat = doc.replace(/\s+/g, " ");
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "flows-events-doc-"));
    // A trailing comma before the closing brace on line 4, as the doc's example.
    await writeFile(join(dir, "bad.json"), '{\n "a": 1,\n "b": 2,\n}\n');
    execFileSync("mkfifo", [join(dir, "fifo")]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const failure = async (env: Record<string, string>): Promise<string> => {
    try {
      await loadGitHubEvent(env);
    } catch (error) {
      return (error as Error).message.replaceAll(dir, "<dir>");
    }
    throw new Error("loadGitHubEvent did not throw");
  };

  it.each([
    ["a missing variable", {}, (message: string) => message],
    ["a missing file", { GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: "<dir>/nope.json" }, (message: string) => message.replace("<dir>/nope.json", "<path>")],
    ["a FIFO", { GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: "<dir>/fifo" }, (message: string) => message.slice(message.indexOf("it is a FIFO"))],
    ["invalid JSON", { GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: "<dir>/bad.json" }, (message: string) => message.replace("<dir>/bad.json", "<path>")],
  ])("%s", async (_, env, quoted) => {
    const message = await failure(Object.fromEntries(Object.entries(env).map(([name, value]) => [name, value.replace("<dir>", dir)])));
    const shown = quoted(message);
    expect(shown.length).toBeGreaterThan(20);
    expect(flat.includes(shown), `docs/events.md quotes "${shown}"`).toBe(true);
  });
});
