// The values of the `checks`, `comment` and `handover` inputs, apart from the modules that act
// on them, so reading inputs does not load the GitHub reporting code.

export const CHECKS_MODES = ["per-step", "per-event", "off"] as const;
export type ChecksMode = (typeof CHECKS_MODES)[number];

export const COMMENT_MODES = ["on-pr", "always", "on-failure", "off"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const HANDOVER_MODES = ["auto", "upload", "publish", "off"] as const;
export type HandoverMode = (typeof HANDOVER_MODES)[number];
