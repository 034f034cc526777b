import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { downloadRepositoryArtifact, runArtifactFinder } from "../../src/github/artifacts.js";
import { createGitHubClient } from "../../src/github/client.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";
import { timedUnderLoad } from "../helpers/stalls.js";

const REPO = "octo-org/tool";
const opened: Array<GitHubApiServer | Server> = [];

afterEach(async () => {
  for (const each of opened.splice(0)) {
    if ("assertNoViolations" in each) {
      each.assertNoViolations();
      await each.close();
    } else {
      each.closeAllConnections();
      await new Promise((resolve) => each.close(resolve));
    }
  }
});

describe("downloading an artifact from blob storage", () => {
  it("gives up on a blob storage that holds the connection open, as on GitHub itself", async () => {
    // Answers the headers, then never sends the body.
    const storage = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/zip" });
      response.write("PK");
    });
    opened.push(storage);
    await new Promise<void>((resolve) => storage.listen(0, "127.0.0.1", resolve));
    const github = await startGitHubApiServer();
    opened.push(github);
    const artifact = github.github.artifacts.add(REPO, { name: "flows-state", zip: new Uint8Array([1]) });
    const location = `http://127.0.0.1:${(storage.address() as AddressInfo).port}/blob?sig=1`;
    github.handle("actions/download-artifact", () => ({ status: 302, headers: { location } }));
    const client = await createGitHubClient({ token: "ghs_download", baseUrl: github.url, requestTimeoutMs: 2_000, ...fastPlugins() });

    // Stalls left out (test/helpers/stalls.ts): a download not given up at 2 s is time spent waiting.
    const { value: error, ms } = await timedUnderLoad(() => downloadRepositoryArtifact(client, { repository: REPO, artifactId: artifact.id }).catch((caught: unknown) => caught));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("blob storage did not answer within 2 s");
    expect(ms).toBeLessThan(8_000);
  }, 15_000);
});

describe("finding a run's artifacts by name (runArtifactFinder)", () => {
  const RUN = 901;
  async function world(artifacts: number) {
    const github = await startGitHubApiServer();
    opened.push(github);
    for (let i = 0; i < artifacts; i++) github.github.artifacts.add(REPO, { name: `flows-runs-x-1-${i}`, zip: new Uint8Array([1]), runId: RUN });
    const report = github.github.artifacts.add(REPO, { name: "flows-report", zip: new Uint8Array([1]), runId: RUN });
    const second = github.github.artifacts.add(REPO, { name: "flows-report-2", zip: new Uint8Array([1]), runId: RUN });
    github.github.artifacts.add(REPO, { name: "flows-report-3", zip: new Uint8Array([1]), runId: RUN + 1 });
    const client = await createGitHubClient({ token: "ghs_publish", baseUrl: github.url, ...fastPlugins() });
    return { github, find: runArtifactFinder(client, { repository: REPO, runId: RUN }), ids: [report.id, second.id] };
  }

  it("answers every name from one listing of the run's artifacts", async () => {
    const { github, find, ids } = await world(3);
    const found = [await find("flows-report"), await find("flows-report-2"), await find("flows-report-3")];
    expect(found.map((artifact) => artifact?.id)).toEqual([...ids, undefined]);
    expect(github.requestsFor("actions/list-workflow-run-artifacts")).toHaveLength(1);
  });

  it("looks each name up alone when the run has more artifacts than one page holds", async () => {
    const { github, find, ids } = await world(120);
    expect([(await find("flows-report"))?.id, (await find("flows-report-2"))?.id, await find("flows-report-3")]).toEqual([...ids, undefined]);
    // The one listing, then one request by name per lookup: bounded whatever the run uploaded.
    const lists = github.requestsFor("actions/list-workflow-run-artifacts");
    expect(lists.map((request) => request.query.name ?? "")).toEqual(["", "flows-report", "flows-report-2", "flows-report-3"]);
  });
});
