export declare class StepSummaryBudget {
    #private;
    private readonly limitBytes;
    constructor(limitBytes?: number);
    /**
     * What to append of a section (written with a line break after it): all of it while it fits,
     * else what fits, cut between lines with open blocks closed, and a note naming the section
     * and how much of it was left out; undefined when not even the note fits any more.
     */
    fit(markdown: string, section: string): string | undefined;
    /** Bytes the next section may take whole (with its line break) before fit() cuts it. */
    contentRoom(): number;
    /**
     * Room for what the flow steps wrote (./summary-steps.ts): `content` for their text, which
     * leaves the note reserve to the action's sections; `total` for the note that says what of it
     * was left out. Taken in after the action's last section (run.ts flushes it at the end), the
     * steps' text was counted but never cut to this: a full summary with 256 KiB of step text after
     * it reached 1.28 MB, and GitHub dropped all of it.
     */
    stepTextRoom(): {
        content: number;
        total: number;
    };
    /** Counts bytes others put in the summary (what the flow steps wrote, ./summary-steps.ts). */
    use(bytes: number): void;
}
