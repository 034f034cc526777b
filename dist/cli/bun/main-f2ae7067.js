// @bun
import {
  UserError
} from "./main-f081c345.js";

// src/github/repository.ts
var NAME = /^[A-Za-z0-9_.-]+$/;

class RepositoryNameError extends UserError {
  name = "RepositoryNameError";
}
function repositoryRef(repository) {
  const [owner = "", repo = "", extra] = repository.split("/");
  if (!NAME.test(owner) || !NAME.test(repo) || extra !== undefined) {
    throw new RepositoryNameError(`"${repository}" is not a repository name; expected "owner/repo" (as in GITHUB_REPOSITORY).`);
  }
  return { owner, repo };
}
function sameRepository(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

export { repositoryRef, sameRepository };
