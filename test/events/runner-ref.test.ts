import { describe, expect, it } from "vitest";
import { runnerRefVariables, withRunnerRefVariables } from "../../src/events/runner-ref.js";
import { githubExample } from "./webhook-examples.js";

// The ref variables a runner sets per event (GitHub's "Events that trigger workflows"), derived
// for `flows github` and `flows explain --event-name`, which run without a runner.
describe("runnerRefVariables", () => {
  it("derives GITHUB_REF and its kin from GitHub's own example payloads", () => {
    const pull = githubExample("pull_request", 0, "opened");
    expect(runnerRefVariables("push", githubExample("push", 4))).toEqual({
      GITHUB_REF: "refs/heads/master",
      GITHUB_REF_NAME: "master",
      GITHUB_SHA: "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    });
    expect(runnerRefVariables("pull_request", pull)).toEqual({
      GITHUB_REF: "refs/pull/2/merge",
      GITHUB_REF_NAME: "2/merge",
      GITHUB_HEAD_REF: "changes",
      GITHUB_BASE_REF: "master",
    });
    expect(runnerRefVariables("pull_request_target", pull)).toMatchObject({ GITHUB_REF: "refs/heads/master", GITHUB_HEAD_REF: "changes" });
    expect(runnerRefVariables("release", githubExample("release", 0, "published"))).toEqual({ GITHUB_REF: "refs/tags/0.0.1", GITHUB_REF_NAME: "0.0.1" });
    expect(runnerRefVariables("issue_comment", githubExample("issue_comment", 0, "created"))).toEqual({
      GITHUB_REF: "refs/heads/master",
      GITHUB_REF_NAME: "master",
    });
    expect(runnerRefVariables("merge_group", githubExample("merge_group", 0))).toMatchObject({
      GITHUB_REF: "refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64",
      GITHUB_SHA: "2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d",
    });
    expect(runnerRefVariables("create", { ref: "v1", ref_type: "tag" })).toEqual({ GITHUB_REF: "refs/tags/v1", GITHUB_REF_NAME: "v1" });
  });

  it("gives fewer variables, never an error, for payloads without the fields", () => {
    expect(runnerRefVariables("schedule", { schedule: "*/15 * * * *" })).toEqual({});
    expect(runnerRefVariables("pull_request", { number: "x", pull_request: [] })).toEqual({ GITHUB_REF: "refs/pull/x/merge", GITHUB_REF_NAME: "x/merge" });
    expect(runnerRefVariables("push", null)).toEqual({});
  });

  it("keeps every variable the environment already sets", () => {
    const env = withRunnerRefVariables({ GITHUB_REF: "refs/heads/dev", GITHUB_SHA: "" }, "push", githubExample("push", 4));
    // The ref's name goes with the ref that is set, never with the payload's.
    expect(env).toEqual({ GITHUB_REF: "refs/heads/dev", GITHUB_SHA: "6113728f27ae82c7b1a177c8d03f9e96e0adf246" });
  });
});
