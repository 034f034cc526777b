import { flowEventSchema } from "../generated/flow-event-schema.js";
import { sha256Hex } from "../hash.js";
import { checkArgument } from "../library-arguments.js";
import { canonicalDigest } from "./canonical.js";

/**
 * The longest FlowEvent id, in UTF-16 units (schemas/flow-event.schema.json, the one place it is
 * set). The id names the event's stored record and goes into check runs, comments, commit
 * messages, log lines and CODEX_FLOW_EVENT_ID (Linux refuses to start a process with one
 * variable over 128 KiB: an id of that size failed every step in the older runtime). GitHub's own
 * ids, and producers' like `patch:upstream.release:openai/codex:rust-v1.2.3`, are far shorter.
 */
export const MAX_EVENT_ID_LENGTH: number = flowEventSchema.properties.id.maxLength;

/** Why `id` cannot be a FlowEvent's id for its length, as a clause after "the FlowEvent's"; undefined when it can. */
export function eventIdLengthProblem(id: string): string | undefined {
  if (id.length <= MAX_EVENT_ID_LENGTH) return undefined;
  return (
    `"id" is ${id.length.toLocaleString("en-US")} characters long, more than the ${MAX_EVENT_ID_LENGTH.toLocaleString("en-US")} an event id may have ` +
    "(it names the stored record, and goes into check runs, comments and log lines); give a shorter id, e.g. with a digest of its long part"
  );
}

// FlowEvent ids made here look like `github:<type>:<owner>/<repo>:<key>`. They end up in logs,
// file names (hashed by the stores), URLs and summaries, so they stay printable: every value
// taken from a payload (tag, label, cron, event_type...) is percent-encoded except for a small
// set of characters that are safe everywhere. `:` and `@` are always encoded inside values,
// because the id itself uses them as separators.

const SAFE = /[A-Za-z0-9._~/+=,*!()-]/;

/**
 * Percent-encode (UTF-8) every character of `value` outside the safe set. A lone surrogate (only
 * a hand-made payload has one) is encoded as the three bytes its code would take in UTF-8
 * (`\uD800` → `%ED%A0%80`): UTF-8 itself would make every one U+FFFD, and two different values
 * one id. Valid UTF-8 never holds those bytes, so no other text encodes the same.
 */
export function encodeIdPart(value: string): string {
  let out = "";
  for (const char of value) {
    if (SAFE.test(char)) out += char;
    else for (const byte of utf8Bytes(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function utf8Bytes(char: string): Iterable<number> {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return Buffer.from(char, "utf8");
}

/**
 * Tagged template for natural keys: the literal text is the key's structure, every
 * interpolated value is encoded. `idKey\`pr-${number}@${sha}\``.
 */
export function idKey(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((key, literal, index) => {
    const value = index < values.length ? encodeIdPart(String(values[index])) : "";
    return key + literal + value;
  }, "");
}

export type GitHubEventIdParts = { type: string; repo: string; key: string };

/**
 * `github:<type>:<owner>/<repo>:<key>`; `key` must already be encoded (built with idKey). Within
 * MAX_EVENT_ID_LENGTH: one that a payload makes longer (a ref or tag name of thousands of
 * characters, each non-ASCII byte three once encoded) is cut, and ends with a digest of the whole
 * id, so that the same payload still makes the same id and two that differ past the cut do not.
 */
export function githubEventId(parts: GitHubEventIdParts): string {
  return withinIdLength(`github:${encodeIdPart(parts.type)}:${encodeIdPart(parts.repo)}:${parts.key}`);
}

/** `id`, or when it is longer than an id may be, its start and `~sha256-<32 hex of the whole id>`. */
export function withinIdLength(id: string): string {
  if (id.length <= MAX_EVENT_ID_LENGTH) return id;
  const suffix = `~sha256-${sha256Hex(id).slice(0, 32)}`;
  // Not inside a %XX escape: the start stays an encoded value that reads as one.
  const start = id.slice(0, MAX_EVENT_ID_LENGTH - suffix.length).replace(/%[0-9A-F]?$/, "");
  return `${start}${suffix}`;
}

/**
 * The id of an upstream release: `github:upstream.release:<owner>/<repo>:<tag>`. A repository
 * dispatch of `upstream.release` and a poller of upstream releases must both use this, so that
 * the same release is the same event whichever way it arrives.
 */
export function upstreamReleaseEventId(repo: string, tag: string): string {
  // Exported by the library: a producer in plain JavaScript may pass anything.
  checkArgument(typeof repo === "string", "upstreamReleaseEventId", "repo", 'the upstream repository as "owner/repo"', repo);
  checkArgument(typeof tag === "string", "upstreamReleaseEventId", "tag", "the release's tag, as a string", tag);
  return githubEventId({ type: "upstream.release", repo, key: idKey`${tag}` });
}

/** A time as ISO 8601 basic format (`20190515T152033Z`): no `:` to encode, still sortable. */
export function idTime(iso: string): string {
  return iso.replace(/[-:]/g, "").replace(/\.000Z$/, "Z");
}

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
export function deliveryDiscriminator(options: DeliveryDiscriminatorOptions): string {
  if (options.version !== undefined) return encodeIdPart(options.version);
  if (options.runId !== undefined) return idKey`run-${options.runId}`;
  return `sha256-${canonicalDigest(options.payload).slice(0, 32)}`;
}
