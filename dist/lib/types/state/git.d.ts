/** Hides credentials in text that may quote a remote URL. */
export type Redact = (text: string) => string;
/**
 * A redactor for one remote: the process's {@link Redactor} rules (user-info in any URL, query
 * credentials, token shapes) plus the URL's own secret (the password, or a token given as the
 * user name), raw and decoded, because git does not hide them in every message.
 */
export declare function redactorFor(remoteUrl: string, extraSecrets?: string[]): Redact;
export type GitCommand = {
    args: string[];
    cwd: string;
    input?: string | Buffer;
    timeoutMs?: number;
    /** Extra environment for this git (the auth header's GIT_CONFIG_* variables). */
    env?: Record<string, string>;
    /**
     * The size of its output when known beforehand (`cat-file --batch` of blobs sized first): read
     * into one buffer of that size, not kept in pieces and joined (twice the output at the join).
     */
    stdoutBytes?: number;
};
/** `timedOut`: git was stopped at its time limit (code -1), not failed on its own. */
export type GitOutput = {
    code: number;
    stdout: Buffer;
    stderr: string;
    timedOut?: true;
};
/** How long one git command may take when not told (GitCommand.timeoutMs). */
export declare const DEFAULT_GIT_TIMEOUT_MS = 120000;
/** Run git; a non-zero exit is returned, not thrown. Throws only when git cannot start. */
export declare function runGit(command: GitCommand): Promise<GitOutput>;
/**
 * What is found at `<commit>:<path>`: a blob, with its text unless it is over the size limit or
 * is not UTF-8 (`notText` says why: decodeStoredText's sentence); or
 * (`notAFile`) a folder or a submodule where a file was expected, which has no text. `mode` is the
 * tree entry's (100644, 120000 for a symbolic link, 040000, 160000) when it is known.
 * `overContainers`: the blob holds more objects and arrays than the reader's `maxContainers`
 * (the cap, given here), so no text was made of it.
 */
export type StoredBlob = {
    oid: string;
    size: number;
    text?: string;
    mode?: string;
    notAFile?: "folder" | "submodule";
    notText?: string;
    overContainers?: number;
};
/**
 * Read many blobs with two git processes: `cat-file --batch-check` sizes every spec
 * (`<commit>:<path>`), then `cat-file --batch` reads the blobs of at most `maxBytes` each. A
 * blob over it (a 700 MB file pushed to the state branch) is returned without its text, never
 * read: it would take the process's memory, and past 512 MiB cannot even be a string. With
 * `maxContainers`, a blob's objects and arrays are counted in its bytes (json-shape.ts) and one
 * holding more is returned without its text (`overContainers`). Specs that are missing, or are
 * a folder or a submodule, are left out.
 *
 * In a partial clone `cat-file` fetches a blob it lacks from the remote itself: `run` lets the
 * caller hold both commands to its time limits and give them its credentials (StateRepo#git).
 */
export declare function readBlobs(gitArgs: string[], cwd: string, specs: string[], limits: {
    maxBytes: number;
    maxContainers?: number;
}, run?: (command: GitCommand) => Promise<GitOutput>): Promise<Map<string, StoredBlob>>;
/** A remote URL without credentials, and the credentials it carried (user:password), if any. */
export declare function splitCredentials(remoteUrl: string): {
    url: string;
    credentials?: string;
};
/**
 * Git configuration for one process through the environment (git 2.31+): an
 * `http.extraheader` with basic credentials, as actions/checkout does, so the token is on no
 * command line (`ps` shows those to every user), in no URL and in no config file.
 * https://git-scm.com/docs/git-config#Documentation/git-config.txt-GITCONFIGCOUNT
 */
export declare function authEnvironment(credentials: string | undefined, base?: NodeJS.ProcessEnv): Record<string, string>;
/** The URL of the checkout's remote; a checkout without that remote is itself the repository. */
export declare function remoteOfCheckout(options: {
    repoDir: string;
    remote: string;
}): Promise<string>;
/** The secret part of `user:password` (or a token given as the user) and its base64 header form. */
export declare function secretsOf(credentials: string | undefined): string[];
