// GitHub's answers to the release watcher, checked before use by the compiled validators of
// schemas/github-answers.schema.json: an answer that is not GitHub's (a proxy's page, a broken
// mirror) is that repository's error for that poll, with what was asked, the status, the value
// clipped and the first field that is wrong; never a crash or "GitHub is unreachable".
import type { ErrorObject } from "ajv";
import { firstViolation } from "../contract-errors.js";
import type { CompiledValidator } from "../generated/validators.js";
import { clipText } from "../text-cut.js";
import { GitHubReleasesError } from "./release-errors.js";

/** Where an answer came from, for the error that says it was not what GitHub sends. */
export type AnswerOrigin = { repo: string; request: string; status: number };

export function unreadableAnswer(origin: AnswerOrigin, detail: string, what = "releases"): GitHubReleasesError {
  return new GitHubReleasesError({
    repo: origin.repo,
    status: origin.status,
    message: `GitHub answered ${origin.request} (${origin.status}) with something that is not GitHub's ${what}: ${detail}. Check GITHUB_API_URL and any proxy in between; it will be tried again on the next poll.`,
  });
}

export function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return clipText(text, 80, "...");
}

/** How one answer is read: what GitHub's would be (`what`, in the message) and how its value is named there. */
export type AnswerReading = {
  /** "tags", "repository": the message says the answer is not GitHub's `what`. */
  what: string;
  /** How the detail starts, before the clipped value: "got", "the release is". */
  lead: string;
};

/** `value` as `validate`'s shape, or the repository's error that says what is wrong with it. */
export function readAnswer<T>(validate: CompiledValidator<T>, value: unknown, origin: AnswerOrigin, reading: AnswerReading): T {
  if (validate(value)) return value;
  throw unreadableAnswer(origin, violationDetail(validate.errors, value, reading.lead), reading.what);
}

/**
 * `value` as `validate`'s list, or the repository's error: "got ... instead of a list", or the
 * first wrong item named by its place (`${item} 3 is {...}: id must be a whole number ...`).
 */
export function readAnswerList<T>(validate: CompiledValidator<T[]>, value: unknown, origin: AnswerOrigin, reading: { what: string; item: string }): T[] {
  if (validate(value)) return value;
  if (!Array.isArray(value)) throw unreadableAnswer(origin, `got ${describeValue(value)} instead of a list`, reading.what);
  const errors = validate.errors ?? [];
  const index = errors.map((error) => /^\/(0|[1-9]\d*)(?=\/|$)/.exec(error.instancePath)?.[1]).find((found) => found !== undefined);
  if (index === undefined) throw unreadableAnswer(origin, firstViolation(errors, value).reason.replace(/^the value/, "the list"), reading.what);
  const prefix = `/${index}`;
  const itemErrors = errors
    .filter((error) => error.instancePath === prefix || error.instancePath.startsWith(`${prefix}/`))
    .map((error) => ({ ...error, instancePath: error.instancePath.slice(prefix.length) }));
  const item: unknown = value[Number(index)];
  throw unreadableAnswer(origin, violationDetail(itemErrors, item, `${reading.item} ${index} is`), reading.what);
}

/** `${lead} {clipped}`, and the field that is wrong when it is one inside (the value's own type says itself). */
function violationDetail(errors: readonly ErrorObject[] | null | undefined, value: unknown, lead: string): string {
  const { field, reason } = firstViolation(errors, value);
  return `${lead} ${describeValue(value)}${field ? `: ${reason}` : ""}`;
}
