import { describe, expect, test } from "vitest";
import {
  GitHubEventError,
  type GitHubRunContext,
  encodeIdPart,
  flowEventFromGitHub,
  gitHubEventType,
  upstreamReleaseEventId,
} from "../../src/events/index.js";
import { githubExample } from "./webhook-examples.js";

const NOW = new Date("2024-05-01T12:00:00.000Z");
const RUN: GitHubRunContext = { repository: "Codertocat/Hello-World", runId: "100", runAttempt: "1", sha: "c0ffee" };

function idOf(eventName: string, payload: unknown, context: GitHubRunContext = RUN): string {
  return flowEventFromGitHub({ eventName, payload, context, now: () => NOW }).id;
}

function withFields<T extends Record<string, unknown>>(payload: T, path: string[], value: unknown): T {
  const copy = structuredClone(payload);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path[path.length - 1] as string] = value;
  return copy;
}

describe("the same delivery gets the same id", () => {
  test.each([
    ["release", 0],
    ["push", 4],
    ["pull_request", 0],
    ["issue_comment", 0],
    ["check_suite", 0],
    ["workflow_run", 1],
  ] as const)("two workflows receiving one %s delivery share its id", (eventName, index) => {
    const payload = githubExample(eventName, index);
    expect(idOf(eventName, payload, { ...RUN, runId: "100" })).toBe(idOf(eventName, payload, { ...RUN, runId: "200" }));
  });

  test("a re-run of a workflow_dispatch keeps the run id and so the event id", () => {
    const payload = githubExample("workflow_dispatch", 0);
    expect(idOf("workflow_dispatch", payload, { ...RUN, runAttempt: "1" })).toBe(
      idOf("workflow_dispatch", payload, { ...RUN, runAttempt: "3" }),
    );
  });
});

describe("different deliveries get different ids", () => {
  test("two labels added to a pull request in the same second get two ids", () => {
    const bug = githubExample("pull_request", 8, "labeled");
    const docs = withFields(bug, ["label", "name"], "docs");
    expect(idOf("pull_request", bug)).not.toBe(idOf("pull_request", docs));
  });

  test("a label added again after being removed is a new labeled event", () => {
    const first = githubExample("issues", 9, "labeled");
    const again = withFields(first, ["issue", "updated_at"], "2019-05-15T16:00:00Z");
    expect(idOf("issues", first)).not.toBe(idOf("issues", again));
  });

  test("two edits of an issue within one second are told apart by their changes", () => {
    const first = githubExample("issues", 0, "edited");
    const second = withFields(first, ["changes"], { title: { from: "Another title" } });
    expect(idOf("issues", first)).not.toBe(idOf("issues", second));
  });

  test("pinning an issue twice gives two ids even though updated_at does not move", () => {
    const pinned = githubExample("issues", 19, "pinned");
    expect(idOf("issues", pinned, { ...RUN, runId: "1" })).not.toBe(idOf("issues", pinned, { ...RUN, runId: "2" }));
  });

  test("a new commit on a pull request head is a new synchronize event", () => {
    const sync = githubExample("pull_request", 22, "synchronize");
    const next = withFields(sync, ["pull_request", "head", "sha"], "1111111111111111111111111111111111111111");
    expect(idOf("pull_request", sync)).not.toBe(idOf("pull_request", next));
  });

  test("deleting a branch at another commit is a new push", () => {
    const deletion = githubExample("push", 3);
    const later = withFields(deletion, ["before"], "2222222222222222222222222222222222222222");
    expect(idOf("push", deletion)).not.toBe(idOf("push", later));
  });

  test("deleting the same tag in two runs gives two delete events", () => {
    const deletion = githubExample("delete", 0);
    expect(idOf("delete", deletion, { ...RUN, runId: "1" })).not.toBe(idOf("delete", deletion, { ...RUN, runId: "2" }));
  });

  test("re-creating a tag at another commit is a new create event", () => {
    const create = githubExample("create", 0);
    expect(idOf("create", create, { ...RUN, sha: "aaa" })).toBe("github:create:Codertocat/Hello-World:tag:simple-tag@aaa");
    expect(idOf("create", create, { ...RUN, sha: "bbb" })).not.toBe(idOf("create", create, { ...RUN, sha: "aaa" }));
  });

  test("a new attempt of an observed workflow run is a new workflow_run event", () => {
    const completed = githubExample("workflow_run", 1, "completed");
    const retried = withFields(completed, ["workflow_run", "run_attempt"], 2);
    expect(idOf("workflow_run", completed)).toBe("github:workflow_run.completed:octo-org/octo-repo:run-289782451-attempt-1");
    expect(idOf("workflow_run", retried)).toBe("github:workflow_run.completed:octo-org/octo-repo:run-289782451-attempt-2");
  });

  test("a check suite completing again after a rerequest is a new event", () => {
    const completed = githubExample("check_suite", 0, "completed");
    const again = withFields(completed, ["check_suite", "updated_at"], "2019-05-15T16:00:00Z");
    expect(idOf("check_suite", completed)).not.toBe(idOf("check_suite", again));
  });

  test("a check run completed again with another conclusion is a new event", () => {
    const failure = githubExample("check_run", 1, "completed");
    expect(idOf("check_run", failure)).toBe(
      "github:check_run.completed:Codertocat/Hello-World:check-128620228:failure@20190515T152112Z",
    );
    expect(idOf("check_run", withFields(failure, ["check_run", "conclusion"], "success"))).not.toBe(idOf("check_run", failure));
  });

  test("editing a release twice in two runs gives two ids, publishing it is keyed by tag", () => {
    const edited = githubExample("release", 6, "edited");
    expect(idOf("release", edited, { ...RUN, runId: "1" })).toBe("github:release.edited:Codertocat/Hello-World:0.0.1@run-1");
    expect(idOf("release", edited, { ...RUN, runId: "2" })).toBe("github:release.edited:Codertocat/Hello-World:0.0.1@run-2");
  });

  test("two versions of one package are two published events", () => {
    const published = githubExample("package", 0, "published");
    const next = withFields(published, ["package", "package_version", "id"], 99999);
    expect(idOf("package", published)).toBe("github:package.published:Codertocat/hello-world-npm:package-10696:version-24147");
    expect(idOf("package", next)).not.toBe(idOf("package", published));
  });

  test("a merge group is keyed by its queue branch and merge commit", () => {
    expect(idOf("merge_group", githubExample("merge_group", 0, "checks_requested"))).toBe(
      "github:merge_group.checks_requested:octo-org/octo-repo:refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64@2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d",
    );
  });
});

