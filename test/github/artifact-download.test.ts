import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { downloadRepositoryArtifact } from "../../src/github/artifacts.js";
import { createGitHubClient } from "../../src/github/client.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";

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

    const started = Date.now();
    const error = await downloadRepositoryArtifact(client, { repository: REPO, artifactId: artifact.id }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("blob storage did not answer within 2 s");
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 15_000);
});
