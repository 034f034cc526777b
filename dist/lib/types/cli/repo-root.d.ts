/**
 * The repository root when no --repo is given: the current folder when it holds a flow root;
 * from a subfolder of a git repository, the nearest folder above it, up to the repository's top,
 * that holds one (as git finds its repository from a subfolder); else the current folder.
 * Outside a git repository nothing above is looked at: a `flows` folder in a home folder is no
 * repository's.
 */
export declare function defaultRepoRoot(cwd: string, roots?: readonly string[]): string;
