// Whether the repository a watched name answers for is still the one polled before. A repository
// deleted, or renamed or transferred (its owner renamed, say), leaves its name free: whoever
// creates a repository under it then gets GitHub's answers for that name, and its releases would
// be dispatched as the upstream's ("repo-jacking"). Release ids are GitHub-wide, so such a
// repository lists none of the releases seen before; only then is the repository asked for when
// it was created (one request): created after a release seen there was published, it is another.
import { getRepositoryFacts } from "../github/release-lookups.js";
import { GitHubReleasesError, type UpstreamRelease } from "../github/releases.js";
import type { Lookups } from "./changes.js";
import { type WatchCursor, watchCursorEventId } from "./cursor.js";

/**
 * Throws (as that repository's error, so nothing of it is dispatched and its cursor stays) when
 * `listed`, a fresh listing, is another repository's than the one `cursor` was written from.
 * Costs nothing while the listing holds a release seen, dispatched or held before.
 */
export async function checkSameRepository(lookups: Lookups, cursor: WatchCursor | undefined, listed: readonly UpstreamRelease[]): Promise<void> {
  // A first poll (or a cursor rebuilt from the store, which names no release) has nothing to compare.
  if (!cursor?.watermark || cursor.seen.length === 0) return;
  const known = new Set([...cursor.seen, ...(cursor.dispatched ?? []), ...(cursor.pending ?? [])].map((release) => release.id));
  if (listed.some((release) => known.has(release.id))) return;
  const repository = await getRepositoryFacts(lookups);
  // The watermark is a release's published_at (or the poll's time, when that was ahead): a
  // repository created after it did not hold that release. Both times are GitHub's.
  if (Date.parse(repository.createdAt) <= Date.parse(cursor.watermark)) return;
  const { repo } = lookups;
  throw new GitHubReleasesError({
    repo,
    status: 200,
    message:
      `GitHub's ${repo} is not the repository polled before: it was created ${repository.createdAt}, after the releases this watch saw there (the newest published ${cursor.watermark}), and lists none of them. ` +
      `The repository watched was deleted, or renamed or transferred and its name taken by another; none of the releases listed now is dispatched. ` +
      `Check ${repository.htmlUrl}: to watch it, run \`flows forget ${watchCursorEventId(repo, cursor.filter ?? "")}\` and the next poll goes on from the last release dispatched; otherwise remove it from the configuration.`,
  });
}
