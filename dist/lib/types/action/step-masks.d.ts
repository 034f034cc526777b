/** Masks one job's steps may add: each is a few forms more to look for in every line. */
export declare const MAX_STEP_MASKS = 1000;
/**
 * The value a step's output line asks to mask, unescaped as the runner does; undefined for any
 * other line, and for a value shorter than MIN_SECRET_LENGTH.
 */
export declare function addMaskValue(line: string): string | undefined;
