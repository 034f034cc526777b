// Typed errors of the events area. Each message is a complete sentence a user can act on; the
// fields let the action and the CLI point at the input or file that is wrong.
import { UserError } from "../user-error.js";

/** The shape users must send when they hand flows-action a FlowEvent of their own. */
export const FLOW_EVENT_SHAPE =
  '{"id": "my-source:deploy:owner/repo:42", "type": "deploy", "payload": {}} ' +
  '(id and type: non-empty strings; payload: optional object; source, occurredAt, receivedAt: optional strings)';

export const UPSTREAM_RELEASE_SHAPE =
  '{"repo": "owner/repo", "tag": "v1.2.3", "url": "https://github.com/owner/repo/releases/tag/v1.2.3", ' +
  '"publishedAt": "2024-01-31T12:00:00Z"} (repo and tag required)';

export type FlowEventInputErrorOptions = {
  /** Where the JSON came from, e.g. "input `event`" or "repository_dispatch client_payload". */
  origin: string;
  /** What is wrong, without the origin, e.g. `missing string "id"`. */
  problem: string;
  /** What was expected there; "FlowEvent" unless said otherwise. */
  subject?: string;
  /** The shape that would have been accepted. */
  expected?: string;
  /** Where in the JSON text the problem is, when the value was text. */
  position?: { offset: number; line: number; column: number };
};

/** A FlowEvent (or upstream release) handed to flows-action by a user is malformed. */
export class FlowEventInputError extends UserError {
  override name = "FlowEventInputError";
  readonly origin: string;
  readonly problem: string;
  readonly position?: { offset: number; line: number; column: number };

  constructor(options: FlowEventInputErrorOptions) {
    const at = options.position
      ? ` at line ${options.position.line}, column ${options.position.column} (position ${options.position.offset})`
      : "";
    super(
      `The ${options.subject ?? "FlowEvent"} in ${options.origin} is not usable: ${options.problem}${at}. ` +
        `Expected JSON like ${options.expected ?? FLOW_EVENT_SHAPE}.`,
    );
    this.origin = options.origin;
    this.problem = options.problem;
    if (options.position) this.position = options.position;
  }
}

export type GitHubEventErrorOptions = {
  message: string;
  /** The environment variable that is missing or wrong. */
  variable?: string;
  /** The event file that could not be used. */
  path?: string;
  line?: number;
  column?: number;
};

/** The GitHub event (name or payload file) cannot be read. */
export class GitHubEventError extends UserError {
  override name = "GitHubEventError";
  readonly variable?: string;
  readonly path?: string;

  constructor(options: GitHubEventErrorOptions) {
    super(options.message, {
      ...(options.line !== undefined ? { line: options.line } : {}),
      ...(options.column !== undefined ? { column: options.column } : {}),
    });
    if (options.variable !== undefined) this.variable = options.variable;
    if (options.path !== undefined) this.path = options.path;
  }
}

/** An event over the payload budget (size or nesting): refused before anything runs or is stored. */
export class PayloadBudgetError extends UserError {
  override name = "PayloadBudgetError";
}
