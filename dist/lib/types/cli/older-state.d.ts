/** Bytes of the older state file read at most; a larger one is not read, and that is said. */
export declare const MAX_OLDER_STATE_BYTES: number;
/**
 * A warning for `flows fire` and `flows run` about the older runtime's state file in `stateDir`
 * (its default: the repository's .codex/flow-client): the event was handled there, or the file could
 * not be checked; undefined when there is no file or it does not hold the event.
 */
export declare function olderStateWarning(options: {
    repoRoot: string;
    stateDir: string;
    eventId: string;
    dryRun: boolean;
}): string | undefined;
