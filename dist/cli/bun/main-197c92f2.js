// @bun
import {
  isObject,
  objectAt,
  numberAt,
  booleanAt
} from "./main-d86cd4d4.js";

// src/report/comment-pulls.ts
var MAX_PULL_REQUESTS2 = 10;
function pullRequestsInEvent2(event) {
  const payload = event.payload;
  const kind = event.type.split(".")[0] ?? "";
  const numbers = [];
  if (kind === "pull_request" || kind === "pull_request_target")
    numbers.push(numberAt(payload, "number"));
  if (kind.startsWith("pull_request_review"))
    numbers.push(numberAt(objectAt(payload, "pullRequest"), "number"));
  if (kind === "merge_group")
    numbers.push(numberAt(payload, "pullRequest"));
  if (kind === "issue_comment") {
    const issue = objectAt(payload, "issue");
    if (booleanAt(issue, "isPullRequest") === true)
      numbers.push(numberAt(issue, "number"));
  }
  if (kind === "workflow_run" || kind === "check_suite" || kind === "check_run") {
    const listed = isObject(payload) ? payload.pullRequests : undefined;
    if (Array.isArray(listed))
      numbers.push(...listed);
  }
  return pullRequestNumbers(numbers);
}
function pullRequestNumbers(values) {
  const valid = values.filter((value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0);
  return [...new Set(valid)].slice(0, MAX_PULL_REQUESTS2);
}

export { MAX_PULL_REQUESTS2, pullRequestsInEvent2 };
