import { UserError } from "../user-error.js";
/** `owner/repo` as the two path parameters every repository endpoint takes. */
export type RepositoryRef = {
    owner: string;
    repo: string;
};
export declare class RepositoryNameError extends UserError {
    name: string;
}
/** Splits `owner/repo` (GITHUB_REPOSITORY), refusing anything that is not exactly that. */
export declare function repositoryRef(repository: string): RepositoryRef;
/** GitHub compares repository names without case. */
export declare function sameRepository(a: string, b: string): boolean;
