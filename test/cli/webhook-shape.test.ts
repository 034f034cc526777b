import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { guessWebhookEventName, refuseWebhookOfAnotherEvent } from "../../src/cli/webhook-shape.js";
import { githubExample, webhookExampleSets } from "../events/webhook-examples.js";
import { type CliRun, flowsIn } from "../helpers/cli.js";
import { rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";

// A webhook payload given with the wrong --event-name (a release payload copied for a push) was
// mapped to a FlowEvent of the wrong type with a digest for an id, and every step was "not
// matched", one with the advice to write the trigger type "push.published", which no event has.

describe("a payload's own event name is never refused", () => {
  // Every example GitHub publishes, on every platform: a refusal here would stop a real delivery's file.
  const cases = webhookExampleSets().flatMap((set) =>
    set.events.flatMap((event) => event.examples.map((payload, index) => ({ name: `${set.platform} ${event.name}[${index}]`, event: event.name, payload }))),
  );
  it("finds GitHub's examples", () => {
    expect(cases.length).toBeGreaterThan(300);
  });
  it("accepts each example under its own event name", () => {
    const refused = cases.flatMap(({ name, event, payload }) => {
      try {
        refuseWebhookOfAnotherEvent(event, payload, "p.json", "--event-name");
        if (event === "pull_request_review" || event === "issue_comment" || event === "release" || event === "push") {
          expect(guessWebhookEventName(payload), name).toBe(event);
        }
        return [];
      } catch (error) {
        return [`${name}: ${(error as Error).message}`];
      }
    });
    expect(refused).toEqual([]);
  });
});

describe("a payload of another event than --event-name says", () => {
  let repo: { dir: string; cleanup: () => Promise<void> };
  beforeEach(async () => {
    repo = await tempRepo("flows-webhook-shape-");
  });
  afterEach(async () => {
    await repo.cleanup();
  });
  const flows = (...argv: string[]): Promise<CliRun> => flowsIn(repo.dir, ...argv);

  it("flows github with a release payload named push says it is a release's, and runs nothing", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push*", source: rawStep("completed") }] });
    const path = join(repo.dir, "release.json");
    await writeText(path, JSON.stringify(githubExample("release", 0, "published")));
    const { code, out, err } = await flows("github", "--event-name", "push", "--event-path", path, "--state", "none");
    expect(code).toBe(1);
    expect(err).toContain(`${path}: this looks like a payload of release, not of push as --event-name says`);
    expect(err).toContain('a push payload always has "ref", "before" and "after"; this one has none of them');
    expect(err).toContain("Pass --event-name release, or give a payload of push.");
    expect(`${out}${err}`).not.toMatch(/push\.published|hello\/go: completed|\n\s+at |this is a bug/i);
  });

  it("flows explain with an issue comment named issues says issue_comment", async () => {
    const path = join(repo.dir, "comment.json");
    await writeText(path, JSON.stringify(githubExample("issue_comment", 0)));
    const { code, out, err } = await flows("explain", "--event", path, "--event-name", "issues");
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain(`${path}: this looks like a payload of issue_comment, not of issues as --event-name says`);
    expect(err).toContain('it has "issue" and "comment", which issues payloads do not have together');
  });

  it("a hand-written payload that names no event is mapped as given", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "go", trigger: "push", source: rawStep("completed") }] });
    const path = join(repo.dir, "push.json");
    await writeText(path, JSON.stringify({ ref: "refs/heads/main" }));
    const { code, err } = await flows("github", "--event-name", "push", "--event-path", path, "--state", "none");
    expect(err).not.toContain("this looks like");
    expect(code).toBe(0);
  });
});

describe("a webhook payload given to fire", () => {
  let repo: { dir: string; cleanup: () => Promise<void> };
  beforeEach(async () => {
    repo = await tempRepo("flows-webhook-shape-");
  });
  afterEach(async () => {
    await repo.cleanup();
  });

  it.each([
    ["issue_comment", 0],
    ["pull_request_review", 0],
    ["pull_request_review_comment", 0],
    ["discussion_comment", 0],
  ] as const)("names the event of a %s payload, not the event of one of its parts", async (name, index) => {
    const path = join(repo.dir, "payload.json");
    await writeText(path, JSON.stringify(githubExample(name, index)));
    const { code, err } = await flowsIn(repo.dir, "fire", "--event", path, "--state", "none");
    expect(code).toBe(1);
    expect(err).toContain(`run it with \`flows github --event-name ${name} --event-path ${path}\``);
  });
});
