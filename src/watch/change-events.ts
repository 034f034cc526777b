// Changes to releases after they were dispatched (opt-in with updates=true), as FlowEvents:
// - upstream.release.updated: the tag now points at another commit, or a prerelease became a
//   release. Its id names the change (`<tag>@<old>..<new>`), so the same change seen twice
//   runs once, and a later change gets an id of its own.
// - upstream.release.deleted: a dispatched release is gone (`<tag>@<release id>`).
import type { FlowEvent } from "../contracts.js";
import { githubEventId, idKey } from "../events/id.js";
import type { DispatchedRelease } from "./cursor.js";

export const RELEASE_UPDATED_TYPE = "upstream.release.updated";
export const RELEASE_DELETED_TYPE = "upstream.release.deleted";

/** What a dispatched release was, and is now. */
export type ReleaseState = { commit?: string; prerelease: boolean };

export type ReleaseUpdatedPayload = {
  provider: "github";
  repo: string;
  tag: string;
  url: string;
  releaseId: number;
  /** `commit`: the tag moved; `prerelease`: the prerelease flag changed (to a release). */
  change: "commit" | "prerelease";
  previous: ReleaseState;
  current: ReleaseState;
  /** The event that first dispatched this release. */
  dispatchedEventId: string;
};

export type ReleaseDeletedPayload = {
  provider: "github";
  repo: string;
  tag: string;
  releaseId: number;
  /** The release as it was dispatched. */
  previous: ReleaseState;
  dispatchedEventId: string;
};

const short = (sha: string | undefined): string => (sha ? sha.slice(0, 12) : "unknown");

export function releaseUpdatedEvent(options: {
  repo: string;
  url: string;
  dispatched: DispatchedRelease;
  change: "commit" | "prerelease";
  current: ReleaseState;
  now: Date;
}): FlowEvent<ReleaseUpdatedPayload> {
  const { dispatched: was, current, change } = options;
  const previous: ReleaseState = { ...(was.commit ? { commit: was.commit } : {}), prerelease: was.prerelease };
  const key =
    change === "commit"
      ? idKey`${was.tag}@${short(was.commit)}..${short(current.commit)}`
      : idKey`${was.tag}@${was.prerelease ? "prerelease" : "release"}..${current.prerelease ? "prerelease" : "release"}`;
  return {
    id: githubEventId({ type: RELEASE_UPDATED_TYPE, repo: options.repo, key }),
    type: RELEASE_UPDATED_TYPE,
    source: "github",
    occurredAt: options.now.toISOString(),
    receivedAt: options.now.toISOString(),
    payload: {
      provider: "github",
      repo: options.repo,
      tag: was.tag,
      url: options.url,
      releaseId: was.id,
      change,
      previous,
      current,
      dispatchedEventId: was.eventId,
    },
  };
}

export function releaseDeletedEvent(options: { repo: string; dispatched: DispatchedRelease; now: Date }): FlowEvent<ReleaseDeletedPayload> {
  const was = options.dispatched;
  return {
    id: githubEventId({ type: RELEASE_DELETED_TYPE, repo: options.repo, key: idKey`${was.tag}@${was.id}` }),
    type: RELEASE_DELETED_TYPE,
    source: "github",
    occurredAt: options.now.toISOString(),
    receivedAt: options.now.toISOString(),
    payload: {
      provider: "github",
      repo: options.repo,
      tag: was.tag,
      releaseId: was.id,
      previous: { ...(was.commit ? { commit: was.commit } : {}), prerelease: was.prerelease },
      dispatchedEventId: was.eventId,
    },
  };
}
