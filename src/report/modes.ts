// The values of the `checks`, `comment` and `handover` inputs (and the handover decision), apart
// from the modules that act on them, so a run with nothing to report does not load that code.
import type { FlowEvent } from "../contracts.js";
import { booleanAt, objectAt } from "../events/fields.js";

export const CHECKS_MODES = ["per-step", "per-event", "off"] as const;
export type ChecksMode = (typeof CHECKS_MODES)[number];

export const COMMENT_MODES = ["on-pr", "always", "on-failure", "off"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const HANDOVER_MODES = ["auto", "upload", "publish", "off"] as const;
export type HandoverMode = (typeof HANDOVER_MODES)[number];

/**
 * What this job does about handovers. `auto` uploads for a pull request from a fork (its token
 * is read-only, so check runs and the comment are left to the workflow_run job) and otherwise
 * reports directly; publishing is always asked for explicitly.
 */
export function handoverAction(mode: HandoverMode, event: FlowEvent): "upload" | "publish" | "none" {
  if (mode === "upload" || mode === "publish") return mode;
  if (mode === "off") return "none";
  // pull_request_target runs with the base repository's token: it can write itself.
  const kind = event.type.split(".")[0];
  const pull = kind === "pull_request" ? event.payload : kind?.startsWith("pull_request_review") ? objectAt(event.payload, "pullRequest") : undefined;
  return booleanAt(pull, "fork") === true ? "upload" : "none";
}
