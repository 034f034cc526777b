import type { GitHubRunContext } from "./context.js";
import { type JsonObject, objectAt, timeAt } from "./fields.js";
import { deliveryDiscriminator, idTime } from "./id.js";
import { canonicalDigest } from "./canonical.js";

// What every natural-key family works with, and how families tell deliveries apart when the
// object they are about stays the same.

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
export function delivery(input: NaturalKeyInput, versionSource?: JsonObject, field = "updated_at"): string {
  const time = timeAt(versionSource, field);
  const changes = input.action === "edited" ? objectAt(input.payload, "changes") : undefined;
  const version =
    time === undefined ? undefined : changes ? `${idTime(time)}-changes-${canonicalDigest(changes).slice(0, 8)}` : idTime(time);
  return deliveryDiscriminator({
    ...(version !== undefined ? { version } : {}),
    ...(input.context.runId !== undefined ? { runId: input.context.runId } : {}),
    payload: input.payload,
  });
}

/** Deliveries without a version in the payload: run id, else digest. */
export function runDelivery(input: NaturalKeyInput): string {
  return delivery(input, undefined);
}
