import { type ManifestReport } from "./manifest-report.js";
import type { TomlPath } from "./toml-locator.js";
export type PathKind = "file" | "directory";
export type PathBound = "package" | "repository";
/** Each bound as written (lexical) and with symlinks resolved (real). */
export type PackageBounds = {
    root: string;
    realRoot: string;
    repository: string;
    realRepository: string;
};
/** Forgets which folders hold a repository (`.git` may have come or gone since: `flows daemon` runs command after command). */
export declare function forgetRepositories(): void;
/** The package folder and the repository it belongs to. */
export declare function packageBounds(root: string): PackageBounds;
/** Why a package folder that is a symbolic link out of the repository is refused; undefined when inside. */
export declare function packageOutside(bounds: PackageBounds): string | undefined;
export declare function isInside(path: string, folder: string): boolean;
/**
 * Resolves a path written in flow.toml against the package folder and checks that it is
 * relative, stays inside its bound (also after following symlinks) and exists as `expected`.
 * Returns the absolute path (as written, not resolved through symlinks) or undefined.
 */
export declare function readPackagePath(options: {
    report: ManifestReport;
    path: TomlPath;
    value: string;
    root: string;
    bounds: PackageBounds;
    expected: PathKind;
    bound: PathBound;
}): string | undefined;
/**
 * `a symbolic link to "X", which does not exist` (or `which leads back to itself (a loop)`) when
 * `path` is a link that leads to nothing; undefined for anything else. Told apart from "missing":
 * the fix is the link, not a file to create.
 */
export declare function brokenLink(path: string): string | undefined;
