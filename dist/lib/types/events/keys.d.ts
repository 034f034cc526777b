import { type NaturalKeyInput } from "./key-parts.js";
export type { NaturalKeyInput } from "./key-parts.js";
/** The natural key of a GitHub delivery; families that cannot read their payload fall back. */
export declare function naturalKey(input: NaturalKeyInput): string;
