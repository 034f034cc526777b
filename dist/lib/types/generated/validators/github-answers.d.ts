import type * as Types from "../types.js";
import type { CompiledValidator } from "../validators.js";
export declare const validateGithubAnswers: CompiledValidator<Types.GitHubAnswers>;
export declare const validateGitHubRelease: CompiledValidator<Types.GitHubRelease>;
export declare const validateGitHubReleasePage: CompiledValidator<Types.GitHubReleasePage>;
export declare const validateGitHubRef: CompiledValidator<Types.GitHubRef>;
export declare const validateGitHubRefList: CompiledValidator<Types.GitHubRefList>;
export declare const validateGitHubTagObject: CompiledValidator<Types.GitHubTagObject>;
export declare const validateGitHubRepository: CompiledValidator<Types.GitHubRepository>;
