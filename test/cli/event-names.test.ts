import { describe, expect, it } from "vitest";
import { checkGitHubEventName } from "../../src/cli/event-names.js";
import { UsageError } from "../../src/cli/usage.js";
import { webhookExampleSets } from "../events/webhook-examples.js";

// `--event-name` guards against typos, not against events the mapper knows: docs/events.md says
// webhook-only events (installation, sponsorship...) can be fed to the CLI, and every event GitHub
// documents a payload for maps to a FlowEvent.
describe("--event-name", () => {
  const documented = [...new Set(webhookExampleSets().flatMap((set) => set.events.map((event) => event.name)))].sort();

  it.each(documented)("takes %s, an event GitHub documents a webhook payload for", (name) => {
    expect(() => checkGitHubEventName(name, "github")).not.toThrow();
  });

  it.each(["dynamic", "project", "project_card", "project_column", "workflow_call", "merge_group", "schedule"])(
    "takes %s, a name GITHUB_EVENT_NAME can hold",
    (name) => {
      expect(() => checkGitHubEventName(name, "github")).not.toThrow();
    },
  );

  it("still refuses a typo, with a suggestion", () => {
    expect(() => checkGitHubEventName("instalation", "github")).toThrow(UsageError);
    expect(() => checkGitHubEventName("instalation", "github")).toThrow('Did you mean "installation"?');
  });
});
