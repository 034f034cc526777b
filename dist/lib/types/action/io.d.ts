/** Where a file/line annotation points. */
export type AnnotationProperties = {
    title?: string;
    file?: string;
    startLine?: number;
    startColumn?: number;
};
/**
 * What the action needs from its host: the runner (runnerIO, backed by @actions/core) or a
 * terminal (`flows github`). Keeping it this small lets tests and the CLI run the action's
 * code path. Every runner write goes through one implementation, so redaction and the
 * plain-text wrapping of step output happen in one place.
 */
export interface ActionIO {
    getInput(name: string): string;
    /** An input that must be true or false; throws a TypeError for anything else. */
    getBooleanInput(name: string): boolean;
    /** An input's non-empty lines. */
    getMultilineInput(name: string): string[];
    /**
     * The inputs given to this step, as the runner names their variables: INPUT_<NAME>, without
     * INPUT_ (the name in upper case, spaces as _). Undefined where inputs come otherwise (a terminal).
     */
    givenInputs?(): string[];
    setOutput(name: string, value: string): void;
    setSecret(value: string): void;
    /** Whether debug lines are shown (RUNNER_DEBUG / step debug logging). */
    isDebug(): boolean;
    debug(message: string): void;
    info(message: string): void;
    /**
     * Text that comes from outside the action (a step's output): shown as it is, never parsed as
     * a workflow command.
     */
    plain(text: string): void;
    notice(message: string, properties?: AnnotationProperties): void;
    warning(message: string, properties?: AnnotationProperties): void;
    error(message: string, properties?: AnnotationProperties): void;
    /**
     * How many more annotations of a kind this step shows (GitHub's per-step limit, less the one
     * kept for the failure or for the note about the rest: src/action/annotation-budget.ts);
     * undefined where there is no such limit (a terminal).
     */
    annotationsLeft?(kind: "error" | "warning" | "notice"): number;
    startGroup(name: string): void;
    endGroup(): void;
    /**
     * Appends a section to the step's job summary. `section` names it ("the upstream releases
     * table") in the note written when the step's summary budget leaves no room for all of it.
     */
    appendSummary(markdown: string, section?: string): Promise<void>;
    /**
     * Bytes the next section may take before the step's summary budget cuts it, once the sections
     * before it are written and what flow steps wrote is taken in: a section that can leave parts
     * out (the results, a step's details) sizes itself to this, rather than lose its end.
     * Undefined where there is no such limit (a terminal, a summary that goes to the log).
     */
    summaryRoom?(): Promise<number | undefined>;
    /**
     * Takes in what flow steps wrote to the job summary since the action's last section (redacted,
     * bounded), for a job that ends without another section: a mode that failed after its steps ran.
     */
    flushSummary?(): Promise<void>;
    setFailed(message: string): void;
}
