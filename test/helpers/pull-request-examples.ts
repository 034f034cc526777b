import { createRequire } from "node:module";

// GitHub's own example of a `pull_request` `opened` webhook (@octokit/webhooks-examples), and the
// same pull request opened from a fork: the payloads the fork handover tests run on.

export type PullRequestOpened = {
  number: number;
  pull_request: { head: { sha: string; repo: { full_name: string; fork: boolean } } };
  repository: { full_name: string };
};

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;

/** A fresh copy of the api.github.com `pull_request` example whose action is `opened`. */
export function pullRequestOpened(): PullRequestOpened {
  const found = examples.find((group) => group.name === "pull_request")?.examples.find((example) => example.action === "opened");
  if (!found) throw new Error("@octokit/webhooks-examples has no pull_request opened example");
  return structuredClone(found) as PullRequestOpened;
}

/** That pull request opened from a fork (`fork-owner/fork`): its job's token is read-only. */
export function pullRequestOpenedFromFork(): PullRequestOpened {
  const fromFork = pullRequestOpened();
  fromFork.pull_request.head.repo = { ...fromFork.pull_request.head.repo, full_name: "fork-owner/fork", fork: true };
  return fromFork;
}
