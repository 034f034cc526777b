import { logText } from "../log-text.js";
import { redactor } from "../redact.js";
import type { FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { UserError } from "../user-error.js";
import { urlWithoutSecrets } from "../url-secrets.js";
import { redacted } from "../redact-cut.js";

export type FlowBackendErrorKind =
  | "unreachable"
  | "credentials"
  | "rejected"
  | "server"
  | "invalid-response"
  | "timeout"
  | "aborted"
  | "configuration";

export type FlowBackendErrorDetails = {
  kind: FlowBackendErrorKind;
  /** HTTP status of the answer that failed, when there was one. */
  status?: number;
  /** The run field that did not make sense, for invalid responses. */
  field?: string;
  /** The network error's code (ECONNREFUSED ...), for unreachable backends. */
  code?: string;
  /** The run the error is about, which its message already names (a run id the backend answers with another run, or none). */
  runId?: string;
  /** Runs as last seen, so a report can still show them after a timeout or abort. */
  runs?: FlowRunView[];
  /** The dispatch as far as it got (runs as last seen), after a timeout or abort. */
  outcome?: DispatchOutcome;
};

/**
 * A failure talking to an HTTP flow backend, worded for the person who configured it. The
 * name is not a built-in error's, so entry points print the message alone, without a stack.
 */
export class FlowBackendError extends UserError {
  override name = "FlowBackendError";
  readonly kind: FlowBackendErrorKind;
  readonly status?: number;
  readonly field?: string;
  readonly code?: string;
  readonly runId?: string;
  readonly runs: FlowRunView[];
  readonly outcome?: DispatchOutcome;

  constructor(message: string, details: FlowBackendErrorDetails) {
    // Whatever the message quotes (a URL, the backend's answer, a network error), no secret, and
    // no line break of its own: `flows` prints the message as it is, and a line of the backend's
    // text starting with `::add-mask::` or `::error::` was a workflow command for the runner.
    super(logText(redactor.redact(message)));
    this.kind = details.kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.field !== undefined) this.field = details.field;
    if (details.code !== undefined) this.code = details.code;
    if (details.runId !== undefined) this.runId = details.runId;
    this.runs = details.runs ?? [];
    if (details.outcome) this.outcome = details.outcome;
  }
}

/** Replace every secret in a text the backend or the network handed us before it reaches a log. */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) clean = clean.split(secret).join("***");
  }
  return clean;
}

/**
 * The backend URL as it may be shown: without user:password and query (which may hold keys),
 * and with a path long enough to be a key (a webhook URL's, src/url-secrets.ts) as `/***`.
 */
export function displayUrl(url: string): string {
  return urlWithoutSecrets(url, { path: true })?.url.replace(/\/+$/, "") ?? "(invalid backend-url)";
}

/** Characters of a backend-url shown in the message that refuses it. */
const SHOWN_URL_CHARS = 200;

/**
 * Why a backend-url that is not http(s) is refused: the value as it may be shown (without
 * user-info, query and a key-like path; redacted and cut when it is no URL at all), and the URL it
 * was likely meant to be. `flows.example.com` is no URL, and `localhost:8080` one of the scheme
 * `localhost:`: both were shown as "(invalid backend-url)" or as they were, with no hint.
 */
export function notHttpUrlMessage(url: string): string {
  const value = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1];
  const guess = scheme === undefined ? urlWithoutSecrets(`https://${value}`, { path: true }) : undefined;
  // Without a `scheme://`, `user:password@host` parses as a URL of the scheme `user:`: it is shown
  // as the https URL it was meant to be, without its user-info.
  const parsed = scheme === undefined ? guess : urlWithoutSecrets(value, { path: true });
  const parsedText = parsed?.url.replace(/\/+$/, "");
  const asGiven = scheme === undefined ? parsedText?.replace(/^https:\/\//, "") : parsedText;
  const shown = value === "" ? "(empty)" : redacted(asGiven ?? value).clip(SHOWN_URL_CHARS, "…");
  const why =
    scheme !== undefined
      ? `its scheme is ${scheme}:, and the flow backend is reached over http(s)`
      : "it has no http:// or https:// in front";
  const hint =
    guess !== undefined && new URL(guess.url).hostname !== ""
      ? `: did you mean ${redacted(guess.url.replace(/\/+$/, "")).clip(SHOWN_URL_CHARS, "…")}? Set backend-url to the flow backend's base URL with its scheme`
      : "; set it to the flow backend's base URL, like https://flows.example.com/api";
  return `backend-url "${shown}" is not an http(s) URL (${why})${hint}.`;
}
