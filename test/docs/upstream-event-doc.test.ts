import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { PublishedRelease } from "../../src/watch/select.js";
import { upstreamReleaseFlowEvent } from "../../src/watch/release-event.js";

// docs/upstream-releases.md shows the FlowEvent a new release becomes; the watcher builds exactly
// that one from the release it describes.

const doc = readFileSync("docs/upstream-releases.md", "utf8");
const section = doc.slice(doc.indexOf("## The event"));
const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)?.[1] ?? "null") as {
  receivedAt: string;
  payload: { repo: string; tag: string; url: string; publishedAt: string; prerelease: boolean; name: string; body: string };
};

describe("the upstream.release event docs/upstream-releases.md shows", () => {
  it("is the event the watcher makes of that release", () => {
    const { payload } = shown;
    const release = {
      id: 1,
      tagName: payload.tag,
      htmlUrl: payload.url,
      publishedAt: payload.publishedAt,
      prerelease: payload.prerelease,
      draft: false,
      name: payload.name,
      body: payload.body,
    } as unknown as PublishedRelease;
    const event = upstreamReleaseFlowEvent({ repo: payload.repo, release, now: new Date(shown.receivedAt) });
    expect(event).toEqual(shown);
  });
});
