import { type Redactor } from "../redact.js";
/** What the steps may write to the job summary in all: the rest of its 1 MiB is the action's. */
export declare const STEP_TEXT_LIMIT_BYTES: number;
export declare class StepWrittenSummary {
    #private;
    private readonly path;
    private readonly redactor;
    private readonly limitBytes;
    /**
     * `before`: the file's size when the action started. Its text is an earlier step's of the job
     * (the runner gives each step its own file, but a composite action's steps, or a step run
     * again by hand with the file kept, share one): taken in as the flow steps' text is, within the
     * same share, and said for what it is when cut.
     */
    constructor(path: string, redactor?: Redactor, limitBytes?: number, before?: number);
    /**
     * Takes in what others appended since the last call (bounded, redacted, closed) and returns how
     * many bytes of the file that text now takes. A file that cannot be read is left as it is.
     * `room` is what the job summary has left (StepSummaryBudget.stepTextRoom): the text gets at
     * most `content` of it, and the note on what was left out at most `total`; when not even that
     * note fits, the text is left out unsaid (the summary is full to its last bytes).
     *
     * `section`: the action's own text, appended after it in the same write, so that the file's
     * size after the write is known: a flow step's process that outlived the step (where stray
     * processes cannot be found: not on Linux) can append at any time, and a section appended
     * apart (core.summary's appendFile) and counted by its own size took text appended just
     * before it for the action's, never redacted nor counted.
     */
    takeIn(room?: {
        content: number;
        total: number;
    }, section?: string): Promise<number>;
}
