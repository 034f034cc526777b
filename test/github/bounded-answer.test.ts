// An answer that is not paged (matching-refs) is read no further than the call's
// maxResponseBytes: what runs past it is refused before any of it is parsed, and the rest is not
// downloaded, whatever the server keeps sending.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, onTestFinished } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { listTagRefs } from "../../src/github/release-lookups.js";

const MiB = 1024 * 1024;
const REF = JSON.stringify({ ref: "refs/tags/v1.0.0-nightly", node_id: "REF_1", url: "https://api.github.com/x", object: { type: "commit", sha: "a".repeat(40), url: "https://api.github.com/y" } });

/** A server whose matching-refs answer is `total` bytes of refs, chunked (no Content-Length) unless `declare`. */
async function refsServer(total: number, declare: boolean): Promise<{ url: string; sent: () => number; requests: () => number }> {
  let sent = 0;
  let requests = 0;
  const server = createServer((_req, res) => {
    requests += 1;
    const chunk = Buffer.from(`${REF},`.repeat(Math.ceil(65_536 / (REF.length + 1))));
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", etag: 'W/"big"', ...(declare ? { "content-length": String(total) } : {}) });
    res.write("[");
    const more = (): void => {
      while (sent < total && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once("drain", more);
          return;
        }
      }
      if (!res.destroyed) res.end(`${REF}]`);
    };
    more();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent: () => sent, requests: () => requests };
}

describe("a bounded answer (maxResponseBytes)", () => {
  it("stops reading a 256 MiB tag listing soon after 1 MiB, refuses it unparsed with its ETag, and does not retry it", async () => {
    const server = await refsServer(256 * MiB, false);
    const client = await createGitHubClient({ token: "ghs_bounded", baseUrl: server.url, retries: 2, retryAfterBaseValue: 1 });
    const listing = await listTagRefs({ client, repo: "o/r", prefix: "v1.0.0", maxBytes: MiB });
    expect(listing).toEqual({ status: "too-large", maxBytes: MiB, etag: 'W/"big"' });
    // What the socket buffers took besides: far from the whole answer.
    expect(server.sent()).toBeLessThan(32 * MiB);
    expect(server.requests()).toBe(1);
  });

  it("refuses an answer whose Content-Length is over the limit without reading its body", async () => {
    const server = await refsServer(8 * MiB, true);
    const client = await createGitHubClient({ token: "ghs_bounded", baseUrl: server.url, retries: 0 });
    expect(await listTagRefs({ client, repo: "o/r", prefix: "v1.0.0", maxBytes: MiB })).toMatchObject({ status: "too-large" });
  });

  it("reads an answer under the limit as before", async () => {
    const server = await refsServer(100_000, false);
    const client = await createGitHubClient({ token: "ghs_bounded", baseUrl: server.url, retries: 0 });
    const listing = await listTagRefs({ client, repo: "o/r", prefix: "v1.0.0", maxBytes: MiB });
    expect(listing).toMatchObject({ status: "ok", etag: 'W/"big"' });
  });
});
