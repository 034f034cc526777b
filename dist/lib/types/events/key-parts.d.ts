import type { GitHubRunContext } from "./context.js";
import { type JsonObject } from "./fields.js";
export type NaturalKeyInput = {
    eventName: string;
    action: string | undefined;
    payload: JsonObject;
    context: GitHubRunContext;
};
export type KeyFamily = (input: NaturalKeyInput) => string | undefined;
/**
 * The time field (`updated_at`...) of `versionSource`, else the run id, else a digest. An
 * `edited` delivery also names a digest of its `changes`: two edits within the same second
 * share updated_at but not what they changed.
 */
export declare function delivery(input: NaturalKeyInput, versionSource?: JsonObject, field?: string): string;
/** Deliveries without a version in the payload: run id, else digest. */
export declare function runDelivery(input: NaturalKeyInput): string;
