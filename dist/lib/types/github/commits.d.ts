import type { GitHubClient } from "./client.js";
/**
 * The commit a tag names: the ref `tags/<tag>`, peeled through annotated tag objects.
 * Undefined when the repository has no such tag.
 */
export declare function tagCommitSha(client: GitHubClient, options: {
    repository: string;
    tag: string;
}): Promise<string | undefined>;
