/**
 * The longest FlowEvent id, in UTF-16 units (schemas/flow-event.schema.json, the one place it is
 * set). The id names the event's stored record and goes into check runs, comments, commit
 * messages, log lines and CODEX_FLOW_EVENT_ID (Linux refuses to start a process with one
 * variable over 128 KiB: an id of that size failed every step in the older runtime). GitHub's own
 * ids, and producers' like `patch:upstream.release:openai/codex:rust-v1.2.3`, are far shorter.
 */
export declare const MAX_EVENT_ID_LENGTH: number;
/** Why `id` cannot be a FlowEvent's id for its length, as a clause after "the FlowEvent's"; undefined when it can. */
export declare function eventIdLengthProblem(id: string): string | undefined;
/**
 * Percent-encode (UTF-8) every character of `value` outside the safe set. A lone surrogate (only
 * a hand-made payload has one) is encoded as the three bytes its code would take in UTF-8
 * (`\uD800` → `%ED%A0%80`): UTF-8 itself would make every one U+FFFD, and two different values
 * one id. Valid UTF-8 never holds those bytes, so no other text encodes the same.
 */
export declare function encodeIdPart(value: string): string;
/**
 * Tagged template for natural keys: the literal text is the key's structure, every
 * interpolated value is encoded. `idKey\`pr-${number}@${sha}\``.
 */
export declare function idKey(strings: TemplateStringsArray, ...values: (string | number)[]): string;
export type GitHubEventIdParts = {
    type: string;
    repo: string;
    key: string;
};
/**
 * `github:<type>:<owner>/<repo>:<key>`; `key` must already be encoded (built with idKey). Within
 * MAX_EVENT_ID_LENGTH: one that a payload makes longer (a ref or tag name of thousands of
 * characters, each non-ASCII byte three once encoded) is cut, and ends with a digest of the whole
 * id, so that the same payload still makes the same id and two that differ past the cut do not.
 */
export declare function githubEventId(parts: GitHubEventIdParts): string;
/** `id`, or when it is longer than an id may be, its start and `~sha256-<32 hex of the whole id>`. */
export declare function withinIdLength(id: string): string;
/**
 * The id of an upstream release: `github:upstream.release:<owner>/<repo>:<tag>`. A repository
 * dispatch of `upstream.release` and a poller of upstream releases must both use this, so that
 * the same release is the same event whichever way it arrives.
 */
export declare function upstreamReleaseEventId(repo: string, tag: string): string;
/** A time as ISO 8601 basic format (`20190515T152033Z`): no `:` to encode, still sortable. */
export declare function idTime(iso: string): string;
export type DeliveryDiscriminatorOptions = {
    /** A time or version from the payload that changes with each delivery of this action. */
    version?: string;
    runId?: string;
    payload: unknown;
};
/**
 * What tells two deliveries of the same action on the same object apart, best first:
 * 1. a version from the payload (`updated_at`...), the same for every workflow that receives
 *    this delivery and for every re-run;
 * 2. the workflow run id: a re-run keeps GITHUB_RUN_ID (only GITHUB_RUN_ATTEMPT changes), but
 *    two workflows receiving the same delivery get two run ids;
 * 3. a digest of the payload, when called outside Actions with no run id.
 */
export declare function deliveryDiscriminator(options: DeliveryDiscriminatorOptions): string;
