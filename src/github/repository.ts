import { UserError } from "../user-error.js";
/** `owner/repo` as the two path parameters every repository endpoint takes. */
export type RepositoryRef = { owner: string; repo: string };

const NAME = /^[A-Za-z0-9_.-]+$/;

export class RepositoryNameError extends UserError {
  override name = "RepositoryNameError";
}

/** Splits `owner/repo` (GITHUB_REPOSITORY), refusing anything that is not exactly that. */
export function repositoryRef(repository: string): RepositoryRef {
  const [owner = "", repo = "", extra] = repository.split("/");
  if (!NAME.test(owner) || !NAME.test(repo) || extra !== undefined) {
    throw new RepositoryNameError(`"${repository}" is not a repository name; expected "owner/repo" (as in GITHUB_REPOSITORY).`);
  }
  return { owner, repo };
}

/** GitHub compares repository names without case. */
export function sameRepository(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
