/**
 * The largest runs file the report job reads. Another job wrote it, so it is hostile until
 * checked, and it is read whole (its bytes, their text, then what JSON.parse builds of it).
 * What a run-step job writes:
 * - its event: the payload at most MAX_PAYLOAD_BYTES (25 MiB, GitHub's cap on a webhook);
 * - the runs of its own steps: each view a FLOW_RESULT of at most MAX_FLOW_RESULT_BYTES (4 MiB)
 *   and a 64 KiB output tail;
 * - its child events: the report keeps 16 MiB of them from a file (CHILD_LIMITS.fileBytes).
 * 64 MiB holds all three with 23 MiB for the runs: five results at the 4 MiB limit, or a
 * hundred steps (a delivery's run cap) of 200 KiB each. (A test checks the sum against the
 * limits it is made of.) It was 256 MiB, twice a state record: reading a forged file of one
 * string that size peaked at 0.87 GiB of RSS (Node 20), and one of `[],` passed 4.5 GiB without
 * finishing. At 64 MiB and the container cap below, the worst it took was 0.46 GiB.
 */
export declare const MAX_RUNS_FILE_BYTES: number;
/**
 * Most objects and arrays a runs file may hold, counted in its text before it is parsed: built,
 * each costs 50–100 bytes, so 64 MiB of `[],` (22 million arrays) took 1.5 GiB. A GitHub
 * payload holds about one per 100 bytes, a run view about 10 and its result a few hundred: two
 * million is one per 32 bytes of the largest file, and about 180 MiB once built.
 */
export declare const MAX_RUNS_FILE_CONTAINERS = 2000000;
/**
 * Deepest nesting: an event payload or a result nests at most MAX_PAYLOAD_DEPTH levels, a few
 * levels down, and each link of a `next` chain (at most 5 deep by default) adds two
 * (`children[i]`); 32 more leaves room for both.
 */
export declare const MAX_RUNS_FILE_DEPTH: number;
/** The artifact (download-artifact's folder under runs-dir) a runs file came in, and its job. */
export declare function artifactOf(dir: string, path: string): {
    folder: string;
    job?: number;
};
/** "It came in artifact X, from run-step job N; see that job's log." for a refused file's message. */
export declare function whoseFile(dir: string, path: string): string;
/**
 * A runs file's JSON, read within MAX_RUNS_FILE_BYTES and parsed only when its shape is within
 * MAX_RUNS_FILE_CONTAINERS and MAX_RUNS_FILE_DEPTH. Its size is taken from the open file, so a
 * file that grows after the check is still read no further than the cap. The bytes are let go
 * once decoded, before the parse builds its tree.
 */
export declare function readRunsFileJson(path: string, limits?: {
    maxBytes: number;
    maxContainers: number;
}): Promise<unknown>;
/**
 * Why the report job would refuse a runs file of this text, for the run-step job that writes it
 * to say so in its own log, where its steps are: or undefined when the report job reads it.
 */
export declare function runsFileTooLarge(text: string): string | undefined;