describe("ids stay printable", () => {
  test("unusual characters in tags are percent-encoded and separators never leak", () => {
    const release = withFields(githubExample("release", 0, "published"), ["release", "tag_name"], "v1 beta:@ü\n%");
    expect(idOf("release", release)).toBe("github:release.published:Codertocat/Hello-World:v1%20beta%3A%40%C3%BC%0A%25");
  });

  test("a repository_dispatch event_type keeps its text in the type and is encoded in the id", () => {
    const dispatch = withFields(githubExample("repository_dispatch", 0), ["action"], "deploy prod");
    const event = flowEventFromGitHub({ eventName: "repository_dispatch", payload: dispatch, context: RUN, now: () => NOW });
    expect(event.type).toBe("repository_dispatch.deploy prod");
    expect(event.id).toBe("github:repository_dispatch.deploy%20prod:octo-org/octo-repo:run-100");
  });

  test("encodeIdPart keeps safe characters and encodes the rest as UTF-8", () => {
    expect(encodeIdPart("refs/heads/feat_x-1.2+b,c=d*(e)!~")).toBe("refs/heads/feat_x-1.2+b,c=d*(e)!~");
    expect(encodeIdPart("a:b@c d\t🙂")).toBe("a%3Ab%40c%20d%09%F0%9F%99%82");
  });

  test("lone surrogates in a hand-made payload keep their own code and never share an id with U+FFFD or each other", () => {
    const ids = ["v\uD800", "v\uD801", "v\uDC00", "v\uFFFD"].map((tag) =>
      idOf("release", withFields(githubExample("release", 0, "published"), ["release", "tag_name"], tag)),
    );
    expect(ids.map((id) => id.slice(id.lastIndexOf(":") + 1))).toEqual(["v%ED%A0%80", "v%ED%A0%81", "v%ED%B0%80", "v%EF%BF%BD"]);
    // A pair is one character, encoded as UTF-8, not as two surrogates.
    expect(encodeIdPart("\uD83D\uDE42")).toBe("%F0%9F%99%82");
    expect(encodeIdPart("\uDE42\uD83D")).toBe("%ED%B9%82%ED%A0%BD");
  });
});

