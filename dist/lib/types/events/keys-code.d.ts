import { type NaturalKeyInput } from "./key-parts.js";
export declare function pushKey({ payload }: NaturalKeyInput): string | undefined;
export declare function releaseKey(input: NaturalKeyInput): string | undefined;
export declare function createKey({ payload, context }: NaturalKeyInput): string | undefined;
export declare function deleteKey(input: NaturalKeyInput): string | undefined;
export declare function mergeGroupKey({ payload }: NaturalKeyInput): string | undefined;
export declare function packageKey(input: NaturalKeyInput): string | undefined;
