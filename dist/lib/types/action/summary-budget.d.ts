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
    /** Counts bytes others put in the summary (what the flow steps wrote, ./summary-steps.ts). */
    use(bytes: number): void;
}
