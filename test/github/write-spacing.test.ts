import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { writeSpacingSetting } from "../../src/github/write-spacing.js";
import { isUserError } from "../../src/user-error.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { timedUnderLoad } from "../helpers/stalls.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// FLOWS_GITHUB_WRITE_SPACING_SECONDS: how far apart a client made without a throttle option sends
// its writes (the tests set 0: test/setup/test-pacing.ts). Unset, GitHub's 1 s.

let server: GitHubApiServer;
beforeAll(async () => {
  server = await startGitHubApiServer();
});
afterAll(() => server.close());

/**
 * How long a new client takes to create three check runs at once, with the variable set to
 * `value`: the wall clock (`wallMs`, which a gap can only lengthen) and the time this process could
 * run (`ms`, stalls left out: test/helpers/stalls.ts), which bounds it from above on a busy machine.
 */
async function threeWritesWith(value: string): Promise<{ ms: number; wallMs: number }> {
  onTestFinished(setProcessEnv({ FLOWS_GITHUB_WRITE_SPACING_SECONDS: value }));
  const client = await createGitHubClient({ token: "ghs_workflow_token", baseUrl: server.url, retries: 0 });
  // One read first: the fake's first answer pays for loading its description.
  await client.rest.checks.listForRef({ owner: "octo-org", repo: "tool", ref: "a1".repeat(20) });
  const { ms, wallMs } = await timedUnderLoad(() =>
    Promise.all(["a", "b", "c"].map((name) => client.rest.checks.create({ owner: "octo-org", repo: "tool", name, head_sha: "a1".repeat(20) }))),
  );
  return { ms, wallMs };
}

describe("FLOWS_GITHUB_WRITE_SPACING_SECONDS", () => {
  it("spaces a client's writes as far apart as it says, not GitHub's second", async () => {
    // Two gaps of 0.3 s; GitHub's spacing would take 2 s.
    const took = await threeWritesWith("0.3");
    expect(took.wallMs).toBeGreaterThanOrEqual(590);
    expect(took.ms).toBeLessThan(1_900);
    expect(server.requestsFor("checks/create")).toHaveLength(3);
    server.assertNoViolations();
  });

  it("sends them one after another without a gap at 0", async () => {
    // 30 to 50 ms alone, 240 ms of wall clock beside two busy loops and other test files. GitHub's
    // spacing (the variable blank) takes 2.0 s here, stalls left out; gaps of 0.3 s about 0.6 s.
    expect((await threeWritesWith("0")).ms).toBeLessThan(590);
  });

  it("leaves GitHub's spacing to the plugin when unset or blank", async () => {
    expect(await writeSpacingSetting({})).toBeUndefined();
    expect(await writeSpacingSetting({ FLOWS_GITHUB_WRITE_SPACING_SECONDS: " " })).toBeUndefined();
  });

  it.each(["-1", "soon", "61", "Infinity", "NaN"])("refuses %j, saying what it takes", async (value) => {
    const error = await writeSpacingSetting({ FLOWS_GITHUB_WRITE_SPACING_SECONDS: value }).catch((caught: unknown) => caught);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe(
      `FLOWS_GITHUB_WRITE_SPACING_SECONDS must be a number of seconds from 0 to 60 (fractions allowed), got ${JSON.stringify(value)}; set it so, or unset it for GitHub's spacing.`,
    );
  });
});
