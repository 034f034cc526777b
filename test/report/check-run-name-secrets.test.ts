import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { sha256Hex } from "../../src/hash.js";
import { redactor } from "../../src/redact.js";
import { checkName } from "../../src/report/checks-output.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { ended, makeReporter, outcomeOf, prEvent, REPO, withGitHubServer } from "./github-fixtures.js";

// A check run's name shows its flow and step names as they are shown (`***` for a secret), with
// a short hash of the names when that differs from them. The hash was of the raw names: a short
// secret in a step name (a PIN listed in `redact`) could be told from the name by hashing each
// value it may be until one matched.

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

describe("the hash in a check run's name", () => {
  it("is of the names redacted, so a secret in a step name cannot be found by trying values", async () => {
    redactor.add("pin-48213");
    const run = ended("completed", { id: "run_pin", flowName: "deploy", stepName: "push-pin-48213" });
    await makeReporter(client, { comment: "off" }).finish(outcomeOf(prEvent(), [run]));
    const names = server.github.checkRuns.list(REPO).map((check) => check.name);
    expect(names).toEqual([`flows: deploy/push-*** #${sha256Hex("deploy\0push-***").slice(0, 8)}`]);
    expect(names[0]).not.toContain(sha256Hex("deploy\0push-pin-48213").slice(0, 8));
  });

  it("is what it was for names that hold no secret: existing check runs are found by their names", () => {
    for (const [flowName, stepName] of [
      ["bindings", "lint\u202e"],
      ["ci", "a<b>"],
      ["ci", "line\nbreak"],
      ["x".repeat(120), "build"],
    ]) {
      expect(checkName({ flowName: flowName!, stepName: stepName! })).toMatch(new RegExp(` #${sha256Hex(`${flowName}\0${stepName}`).slice(0, 8)}$`));
    }
    expect(checkName({ flowName: "ci", stepName: "build" })).toBe("flows: ci/build");
  });
});
