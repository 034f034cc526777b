import { type Redactor } from "../redact.js";
/** Where masked values and the one warning go: the action's io (src/action/io.ts), or the CLI's. */
export type StepMaskSink = {
    setSecret(value: string): void;
    warning(message: string): void;
};
/** Masks one job's steps may add: each is a few forms more to look for in every line. */
export declare const MAX_STEP_MASKS = 1000;
/**
 * Characters of values one job's steps may mask, in all. A step can print any text (a pull
 * request's body it echoes), so its masks are a stranger's: the redactor finds them in linear
 * time while all forms fit its automaton (about nine forms' characters a value character, 27 bytes
 * each), and this keeps them there.
 */
export declare const MAX_STEP_MASK_CHARS: number;
/**
 * The value a step's output line asks to mask, unescaped as the runner does; undefined for any
 * other line, and for a value shorter than MIN_SECRET_LENGTH.
 */
export declare function addMaskValue(line: string): string | undefined;
/** The values one job's flow steps mask: each is registered once, up to MAX_STEP_MASKS, then one warning says the rest are not. */
export declare class StepMasks {
    #private;
    /** `instead`: what the warning says to do with secrets beyond the bounds (the action's redact input by default). */
    constructor(io: StepMaskSink, redactor: Redactor, instead?: string);
    /** Mask the value one line of step output asks to mask, if it does. */
    line(raw: string): void;
    /**
     * Mask what each line of a text of step output asks to mask (a backend's run, read again at
     * each poll: a value already masked costs nothing). Lines end as the runner reads them.
     */
    text(text: string): void;
}
