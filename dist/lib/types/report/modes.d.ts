import type { FlowEvent } from "../contracts.js";
import type { ForkToken } from "../github/permissions.js";
export declare const CHECKS_MODES: readonly ["per-step", "per-event", "off"];
export type ChecksMode = (typeof CHECKS_MODES)[number];
export declare const COMMENT_MODES: readonly ["on-pr", "always", "on-failure", "off"];
export type CommentMode = (typeof COMMENT_MODES)[number];
export declare const HANDOVER_MODES: readonly ["auto", "upload", "publish", "off"];
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
export declare const MAX_HANDOVERS_PER_RUN = 10;
export declare function handoverAction(mode: HandoverMode, event: FlowEvent): "upload" | "publish" | "none";
/**
 * Whether the event's own job gets a fork pull request's read-only GITHUB_TOKEN: `unknown` for a
 * pull request event whose payload does not say (compact payload `fork`, docs/events.md).
 */
export declare function forkToken(event: FlowEvent): ForkToken;
