import { describe, expect, test } from "vitest";
import {
  FlowEventInputError,
  type GitHubRunContext,
  flowEventFromGitHub,
  upstreamReleaseEventId,
} from "../../src/events/index.js";
import { githubExample } from "./webhook-examples.js";

const NOW = new Date("2024-05-01T12:00:00.000Z");
const RUN: GitHubRunContext = { repository: "octo-org/octo-repo", runId: "100" };

function repositoryDispatch(clientPayload: unknown, eventType = "flow-event"): Record<string, unknown> {
  return { ...githubExample("repository_dispatch", 0), action: eventType, client_payload: clientPayload };
}

function workflowDispatch(event: unknown): Record<string, unknown> {
  return { ...githubExample("workflow_dispatch", 0), inputs: { event } };
}

function map(eventName: string, payload: unknown, eventInput?: string) {
  return flowEventFromGitHub({
    eventName,
    payload,
    context: RUN,
    now: () => NOW,
    ...(eventInput !== undefined ? { eventInput } : {}),
  });
}

function inputError(run: () => unknown): FlowEventInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof FlowEventInputError) return error;
    throw error;
  }
  throw new Error("expected a FlowEventInputError");
}

const DEPLOY = { id: "ci:deploy:octo-org/octo-repo:42", type: "deploy", payload: { environment: "prod" } };

describe("a FlowEvent carried by the delivery is dispatched as it is", () => {
  test("a repository_dispatch whose client_payload is a FlowEvent", () => {
    const event = map("repository_dispatch", repositoryDispatch({ ...DEPLOY, source: "ci" }));
    expect(event).toEqual({ ...DEPLOY, source: "ci", receivedAt: NOW.toISOString() });
  });

  test("a repository_dispatch with the FlowEvent under client_payload.event", () => {
    const event = map("repository_dispatch", repositoryDispatch({ event: { id: "x:1", type: "ping" } }));
    expect(event).toEqual({ id: "x:1", type: "ping", receivedAt: NOW.toISOString(), payload: {} });
  });

  test("client_payload.event may also be FlowEvent JSON text", () => {
    const event = map("repository_dispatch", repositoryDispatch({ event: JSON.stringify(DEPLOY) }));
    expect(event.id).toBe(DEPLOY.id);
  });

  test("a workflow_dispatch with an event input holding FlowEvent JSON", () => {
    const receivedAt = "2024-04-01T00:00:00.000Z";
    const event = map("workflow_dispatch", workflowDispatch(JSON.stringify({ ...DEPLOY, receivedAt })));
    expect(event).toEqual({ ...DEPLOY, receivedAt });
  });

  test("an empty event input on workflow_dispatch maps the dispatch itself", () => {
    expect(map("workflow_dispatch", workflowDispatch("")).id).toBe("github:workflow_dispatch:octo-org/octo-repo:run-100");
  });

  test("the action's event input replaces any GitHub event", () => {
    const event = map("push", githubExample("push", 4), JSON.stringify(DEPLOY));
    expect(event).toEqual({ ...DEPLOY, receivedAt: NOW.toISOString() });
  });

  test("an ordinary client_payload is not mistaken for a FlowEvent", () => {
    const event = map("repository_dispatch", repositoryDispatch({ type: "deploy", environment: "prod" }, "deploy"));
    expect(event.id).toBe("github:repository_dispatch.deploy:octo-org/octo-repo:run-100");
    expect(event.payload).toMatchObject({ clientPayload: { type: "deploy", environment: "prod" } });
  });
});