describe("fallbacks", () => {
  test("a workflow_dispatch outside Actions (no run id) is keyed by a digest of its payload", () => {
    const payload = githubExample("workflow_dispatch", 0);
    const id = idOf("workflow_dispatch", payload, { repository: "octo-org/octo-repo" });
    expect(id).toMatch(/^github:workflow_dispatch:octo-org\/octo-repo:sha256-[0-9a-f]{32}$/);
    expect(idOf("workflow_dispatch", { ...payload, inputs: { name: "x" } }, {})).not.toBe(id);
  });

  test("a payload digest does not depend on key order", () => {
    expect(idOf("gollum", { b: 1, a: { y: 2, x: 1 } }, {})).toBe(idOf("gollum", { a: { x: 1, y: 2 }, b: 1 }, {}));
  });

  test("an unknown event uses its most specific object and that object's updated_at", () => {
    const payload = { action: "spun", widget: { id: 5, updated_at: "2024-01-02T03:04:05Z" }, sender: { id: 1, login: "u" } };
    expect(idOf("widget", payload)).toBe("github:widget.spun:Codertocat/Hello-World:widget-5@20240102T030405Z");
  });

  test("an unknown event without updated_at is told apart by the run", () => {
    expect(idOf("label", githubExample("label", 1, "created"))).toBe(
      "github:label.created:Codertocat/Hello-World:label-1362937026@run-100",
    );
  });

  test("event names that are properties of every object (toString, __proto__...) are unknown events, keyed by the run", () => {
    for (const eventName of ["toString", "constructor", "hasOwnProperty", "__proto__", "valueOf"]) {
      expect(idOf(eventName, { action: "x" }), eventName).toBe(`github:${eventName}.x:Codertocat/Hello-World:run-100`);
    }
  });

  test("a truncated payload falls back instead of throwing", () => {
    expect(idOf("pull_request", { action: "opened", number: 3 })).toBe("github:pull_request.opened:Codertocat/Hello-World:run-100");
  });

  test("events outside a repository are scoped to their account", () => {
    const installation = githubExample("installation", 1, "created");
    expect(idOf("installation", installation, {})).toBe(
      "github:installation.created:Codertocat/*:installation-957387@20190515T151951Z",
    );
  });

  test("the payload's repository wins over GITHUB_REPOSITORY", () => {
    expect(idOf("push", githubExample("push", 4), { repository: "someone/else" })).toMatch(/^github:push:Codertocat\/Hello-World:/);
  });
});

describe("types and errors", () => {
  test("the type is the event name, plus the action when the payload has one", () => {
    expect(gitHubEventType("push", githubExample("push", 4))).toBe("push");
    expect(gitHubEventType("release", githubExample("release", 0))).toBe("release.published");
    expect(gitHubEventType("schedule", { schedule: "0 * * * *" })).toBe("schedule");
  });

  test("a payload that is not an object is refused with the event name", () => {
    expect(() => flowEventFromGitHub({ eventName: "push", payload: [], context: RUN })).toThrow(GitHubEventError);
    expect(() => flowEventFromGitHub({ eventName: "push", payload: null, context: RUN })).toThrow(/GitHub event push is not a JSON object/);
  });

  test("an empty event name is refused", () => {
    expect(() => flowEventFromGitHub({ eventName: " ", payload: {}, context: RUN })).toThrow(/event name is empty/);
  });
});

describe("ids stay within the FlowEvent id's length", () => {
  // A hostile payload's ref, tag or label of any length: each non-ASCII byte is three characters once encoded.
  const hugeTag = `v1-${"ü".repeat(50_000)}`;

  test("an upstream release with a tag of 50,000 characters (the watcher's and repository_dispatch's id) is cut and ends with a digest of the whole", () => {
    const id = upstreamReleaseEventId("openai/codex", hugeTag);
    expect(id.length).toBeLessThanOrEqual(2_048);
    expect(id).toMatch(/^github:upstream\.release:openai\/codex:v1-(%C3%BC)+~sha256-[0-9a-f]{32}$/);
    expect(upstreamReleaseEventId("openai/codex", hugeTag)).toBe(id);
    // Two tags that differ only past the cut are two events.
    expect(upstreamReleaseEventId("openai/codex", `${hugeTag}x`)).not.toBe(id);
  });

  test("a short id is left as it is", () => {
    expect(upstreamReleaseEventId("openai/codex", "rust-v1.2.3")).toBe("github:upstream.release:openai/codex:rust-v1.2.3");
  });
});
