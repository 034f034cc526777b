// @bun
import {
  objectAt,
  booleanAt
} from "./main-d86cd4d4.js";

// src/report/modes.ts
var CHECKS_MODES = ["per-step", "per-event", "off"];
var COMMENT_MODES = ["on-pr", "always", "on-failure", "off"];
var HANDOVER_MODES2 = ["auto", "upload", "publish", "off"];
function handoverAction2(mode, event) {
  if (mode === "upload" || mode === "publish")
    return mode;
  if (mode === "off")
    return "none";
  const kind = event.type.split(".")[0];
  const pull = kind === "pull_request" ? event.payload : kind?.startsWith("pull_request_review") ? objectAt(event.payload, "pullRequest") : undefined;
  return booleanAt(pull, "fork") === true ? "upload" : "none";
}

// src/github/errors.ts
function apiFailure(error) {
  const status = statusOf(error);
  const message = githubMessage(error);
  if (status === undefined)
    return { kind: "network", message };
  const base = { status, message };
  if (status === 401)
    return { kind: "bad-credentials", ...base };
  if ((status === 403 || status === 429) && isRateLimit(error, message))
    return { kind: "rate-limit", ...base };
  if (status === 403 && /personal access token/i.test(message))
    return { kind: "personal-token", ...base };
  if (status === 403)
    return { kind: "permission", ...base };
  if (status === 404 || status === 410)
    return { kind: "not-found", ...base };
  if (status === 422 || status === 400)
    return { kind: "invalid", ...base };
  return { kind: status >= 500 ? "server" : "invalid", ...base };
}
function isDenied(failure) {
  return failure.kind === "permission" || failure.kind === "personal-token" || failure.kind === "bad-credentials";
}
function statusOf(error) {
  if (typeof error !== "object" || error === null || !("status" in error))
    return;
  const status = error.status;
  return typeof status === "number" ? status : undefined;
}
function githubMessage(error) {
  if (typeof error === "object" && error !== null && "response" in error) {
    const data = error.response?.data;
    if (typeof data === "object" && data !== null && "message" in data) {
      const message = data.message;
      if (typeof message === "string" && message)
        return message.split(`
`)[0] ?? message;
    }
  }
  if (error instanceof Error)
    return error.message.split(`
`)[0] ?? error.message;
  return String(error);
}
function isRateLimit(error, message) {
  const headers = error.response?.headers;
  return headers?.["x-ratelimit-remaining"] === "0" || /rate limit/i.test(message);
}

export { CHECKS_MODES, COMMENT_MODES, HANDOVER_MODES2, handoverAction2, apiFailure, isDenied };
