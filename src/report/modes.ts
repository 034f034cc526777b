// The values of the `checks`, `comment` and `handover` inputs (and the handover decision), apart
// from the modules that act on them, so a run with nothing to report does not load that code.
import type { FlowEvent } from "../contracts.js";
import { booleanAt, objectAt } from "../events/fields.js";
import type { ForkToken } from "../github/permissions.js";

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
/**
 * Handovers one workflow run may upload (flows-report, flows-report-2, ...): one per flows-action
 * that hands over, each published by the workflow_run job within its fixed request budget.
 */
export const MAX_HANDOVERS_PER_RUN = 10;

export function handoverAction(mode: HandoverMode, event: FlowEvent): "upload" | "publish" | "none" {
  if (mode === "upload" || mode === "publish") return mode;
  if (mode === "off") return "none";
  return forkToken(event) === "yes" ? "upload" : "none";
}

/**
 * Whether the event's own job gets a fork pull request's read-only GITHUB_TOKEN: `unknown` for a
 * pull request event whose payload does not say (compact payload `fork`, docs/events.md).
 */
export function forkToken(event: FlowEvent): ForkToken {
  const kind = event.type.split(".")[0] ?? "";
  // pull_request_target runs with the base repository's token: it can write itself.
  if (kind !== "pull_request" && !kind.startsWith("pull_request_review")) return "no";
  const pull = kind === "pull_request" ? event.payload : objectAt(event.payload, "pullRequest");
  const fork = booleanAt(pull, "fork");
  return fork === undefined ? "unknown" : fork ? "yes" : "no";
}
