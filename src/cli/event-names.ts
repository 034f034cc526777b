import { closest } from "../did-you-mean.js";
import { UsageError } from "./usage.js";

/**
 * The events that can start a workflow, plus webhook-only events a payload file may hold.
 * https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows
 */
export const GITHUB_EVENT_NAMES = [
  "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment", "deployment_status",
  "discussion", "discussion_comment", "fork", "gollum", "image_version", "issue_comment", "issues", "label",
  "merge_group", "milestone", "page_build", "public", "pull_request", "pull_request_review",
  "pull_request_review_comment", "pull_request_review_thread", "pull_request_target", "push", "registry_package",
  "package", "release", "repository_dispatch", "schedule", "status", "watch", "workflow_call", "workflow_dispatch",
  "workflow_job", "workflow_run",
];

/** --event-name must be a GitHub event name (flows github, flows explain): a typo is a usage error with a suggestion. */
export function checkGitHubEventName(eventName: string, command: string): void {
  if (GITHUB_EVENT_NAMES.includes(eventName)) return;
  const suggestion = closest(eventName.replace(/-/g, "_"), GITHUB_EVENT_NAMES) ?? closest(eventName, GITHUB_EVENT_NAMES);
  throw new UsageError(
    `--event-name "${eventName}" is not a GitHub event name.${suggestion ? ` Did you mean "${suggestion}"?` : ""} ` +
      "Event names are the workflow trigger names: push, pull_request, release, issue_comment, ...",
    command,
  );
}
