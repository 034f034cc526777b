// Git references: https://docs.github.com/rest/git/refs and /git/tags
import type { GitHubClient } from "./client.js";
import { apiFailure } from "./errors.js";
import { repositoryRef } from "./repository.js";

// A tag object may point at another tag object; real repositories rarely nest more than once.
const MAX_TAG_DEPTH = 5;

/**
 * The commit a tag names: the ref `tags/<tag>`, peeled through annotated tag objects.
 * Undefined when the repository has no such tag.
 */
export async function tagCommitSha(
  client: GitHubClient,
  options: { repository: string; tag: string },
): Promise<string | undefined> {
  const repo = repositoryRef(options.repository);
  let object: { type: string; sha: string };
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${options.tag}` });
    object = data.object;
  } catch (error) {
    if (apiFailure(error).kind === "not-found") return undefined;
    throw error;
  }
  for (let depth = 0; object.type === "tag" && depth < MAX_TAG_DEPTH; depth++) {
    const { data } = await client.rest.git.getTag({ ...repo, tag_sha: object.sha });
    object = data.object;
  }
  return object.type === "commit" ? object.sha : undefined;
}
