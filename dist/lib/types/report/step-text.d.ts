export declare const COMMAND_LINE: RegExp;
/** Each workflow-command line of a step's text, decoded into what it says. */
export declare function readableStepText(text: string): string;
/**
 * A failed run's error without the last lines of output the runner appended to it, when the
 * output tail shown next to it holds those lines anyway: the report shows them once.
 */
export declare function errorBesideOutput(error: string, output: string | undefined): string;
