/**
 * A count given as text (an input, an option): digits only, as a safe integer, else undefined.
 * Number() alone also takes "0x10", "1e3", "0b11" and "" (0), which no one means as a count.
 */
export declare function wholeNumber(value: string): number | undefined;
