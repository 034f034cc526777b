import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { sha256Hex } from "../../src/hash.js";
import { redactor } from "../../src/redact.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { ended, outcomeOf, prEvent, REPO, makeReporter, withGitHubServer } from "./github-fixtures.js";

// Our check runs are found by name. An event id of 80 characters or fewer was put in the name as
// it is shown (`<` as `‹`, a line break as a space, a control character as `<U+0001>`), so two
// events whose ids differ only there shared one check run: the second step's conclusion was
// written over the first's.

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

const checkRuns = () => server.github.checkRuns.list(REPO);

async function reportChildren(ids: string[]): Promise<void> {
  const event = prEvent();
  const children = ids.map((id, i) =>
    outcomeOf({ ...event, id, type: "upstream.release.published" }, [
      ended(i % 2 === 0 ? "completed" : "failed", { id: `run_${i}`, flowName: "deps", stepName: "bump", eventId: id }),
    ]),
  );
  const report = await makeReporter(client, { comment: "off" }).finish(outcomeOf(event, [], { children }));
  expect(report.warnings).toEqual([]);
}

describe("check run names of events whose ids differ only in what is changed to show them", () => {
  for (const [what, first, second] of [
    ["`<>` and `‹›`", "upstream:release:octo-org/repo@v1<rc>", "upstream:release:octo-org/repo@v1‹rc›"],
    ["a line break and a space", "upstream:release:octo-org/repo@v1\nrc", "upstream:release:octo-org/repo@v1 rc"],
    ["a control character and its shown form", "upstream:release:octo-org/repo@v1\u0001", "upstream:release:octo-org/repo@v1‹U+0001›"],
    ["a bidi mark", "upstream:release:octo-org/repo@v1\u202e", "upstream:release:octo-org/repo@v1"],
  ] as const) {
    it(`gives each step its own check run and conclusion (${what})`, async () => {
      await reportChildren([first, second]);
      const runs = checkRuns();
      expect(runs).toHaveLength(2);
      expect(new Set(runs.map((check) => check.name)).size).toBe(2);
      expect(runs.map((check) => check.conclusion).sort()).toEqual(["failure", "success"]);
    });
  }

  it("keeps the name of an id shown as it is, mention broken or not, exactly as it was", async () => {
    await reportChildren(["upstream:release:octo-org/repo@v2.0.0", "github:push:octo-org/repo:abc123"]);
    expect(checkRuns().map((check) => check.name).sort()).toEqual([
      "flows: deps/bump [github:push:octo-org/repo:abc123]",
      "flows: deps/bump [upstream:release:octo-org/repo@\u200bv2.0.0]",
    ]);
  });

  it("hashes an id that holds a secret without the secret: the hash would tell a short one", async () => {
    redactor.add("pin-48213");
    const id = "upstream:release:octo-org/repo@v1-pin-48213";
    await reportChildren([id]);
    const [name] = checkRuns().map((check) => check.name);
    expect(name).not.toContain("48213");
    expect(name).not.toContain(sha256Hex(id).slice(0, 8));
    expect(name).toBe(`flows: deps/bump [upstream:release:octo-org/repo@\u200bv1-*** #${sha256Hex(redactor.redact(id)).slice(0, 8)}]`);
  });
});
