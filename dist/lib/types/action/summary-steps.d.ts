import { type Redactor } from "../redact.js";
/** What the steps may write to the job summary in all: the rest of its 1 MiB is the action's. */
export declare const STEP_TEXT_LIMIT_BYTES: number;
export declare class StepWrittenSummary {
    #private;
    private readonly path;
    private readonly redactor;
    private readonly limitBytes;
    constructor(path: string, redactor?: Redactor, limitBytes?: number);
    /**
     * Takes in what others appended since the last call (bounded, redacted, closed) and returns how
     * many bytes of the file that text now takes. A file that cannot be read is left as it is.
     * `room` is what the job summary has left (StepSummaryBudget.stepTextRoom): the text gets at
     * most `content` of it, and the note on what was left out at most `total`; when not even that
     * note fits, the text is left out unsaid (the summary is full to its last bytes).
     */
    takeIn(room?: {
        content: number;
        total: number;
    }): Promise<number>;
    /** Bytes the action appended itself (its sections, each with its line break). */
    wrote(bytes: number): void;
}
