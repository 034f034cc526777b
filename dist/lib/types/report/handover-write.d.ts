import { type Handover } from "./handover-validate.js";
export declare const HANDOVER_FILE = "flows-report.json";
/** Larger files are not unpacked by the publisher. */
export declare const MAX_HANDOVER_FILE_BYTES: number;
/**
 * Writes `<dir>/flows-report.json`, trimmed to what a publisher accepts (output tails, the
 * event without its webhook payload, capped counts, lengths and characters, the file's size),
 * and checked by the publisher's own rules.
 */
export declare function writeHandover(dir: string, data: Handover): Promise<string>;