describe("a malformed FlowEvent is refused with where it came from and what to send", () => {
  test("invalid JSON in the event input names the line and column", () => {
    const error = inputError(() => map("push", githubExample("push", 4), '{\n  "id": "a",\n  "type": }'));
    expect(error.origin).toBe("the action input `event`");
    expect(error.position).toEqual({ offset: 25, line: 3, column: 11 });
    expect(error.message).toContain("invalid JSON");
    expect(error.message).toContain("at line 3, column 11 (position 25)");
    expect(error.message).toContain('Expected JSON like {"id": ');
  });

  test("invalid JSON in a workflow_dispatch input names that input", () => {
    const error = inputError(() => map("workflow_dispatch", workflowDispatch('{"id": "a", "type": "b"')));
    expect(error.message).toMatch(/^The FlowEvent in the workflow_dispatch input `event` \(inputs.event\) is not usable: invalid JSON/);
    expect(error.position?.offset).toBe(23);
  });

  test("a FlowEvent without an id is refused", () => {
    const error = inputError(() => map("repository_dispatch", repositoryDispatch({ event: { type: "deploy" } })));
    expect(error.message).toContain('The FlowEvent in the repository_dispatch client_payload.event is not usable: missing string "id".');
  });

  test("an id that is not a string is refused", () => {
    const error = inputError(() => map("repository_dispatch", repositoryDispatch({ id: 42, type: "deploy" })));
    expect(error.problem).toBe('"id" must be a string, but it is number 42');
  });

  test("a FlowEvent without a type is refused", () => {
    expect(() => map("push", {}, '{"id": "a"}')).toThrow(/missing string "type"/);
  });

  test("a payload that is not an object is refused", () => {
    expect(() => map("push", {}, '{"id": "a", "type": "b", "payload": [1]}')).toThrow(
      /"payload" must be an object when present, but it is an array/,
    );
  });

  test("a FlowEvent that is not an object is refused", () => {
    expect(() => map("push", {}, '"deploy"')).toThrow(/it is string "deploy", not a JSON object/);
  });

  test("an id with a newline is refused", () => {
    expect(() => map("push", {}, '{"id": "a\\nb", "type": "t"}')).toThrow(/"id" contains a control character/);
  });

  test("an id or type with a lone surrogate is refused: the stores would file it with every other such id", () => {
    // UTF-8 turns every lone surrogate into U+FFFD, so "x\ud800" and "x\ud801" would name one record.
    expect(() => map("push", {}, '{"id": "x\\ud800", "type": "t"}')).toThrow(
      /"id" holds a lone surrogate \(\\ud800\), which is not valid Unicode/,
    );
    expect(() => map("repository_dispatch", repositoryDispatch({ id: "x", type: "t\uDC00" }))).toThrow(
      /"type" holds a lone surrogate \(\\udc00\)/,
    );
    // A pair is one character, and welcome.
    expect(map("push", {}, '{"id": "x\\ud83d\\ude42", "type": "t"}').id).toBe("x🙂");
  });
});

describe("upstream.release repository dispatches", () => {
  const release = {
    repo: "openai/codex",
    tag: "rust-v1.2.3",
    url: "https://github.com/openai/codex/releases/tag/rust-v1.2.3",
    publishedAt: "2024-04-30T10:00:00Z",
  };

  test("get the id a poller of upstream releases gives, from the upstream repository", () => {
    const event = map("repository_dispatch", repositoryDispatch(release, "upstream.release"));
    expect(event).toEqual({
      id: "github:upstream.release:openai/codex:rust-v1.2.3",
      type: "upstream.release",
      source: "github",
      occurredAt: "2024-04-30T10:00:00.000Z",
      receivedAt: NOW.toISOString(),
      payload: { provider: "github", ...release },
    });
    expect(event.id).toBe(upstreamReleaseEventId("openai/codex", "rust-v1.2.3"));
  });

  test("without a tag are refused with the upstream-release shape", () => {
    const error = inputError(() => map("repository_dispatch", repositoryDispatch({ repo: "openai/codex" }, "upstream.release")));
    expect(error.message).toContain('The upstream release in the repository_dispatch client_payload of event_type upstream.release');
    expect(error.message).toContain('"tag" must be a non-empty string, but it is missing');
    expect(error.message).toContain('Expected JSON like {"repo": "owner/repo", "tag": "v1.2.3"');
  });

  test("with a repo that is not owner/repo are refused", () => {
    expect(() => map("repository_dispatch", repositoryDispatch({ repo: "codex", tag: "v1" }, "upstream.release"))).toThrow(
      /"repo" must be a string "owner\/repo"/,
    );
  });

  test("carrying a full FlowEvent dispatch that FlowEvent instead", () => {
    const event = map("repository_dispatch", repositoryDispatch({ event: DEPLOY }, "upstream.release"));
    expect(event.id).toBe(DEPLOY.id);
  });
});
