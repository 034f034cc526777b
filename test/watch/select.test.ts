import { describe, expect, it } from "vitest";
import type { UpstreamRelease } from "../../src/github/releases.js";
import { cursorChanged, nextCursor, reachedKnownReleases } from "../../src/watch/select.js";
import { watches } from "./helpers.js";

function release(id: number, tag: string, publishedAt: string | null, extra: Partial<UpstreamRelease> = {}): UpstreamRelease {
  return {
    id,
    tagName: tag,
    name: tag,
    body: null,
    draft: publishedAt === null,
    prerelease: false,
    publishedAt,
    createdAt: publishedAt ?? "2025-01-01T00:00:00Z",
    htmlUrl: `https://github.com/openai/codex/releases/tag/${tag}`,
    targetCommitish: "main",
    ...extra,
  };
}

describe("the cursor after a poll", () => {
  const [watch] = watches("openai/codex");
  const listed = [release(3, "v3", null), release(2, "v2", "2025-01-02T00:00:00Z"), release(1, "v1", "2025-01-01T00:00:00Z")];

  it("remembers every published release listed, newest first, and the latest publication as the watermark", () => {
    const cursor = nextCursor({ repo: "openai/codex", previous: undefined, releases: listed, etag: 'W/"1"', now: new Date("2025-06-01T00:00:00Z") });
    expect(cursor).toMatchObject({ etag: 'W/"1"', watermark: "2025-01-02T00:00:00Z" });
    expect(cursor.seen.map((seen) => seen.tag)).toEqual(["v2", "v1"]);
  });

  it("counts as unchanged when the same releases and ETag come back, so nothing is rewritten", () => {
    const first = nextCursor({ repo: "openai/codex", previous: undefined, releases: listed, etag: 'W/"1"', now: new Date("2025-06-01T00:00:00Z") });
    const again = nextCursor({ repo: "openai/codex", previous: first, releases: listed, etag: 'W/"1"', now: new Date("2025-06-01T00:00:01Z") });
    expect(cursorChanged(first, again)).toBe(false);
    const newEtag = nextCursor({ repo: "openai/codex", previous: first, releases: listed, etag: 'W/"2"', now: new Date("2025-06-01T00:00:01Z") });
    expect(cursorChanged(first, newEtag)).toBe(true);
  });

  it("stops paging at a page holding a seen release or one published before the watermark, not at drafts", () => {
    const cursor = nextCursor({ repo: "openai/codex", previous: undefined, releases: listed.slice(1, 2), etag: undefined, now: new Date("2025-06-01T00:00:00Z") });
    expect(reachedKnownReleases([release(9, "v9", "2025-02-01T00:00:00Z"), release(3, "v3", null)], watch!, cursor)).toBe(false);
    expect(reachedKnownReleases([release(2, "v2", "2025-01-02T00:00:00Z")], watch!, cursor)).toBe(true);
    expect(reachedKnownReleases([release(7, "v0", "2024-12-01T00:00:00Z")], watch!, cursor)).toBe(true);
  });
});
