// An upstream release as a FlowEvent. The event is built by the same function that maps a
// repository_dispatch of `upstream.release`, so a release seen by polling and the same release
// pushed by upstream get the same id (`github:upstream.release:<owner>/<repo>:<tag>`) and the
// store runs their steps once.
import type { FlowEvent } from "../contracts.js";
import { upstreamReleaseEvent } from "../events/pass-through.js";
import { RELEASE_BODY_LIMIT } from "../github/releases.js";
import type { PublishedRelease } from "./select.js";

/** Release notes beyond this many characters are cut, so events and records stay small (a listing keeps no more). */
export { RELEASE_BODY_LIMIT };
/** Release names (titles) beyond this many characters are cut: GitHub sets no limit of its own. */
export const RELEASE_NAME_LIMIT = 300;

export type UpstreamReleasePayload = {
  provider: "github";
  repo: string;
  tag: string;
  url: string;
  publishedAt: string;
  prerelease: boolean;
  name: string;
  body: string;
};

export type UpstreamReleaseEventOptions = {
  /** `owner/repo` as configured; GitHub's spelling (from the release URL) is preferred. */
  repo: string;
  release: PublishedRelease;
  now: Date;
};

export function upstreamReleaseFlowEvent(options: UpstreamReleaseEventOptions): FlowEvent<UpstreamReleasePayload> {
  const { release } = options;
  const repo = repoFromReleaseUrl(release.htmlUrl, options.repo);
  const payload: Omit<UpstreamReleasePayload, "provider"> = {
    repo,
    tag: release.tagName,
    url: release.htmlUrl,
    publishedAt: release.publishedAt,
    prerelease: release.prerelease,
    name: cutName(release.name || release.tagName),
    body: cutBody(release.body ?? "", release.htmlUrl, release.bodyOmitted ?? 0),
  };
  return upstreamReleaseEvent(payload, options.now) as FlowEvent<UpstreamReleasePayload>;
}

/**
 * `https://github.com/OpenAI/Codex/releases/tag/x` → `OpenAI/Codex` when it names the same
 * repository (case aside), so ids follow GitHub's spelling whatever case the config used.
 */
function repoFromReleaseUrl(url: string, configured: string): string {
  const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/releases\//.exec(url);
  const fromUrl = match?.[1];
  return fromUrl && fromUrl.toLowerCase() === configured.toLowerCase() ? fromUrl : configured;
}

function cutName(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= RELEASE_NAME_LIMIT) return name;
  return `${characters.slice(0, RELEASE_NAME_LIMIT).join("")}… [name cut: ${characters.length - RELEASE_NAME_LIMIT} more characters]`;
}

/** `omitted`: characters the listing already left out (it keeps RELEASE_BODY_LIMIT). */
function cutBody(body: string, url: string, omitted: number): string {
  const characters = Array.from(body);
  if (characters.length <= RELEASE_BODY_LIMIT && omitted === 0) return body;
  const more = omitted + Math.max(0, characters.length - RELEASE_BODY_LIMIT);
  return `${characters.slice(0, RELEASE_BODY_LIMIT).join("")}\n\n… [release notes cut: ${more} more characters at ${url}]`;
}
